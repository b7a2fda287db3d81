import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDb, type Emulator } from '../../local/emulators/dynamodb.ts';
import { ensureTable } from '../../local/provision.ts';
import { DEFAULT_POLICY, EMPTY_CONTEXT, evaluate } from '../../shared/engine/index.ts';
import { importedComment, parseImportLine } from '../../shared/labels/import.ts';
import { parseModel } from '../../shared/learn/index.ts';
import { trainSite, trainSites } from '../../shared/models/trainer.ts';
import { tableTrainerPorts } from '../../shared/models/trainer-ports.ts';
import { VERSIONS_KEPT } from '../../shared/models/versions.ts';
import { LabelStore } from '../../shared/store/labels.ts';
import { ModelStore } from '../../shared/store/models.ts';
import { PolicyStore } from '../../shared/store/policies.ts';
import { SiteStore } from '../../shared/store/sites.ts';
import { READER_COMMENTS, ZORBLAX_SPAM } from '../support/learning-site.ts';

// The trainer against a real DynamoDB API (dynalite, in memory): which sites it trains, what
// it publishes where, and what it leaves alone. Labels are imported history, the quickest way
// to give a site labels; moderators' labels are read from the same index (see the local-stack
// test in test/integration/learning.test.ts).

const TABLE = 'trainer-test';
let emulator: Emulator;
let doc: DynamoDBDocumentClient;
let ports: ReturnType<typeof tableTrainerPorts>;
let models: ModelStore;

const createSite = (siteId: string, status: 'active' | 'disabled' = 'active') =>
  new SiteStore(doc, TABLE).createSite({ siteId, name: siteId, status, createdAt: '2026-01-01T00:00:00.000Z' });

/** Imports `ok` reader comments and `spam` Zorblax pitches as labels given at `at`. */
const importLabels = async (siteId: string, ok: number, spam: number, at: string, offset = 0) => {
  const labels = new LabelStore(doc, TABLE);
  const lines = [
    ...READER_COMMENTS.slice(offset, offset + ok).map((text, i) => ({ text, label: 'ok', id: `ok-${offset + i}` })),
    ...ZORBLAX_SPAM.slice(offset, offset + spam).map((text, i) => ({ text, label: 'spam', id: `spam-${offset + i}` })),
  ];
  for (const [n, line] of lines.entries()) {
    const parsed = parseImportLine(JSON.stringify({ ...line, createdAt: new Date(Date.UTC(2026, 0, 1) + (offset + n) * 60_000).toISOString() }), n + 1);
    if (!parsed.ok) throw new Error(parsed.problem);
    await labels.putImported(importedComment(siteId, parsed.line, new Date(at)));
  }
};

const run = (iso: string) => ({ now: new Date(iso) });

beforeAll(async () => {
  emulator = await startDynamoDb();
  const client = new DynamoDBClient({ endpoint: emulator.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  await ensureTable(client, TABLE);
  doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  ports = tableTrainerPorts(doc, TABLE);
  models = new ModelStore(doc, TABLE);
});

afterAll(async () => {
  await emulator?.stop();
});

describe('a scheduled run', () => {
  it('trains a site with new labels, publishes m1 as its active model, and the model catches the site\'s campaign', async () => {
    // Arrange
    await createSite('t-first');
    await importLabels('t-first', 40, 40, '2026-03-01T09:00:00.000Z');

    // Act
    const results = await trainSites(ports, run('2026-03-01T10:00:00.000Z'));

    // Assert
    expect(results.find((r) => r.siteId === 't-first')).toMatchObject({ result: 'published', version: 'm1', as: 'active', model: { labels: { ok: 40, spam: 40, abuse: 0 }, trainedOn: { import: 80 } } });
    expect((await models.siteModels('t-first'))!.pointers).toMatchObject({ active: 'm1', seq: 1, trainedAt: '2026-03-01T10:00:00.000Z' });
    const model = parseModel((await models.documentText('t-first', 'm1')).text);
    const decision = evaluate({ id: 'n', text: 'A zorblax capsule a day keeps my cravings away. Zorblax is amazing.', createdAt: 0 }, EMPTY_CONTEXT, DEFAULT_POLICY, model);
    expect(decision).toMatchObject({ outcome: 'flag', modelVersion: 'm1' });
    expect(decision.reasons.map((r) => r.rule)).toContain('learned.spam');
  });

  it('does not train again until a label newer than its last run arrives, then publishes m2 and keeps m1 to roll back to', async () => {
    // Arrange
    await createSite('t-again');
    await importLabels('t-again', 40, 40, '2026-03-01T09:00:00.000Z');
    await trainSites(ports, run('2026-03-01T10:00:00.000Z'));

    // Act
    const idle = await trainSites(ports, run('2026-03-01T10:15:00.000Z'));
    await importLabels('t-again', 1, 1, '2026-03-01T10:20:00.000Z', 40);
    const renewed = await trainSites(ports, run('2026-03-01T10:30:00.000Z'));

    // Assert
    expect(idle.find((r) => r.siteId === 't-again')).toEqual({ siteId: 't-again', result: 'skipped', why: 'no new labels' });
    expect(renewed.find((r) => r.siteId === 't-again')).toMatchObject({ result: 'published', version: 'm2', model: { labels: { ok: 41, spam: 41 } } });
    expect((await models.siteModels('t-again'))!.pointers).toMatchObject({ active: 'm2', history: ['m1'] });
  });

  it('leaves alone sites without labels, with learning off, or disabled', async () => {
    await createSite('t-none');
    await createSite('t-off');
    await importLabels('t-off', 40, 40, '2026-03-01T09:00:00.000Z');
    await models.setMode('t-off', 'off');
    await createSite('t-disabled', 'disabled');

    const results = await trainSites(ports, run('2026-03-01T10:00:00.000Z'));

    expect(results.filter((r) => ['t-none', 't-off', 't-disabled'].includes(r.siteId)).map((r) => [r.siteId, r.result === 'skipped' && r.why])).toEqual([
      ['t-disabled', 'site disabled'],
      ['t-none', 'no labels'],
      ['t-off', 'learning off'],
    ]);
    expect(await models.listModels('t-off')).toEqual([]);
  });

  it('trains the other sites when one fails, and reports the one that failed', async () => {
    await createSite('t-broken');
    await importLabels('t-broken', 40, 40, '2026-03-01T09:00:00.000Z');
    // A policy pointer to a version that is not stored: the worker could not decide this site either.
    await new PolicyStore(doc, TABLE).updatePointers('t-broken', (p) => ({ ...p, active: 'v9', revision: p.revision + 1 }));
    await createSite('t-fine');
    await importLabels('t-fine', 40, 40, '2026-03-01T09:00:00.000Z');

    const results = await trainSites(ports, run('2026-03-01T10:00:00.000Z'));

    const broken = results.find((r) => r.siteId === 't-broken');
    expect(broken).toMatchObject({ result: 'failed' });
    expect(broken?.result === 'failed' && broken.error.message).toMatch(/policy v9 of site "t-broken" is not stored/);
    expect(results.find((r) => r.siteId === 't-fine')).toMatchObject({ result: 'published', version: 'm1' });
  });

  it('stops starting sites when told it is out of time, leaving them for the next run', async () => {
    await createSite('t-late');
    await importLabels('t-late', 40, 40, '2026-03-01T09:00:00.000Z');

    const results = await trainSites(ports, { ...run('2026-03-01T10:00:00.000Z'), shouldStop: () => true });

    expect(results.find((r) => r.siteId === 't-late')).toEqual({ siteId: 't-late', result: 'skipped', why: 'out of time' });
    expect((await models.siteModels('t-late'))!.pointers.trainedAt).toBeUndefined();
  });
});

describe('one site', () => {
  it('publishes nothing and uses no version number while no head has enough labels', async () => {
    await createSite('t-few');
    await importLabels('t-few', 10, 10, '2026-03-01T09:00:00.000Z');

    const result = await trainSite((await new SiteStore(doc, TABLE).getSite('t-few'))!, ports, run('2026-03-01T10:00:00.000Z'));

    expect(result).toMatchObject({ result: 'silent', labels: { ok: 10, spam: 10, abuse: 0 }, minLabels: 30 });
    expect((await models.siteModels('t-few'))!.pointers).toMatchObject({ seq: 0, trainedAt: '2026-03-01T10:00:00.000Z' });
    expect(await models.listModels('t-few')).toEqual([]);
  });

  it('trains with a lower minimum when asked', async () => {
    await createSite('t-low');
    await importLabels('t-low', 10, 10, '2026-03-01T09:00:00.000Z');

    const result = await trainSite((await new SiteStore(doc, TABLE).getSite('t-low'))!, ports, { ...run('2026-03-01T10:00:00.000Z'), training: { minLabels: 5 } });

    expect(result).toMatchObject({ result: 'published', version: 'm1', model: { minLabels: 5 } });
  });

  it('in shadow mode, puts the new version in shadow while the active one keeps deciding', async () => {
    await createSite('t-shadow');
    await importLabels('t-shadow', 40, 40, '2026-03-01T09:00:00.000Z');
    const site = (await new SiteStore(doc, TABLE).getSite('t-shadow'))!;
    await trainSite(site, ports, run('2026-03-01T10:00:00.000Z'));
    await models.setMode('t-shadow', 'shadow');

    const result = await trainSite(site, ports, { ...run('2026-03-01T11:00:00.000Z'), force: true });

    expect(result).toMatchObject({ result: 'published', version: 'm2', as: 'shadow' });
    expect((await models.siteModels('t-shadow'))!.pointers).toMatchObject({ active: 'm1', shadow: 'm2' });
  });

  it('learns the same weights from the same labels', async () => {
    await createSite('t-same');
    await importLabels('t-same', 40, 40, '2026-03-01T09:00:00.000Z');
    const site = (await new SiteStore(doc, TABLE).getSite('t-same'))!;
    await trainSite(site, ports, run('2026-03-01T10:00:00.000Z'));
    await trainSite(site, ports, { ...run('2026-03-01T10:00:00.000Z'), force: true });

    const [first, second] = await Promise.all(['m1', 'm2'].map(async (v) => JSON.parse((await models.documentText('t-same', v)).text)));

    expect({ ...second, version: 'm1' }).toEqual(first);
  });

  it(`keeps the newest ${VERSIONS_KEPT} versions and those a pointer names, and deletes older ones`, async () => {
    await createSite('t-prune');
    await importLabels('t-prune', 30, 30, '2026-03-01T09:00:00.000Z');
    const site = (await new SiteStore(doc, TABLE).getSite('t-prune'))!;

    let last;
    for (let i = 0; i < VERSIONS_KEPT + 2; i++) last = await trainSite(site, ports, { ...run('2026-03-01T10:00:00.000Z'), force: true });

    const stored = (await models.listModels('t-prune')).map((m) => m.version);
    const { pointers } = (await models.siteModels('t-prune'))!;
    // m1 left the rollback history (10 versions) and the newest 10; m2 is older than those too, but still in the history.
    expect(last).toMatchObject({ result: 'published', version: `m${VERSIONS_KEPT + 2}`, pruned: ['m1'] });
    expect(stored).toEqual(Array.from({ length: VERSIONS_KEPT + 1 }, (_, i) => `m${i + 2}`));
    expect(pointers.history[0]).toBe('m2');
  });
});
