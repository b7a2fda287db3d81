import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { modelStatus, promoteModel, rollbackModel, setLearningMode } from '../../shared/admin/model-admin.ts';
import type { Comment } from '../../shared/comments/comment.ts';
import { createDocumentClient } from '../../shared/store/client.ts';
import { CommentStore } from '../../shared/store/comments.ts';
import { claimNext, published } from '../../shared/models/versions.ts';
import { ModelStore } from '../../shared/store/models.ts';
import { SiteStore } from '../../shared/store/sites.ts';
import { addModerator, addSite, bearer, bootStack, decided, eventually, request } from '../support/local-stack.ts';
import { QUILLMOOR_SPAM, READER_COMMENTS, ZORBLAX_SPAM } from '../support/learning-site.ts';

// A site teaches Sieve its own spam on the local stack: its moderators decide comments through
// the API, the trainer (on its timer, as in `npm start`) publishes a model, and the worker
// decides the next comments with it; a version in shadow is recorded without acting; promote
// and rollback switch versions. The rules catch none of these campaigns, so whatever catches
// them was learned.

const SITE = 'cooking';
const LABELS_EACH = 45;

let stack: LocalStack;
let key: string;
let moderator: string;
let posted = 0;
const doc = () => createDocumentClient();

const adminPorts = () => {
  const sites = new SiteStore(doc(), stack.tableName);
  const models = new ModelStore(doc(), stack.tableName);
  return {
    getSite: (id: string) => sites.getSite(id),
    siteModels: (id: string) => models.siteModels(id),
    updatePointers: (id: string, change: Parameters<ModelStore['updatePointers']>[1]) => models.updatePointers(id, change),
    manifest: (id: string, version: string) => models.manifest(id, version),
    listModels: (id: string) => models.listModels(id),
    setMode: (id: string, mode: Parameters<ModelStore['setMode']>[1]) => models.setMode(id, mode),
  };
};

/** Posts each text as a different reader's comment and waits for every decision. */
const postAll = async (texts: readonly string[]): Promise<Array<{ id: string; status: string; decision: any }>> => {
  const ids: string[] = [];
  for (const text of texts) {
    posted++;
    const res = await request(stack, 'POST', '/v1/comments', { key, json: { postId: `recipe-${posted % 5}`, author: { name: `Reader ${posted}`, id: `reader-${posted}` }, text } });
    expect(res.status).toBe(202);
    ids.push(res.body.id);
  }
  return Promise.all(ids.map((id) => decided(stack, key, id)));
};

/** One bulk decision by the site's moderator over these comments, at the revision each has now. */
const decideAll = async (ids: string[], action: 'approve' | 'reject', reason?: 'spam') => {
  const store = new CommentStore(doc(), stack.tableName);
  const items = await Promise.all(ids.map(async (id) => ({ id, revision: (await store.get(id))!.revision })));
  const res = await request(stack, 'POST', '/v1/moderation/decisions', { headers: bearer(moderator), json: { action, ...(reason ? { reason } : {}), items } });
  expect(res.status).toBe(200);
  expect(res.body.results.every((r: { ok: boolean }) => r.ok)).toBe(true);
};

const pointers = async () => (await new ModelStore(doc(), stack.tableName).siteModels(SITE))!.pointers;

const storedComment = async (id: string): Promise<Comment> => (await new CommentStore(doc(), stack.tableName).get(id))!;

/** Lets the worker's cached pointers (100 ms here) expire after an operator's change. */
const pastCache = () => new Promise((resolve) => setTimeout(resolve, 250));

beforeAll(async () => {
  // The trainer's timer every 300 ms instead of 15 minutes; the worker's site cache at 100 ms instead of a minute.
  stack = await bootStack({ scheduleIntervalMs: 300, siteCacheTtlMs: 100 });
  key = await addSite(stack, SITE);
  moderator = await addModerator(stack, { username: 'chef', sites: [SITE] });
}, 30_000);

afterAll(async () => {
  await stack?.stop();
});

describe('a site that learns from its moderators', () => {
  it('publishes m1 from the moderators\' decisions, and flags the next comment of the campaign with a learned reason and the model version', async () => {
    // Arrange: the rules let the whole campaign through.
    const readers = await postAll(READER_COMMENTS.slice(0, LABELS_EACH));
    const spam = await postAll(ZORBLAX_SPAM.slice(0, LABELS_EACH));
    expect([...readers, ...spam].every((c) => c.status === 'approved')).toBe(true);

    // Act: moderators approve the readers and reject the campaign as spam; the trainer's timer does the rest.
    await decideAll(readers.map((c) => c.id), 'approve');
    await decideAll(spam.map((c) => c.id), 'reject', 'spam');
    const published = await eventually(async () => ((await pointers()).active === 'm1' ? pointers() : undefined), 'the trainer to publish m1');
    const [next, reader] = await postAll(['Three zorblax drops a day and my cravings vanished. Zorblax works.', 'The lemon tart was gorgeous, my mother asked for the recipe.']);

    // Assert
    expect(published).toMatchObject({ active: 'm1', seq: 1, history: [] });
    expect(next!.status).toBe('flagged');
    expect(next!.decision).toMatchObject({ outcome: 'flag', modelVersion: 'm1', policyVersion: 'default-3' });
    const learned = next!.decision.reasons.find((r: { rule: string }) => r.rule === 'learned.spam');
    expect(learned.detail).toMatch(/^Learned from this site's moderators: .*zorblax/i);
    expect(learned.spans.length).toBeGreaterThan(0);
    expect(reader!).toMatchObject({ status: 'approved', decision: { modelVersion: 'm1' } });
    const item = await request(stack, 'GET', `/v1/moderation/comments/${next!.id}`, { headers: bearer(moderator) });
    expect(item.body.comment.decision).toMatchObject({ modelVersion: 'm1', policyVersion: 'default-3' });
    const status = await modelStatus(SITE, adminPorts());
    expect(status.active).toMatchObject({ version: 'm1', labels: { ok: LABELS_EACH, spam: LABELS_EACH, abuse: 0 }, trainedOn: { moderator: 2 * LABELS_EACH }, heads: { spam: expect.any(Number) }, parts: 1 });
  }, 25_000);

  it('in shadow mode, records what the new version m2 would decide beside m1\'s decision, without acting on it', async () => {
    // Arrange: a second campaign m1 has never seen.
    await setLearningMode(SITE, 'shadow', adminPorts());
    const campaign = await postAll(QUILLMOOR_SPAM.slice(0, 36));
    expect(campaign.every((c) => c.status === 'approved' && c.decision.modelVersion === 'm1')).toBe(true);

    // Act
    await decideAll(campaign.map((c) => c.id), 'reject', 'spam');
    await eventually(async () => ((await pointers()).shadow === 'm2' ? true : undefined), 'the trainer to publish m2 in shadow');
    await pastCache();
    const [next] = await postAll(['My quillmoor rewards card paid for a new sofa. Quillmoor pays out daily.']);

    // Assert: m1 decided and its decision stands; m2's decision is only recorded.
    expect(await pointers()).toMatchObject({ active: 'm1', shadow: 'm2' });
    expect(next).toMatchObject({ status: 'approved', decision: { outcome: 'approve', modelVersion: 'm1' } });
    const stored = await storedComment(next!.id);
    expect(stored.shadow).toMatchObject({ modelVersion: 'm2', outcome: 'flag', reasons: expect.arrayContaining([expect.objectContaining({ rule: 'learned.spam' })]) });
    expect(stored.label === undefined || (stored.label === 'ok' && stored.labelSource === 'auto')).toBe(true);
    const listing = await request(stack, 'GET', `/v1/posts/${stored.postId}/comments?limit=100`, { key });
    expect(listing.body.items.map((c: { id: string }) => c.id)).toContain(next!.id);
  }, 25_000);

  it('promote lets m2 decide, and rollback restores m1', async () => {
    // Act
    const promotion = await promoteModel(SITE, adminPorts());
    await pastCache();
    const [underM2] = await postAll(['The quillmoor points club covered my car repair. Join quillmoor now.']);
    const rollback = await rollbackModel(SITE, undefined, adminPorts());
    await pastCache();
    const [underM1] = await postAll(['Quillmoor vouchers bought all our school uniforms. Quillmoor never fails.']);

    // Assert
    expect(promotion).toEqual({ siteId: SITE, from: 'm1', to: 'm2' });
    expect(underM2).toMatchObject({ status: 'flagged', decision: { modelVersion: 'm2' } });
    expect(rollback).toEqual({ siteId: SITE, from: 'm2', to: 'm1' });
    expect(underM1).toMatchObject({ status: 'approved', decision: { modelVersion: 'm1' } });
    expect(await pointers()).toMatchObject({ active: 'm1', history: [] });
    expect((await storedComment(underM1!.id)).shadow).toBeUndefined();
  }, 25_000);

  it('refuses a stored model from an incompatible format: the worker decides with the rules alone and counts ModelLoadFailures', async () => {
    // Arrange: a version whose document a newer Sieve might write, made active.
    const models = new ModelStore(doc(), stack.tableName);
    const good = (await models.documentText(SITE, 'm1')).text;
    let version = '';
    await models.updatePointers(SITE, (p) => {
      const claim = claimNext(p);
      version = claim.version;
      return claim.pointers;
    });
    await models.putModel(SITE, { ...JSON.parse(good), version, formatVersion: 99 }, { trainedOn: {}, policyVersion: 'default-3' });
    await models.updatePointers(SITE, (p) => published(p, version, 'active', new Date().toISOString()));
    await pastCache();
    const failuresBefore = await modelLoadFailures();

    // Act
    const [next] = await postAll(['A daily zorblax capsule fixed my knees for good. Zorblax changed my life.']);

    // Assert: decided, as the rules alone decide it, and said so.
    expect(next!.status).toBe('approved');
    expect(next!.decision.modelVersion).toBeUndefined();
    expect(next!.decision.reasons.map((r: { rule: string }) => r.rule)).not.toContain('learned.spam');
    expect(await modelLoadFailures()).toBe(failuresBefore + 1);
  }, 25_000);
});

/** The worker's ModelLoadFailures count, from the local runtime's metrics page. */
const modelLoadFailures = async (): Promise<number> => {
  const page = await (await fetch(`${stack.url}/metrics`)).text();
  return Number(/^sieve_model_load_failures_total(?:\{\})? (\d+)/m.exec(page)?.[1] ?? 0);
};
