import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import type { Comment } from '../../shared/comments/comment.ts';
import { DEFAULT_POLICY } from '../../shared/engine/index.ts';
import { createDocumentClient } from '../../shared/store/client.ts';
import { CommentStore } from '../../shared/store/comments.ts';
import { sieveAt } from '../cli/run-sieve.ts';
import { addSite, bootStack, decided, request } from '../support/local-stack.ts';

// A policy version tried in shadow on the local stack, driven by the real CLI as an operator
// would: `policy set --shadow` stores it beside the policy in use, the worker records what it
// would decide without acting on it, `shadow report` shows the flip with the comment's text,
// and promote, an unchanged set, reset and rollback switch what decides.

const SITE = 'harbour';
const STRICT = { words: [{ term: 'zorblat', action: 'reject' }] };

let stack: LocalStack;
let dataDir: string;
let key: string;
let strictFile: string;

const { sieve, sieveJson } = sieveAt(() => dataDir);

let posted = 0;
const post = async (text: string) => {
  posted++;
  const res = await request(stack, 'POST', '/v1/comments', { key, json: { postId: `p${posted}`, author: { name: `Reader ${posted}`, id: `reader-${posted}` }, text } });
  expect(res.status).toBe(202);
  return decided(stack, key, res.body.id);
};

const stored = async (id: string): Promise<Comment> => (await new CommentStore(createDocumentClient(), stack.tableName).get(id))!;

/** Lets the worker's cached pointers (100 ms here) expire after an operator's change. */
const pastCache = () => new Promise((resolve) => setTimeout(resolve, 250));

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sieve-policy-shadow-'));
  stack = await bootStack({ dataDir, siteCacheTtlMs: 100 });
  key = await addSite(stack, SITE);
  strictFile = join(dataDir, 'strict.json');
  writeFileSync(strictFile, JSON.stringify(STRICT));
}, 30_000);

afterAll(async () => {
  await stack?.stop();
});

describe('a policy version in shadow', () => {
  let flipped: { id: string; text: string };

  it('is stored beside the policy in use; the worker records what it would decide without acting on it', async () => {
    // Act
    const set = await sieveJson('policy', 'set', strictFile, '--site', SITE, '--shadow');
    const again = await sieve('policy', 'set', SITE, strictFile, '--shadow');
    await pastCache();
    const comment = await post('The zorblat stall is back at the harbour market on Saturday.');
    flipped = { id: comment.id, text: comment.text };

    // Assert: the default policy decided and its decision stands; v1's is only recorded.
    expect(set).toEqual({ siteId: SITE, version: 'v1', as: 'shadow', unchanged: false, previous: null });
    expect(again.stdout).toContain('unchanged, still v1 in shadow');
    expect(comment).toMatchObject({ status: 'approved', decision: { outcome: 'approve', policyVersion: DEFAULT_POLICY.version } });
    const item = await stored(comment.id);
    expect(item.policyShadow).toMatchObject({ policyVersion: 'v1', outcome: 'reject', reasons: [expect.objectContaining({ rule: 'policy.words.reject' })] });
    expect(item.shadow).toBeUndefined();
  }, 30_000);

  it('shows in the shadow report as a policy flip, with the comment\'s text', async () => {
    // Act
    const report = await sieveJson('shadow', 'report', '--site', SITE);
    const text = await sieve('shadow', 'report', '--site', SITE);

    // Assert
    expect(report.policy).toMatchObject({ active: null, shadow: 'v1', comments: 1, counts: { active: { approve: 1 }, shadow: { reject: 1 } }, flipCounts: { 'approve->reject': 1 } });
    expect(report.policy.flips).toEqual([
      expect.objectContaining({ id: flipped.id, text: flipped.text, from: 'approve', to: 'reject', activeVersion: DEFAULT_POLICY.version, shadowVersion: 'v1', reason: expect.objectContaining({ rule: 'policy.words.reject' }) }),
    ]);
    expect(report.model).toMatchObject({ comments: 0 });
    expect(text.stdout).toMatch(/Policy: 1 comment decided with shadow v1 beside the default policy/);
    expect(text.stdout).toContain('approve -> reject 1');
    expect(text.stdout).toContain('The zorblat stall is back at the harbour market');
    expect(text.stdout).toContain(`sieve policy promote --site ${SITE}`);
  }, 30_000);

  it('promote lets it decide; an unchanged set stores nothing; reset and rollback switch back and forth', async () => {
    // Act
    const promoted = await sieveJson('policy', 'promote', '--site', SITE);
    await pastCache();
    const underV1 = await post('Fresh zorblat at the pier stall this morning.');
    const unchanged = await sieve('policy', 'set', SITE, strictFile);
    const reset = await sieveJson('policy', 'reset', '--site', SITE);
    await pastCache();
    const underDefault = await post('The zorblat vendor has moved to the north quay.');
    const rolledBack = await sieveJson('policy', 'rollback', SITE);
    await pastCache();
    const backOnV1 = await post('Zorblat again at the harbour, two for one.');
    const [noShadow, notStored, view] = await Promise.all([sieve('policy', 'promote', '--site', SITE), sieve('policy', 'rollback', '--site', SITE, '--to', 'v9'), sieveJson('policy', 'get', SITE)]);

    // Assert
    expect(promoted).toEqual({ siteId: SITE, from: null, to: 'v1', shadow: null });
    expect(underV1).toMatchObject({ status: 'rejected', decision: { policyVersion: 'v1' } });
    expect((await stored(underV1.id)).policyShadow).toBeUndefined();
    expect(unchanged.code).toBe(0);
    expect(unchanged.stdout).toContain('unchanged, still v1; nothing was stored');
    expect(reset).toMatchObject({ from: 'v1', to: null });
    expect(underDefault).toMatchObject({ status: 'approved', decision: { policyVersion: DEFAULT_POLICY.version } });
    expect(rolledBack).toMatchObject({ from: null, to: 'v1' });
    expect(backOnV1).toMatchObject({ status: 'rejected', decision: { policyVersion: 'v1' } });
    expect(noShadow.code).toBe(1);
    expect(noShadow.stderr).toMatch(/no policy version is in shadow \(v1 is active\)/);
    expect(notStored.code).toBe(1);
    expect(notStored.stderr).toMatch(/policy v9 of site "harbour" is not stored/);
    expect(view).toMatchObject({ current: 'v1', shadow: null, history: [], versions: [expect.objectContaining({ version: 'v1', current: true })] });
  }, 30_000);
});
