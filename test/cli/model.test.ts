import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { importedComment, parseImportLine } from '../../shared/labels/import.ts';
import { createDocumentClient } from '../../shared/store/client.ts';
import { LabelStore } from '../../shared/store/labels.ts';
import { addSite, bootStack, decided, request } from '../support/local-stack.ts';
import { QUILLMOOR_SPAM, READER_COMMENTS, ZORBLAX_SPAM } from '../support/learning-site.ts';
import { sieveAt } from './run-sieve.ts';

// `sieve model …` and `sieve shadow report` as an operator runs them: the real CLI in a child
// process against a local stack on a temporary data folder. One site's story, in order: train
// a model, train a second one into shadow, read the shadow report and a backtest with it, then
// promote, roll back and turn learning off.

const SITE = 'cli-cooking';
let stack: LocalStack;
let dataDir: string;
let key: string;

const { sieve, sieveJson } = sieveAt(() => dataDir);

/** Imports labelled history for the site, labelled at `at`. */
const importLabels = async (lines: Array<{ text: string; label: string }>, at: Date) => {
  const labels = new LabelStore(createDocumentClient(), stack.tableName);
  for (const [n, line] of lines.entries()) {
    const parsed = parseImportLine(JSON.stringify({ ...line, id: `${line.label}-${line.text.length}-${n}-${at.getTime()}` }), n + 1);
    if (!parsed.ok) throw new Error(parsed.problem);
    await labels.putImported(importedComment(SITE, parsed.line, at));
  }
};

const post = async (text: string) => {
  const res = await request(stack, 'POST', '/v1/comments', { key, json: { postId: 'p1', author: { name: 'Reader' }, text } });
  return decided(stack, key, res.body.id);
};

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sieve-model-cli-'));
  // A long trainer interval: here the operator trains, with `sieve model train`.
  stack = await bootStack({ dataDir, scheduleIntervalMs: 3_600_000, siteCacheTtlMs: 100 });
  key = await addSite(stack, SITE);
  await importLabels(
    [...READER_COMMENTS.slice(0, 40).map((text) => ({ text, label: 'ok' })), ...ZORBLAX_SPAM.slice(0, 40).map((text) => ({ text, label: 'spam' }))],
    new Date(Date.now() - 60_000),
  );
}, 30_000);

afterAll(async () => {
  await stack?.stop();
});

describe('a site\'s models from the command line', () => {
  let flipped: { id: string; text: string };

  it('trains m1 into use, then m2 into shadow, and shows both with what they were trained on', async () => {
    // Act
    const first = await sieveJson('model', 'train', '--site', SITE);
    await importLabels(QUILLMOOR_SPAM.slice(0, 30).map((text) => ({ text, label: 'spam' })), new Date());
    const second = await sieveJson('model', 'train', '--site', SITE, '--shadow');
    const status = await sieveJson('model', 'status', '--site', SITE);
    const text = await sieve('model', 'status', '--site', SITE);

    // Assert
    expect(first).toMatchObject({ siteId: SITE, result: 'published', version: 'm1', as: 'active', labels: { ok: 40, spam: 40, abuse: 0 }, trainedOn: { import: 80 } });
    expect(second).toMatchObject({ result: 'published', version: 'm2', as: 'shadow', labels: { ok: 40, spam: 70 } });
    expect(status).toMatchObject({ mode: 'active', active: 'm1', shadow: 'm2', trainingDue: false });
    expect(status.versions.map((v: { version: string; role: string | null }) => [v.version, v.role])).toEqual([['m1', 'active'], ['m2', 'shadow']]);
    expect(text.stdout).toMatch(/active: m1, trained .* on 80 \(40 ok, 40 spam, 0 abuse\)/);
    expect(text.stdout).toMatch(/m2\s+shadow/);
  }, 30_000);

  it('reports what the shadow version would have decided differently, with the comment\'s text', async () => {
    // Arrange: the new campaign, which only m2 knows.
    const comment = await post('Quillmoor vouchers paid for our whole wedding. Join quillmoor now.');
    flipped = { id: comment.id, text: comment.text };

    // Act
    const report = await sieveJson('shadow', 'report', '--site', SITE, '--since', '1h');
    const text = await sieve('shadow', 'report', '--site', SITE);

    // Assert
    expect(comment).toMatchObject({ status: 'approved', decision: { modelVersion: 'm1' } });
    expect(report.model).toMatchObject({ active: 'm1', shadow: 'm2', comments: 1, counts: { active: { approve: 1 }, shadow: { flag: 1 } }, flipCounts: { 'approve->flag': 1 } });
    expect(report.model.flips).toEqual([
      expect.objectContaining({ id: flipped.id, from: 'approve', to: 'flag', shadowVersion: 'm2', activeVersion: 'm1', text: flipped.text, reason: expect.objectContaining({ rule: 'learned.spam' }) }),
    ]);
    expect(report.policy).toMatchObject({ active: null, shadow: null, comments: 0, flips: [] });
    expect(text.stdout).toContain('approve -> flag 1');
    expect(text.stdout).toContain('Quillmoor vouchers paid for our whole wedding');
  }, 30_000);

  it('backtests the stored comments with a stored version on the proposed side', async () => {
    const result = await sieveJson('policy', 'backtest', SITE, '--model-version', 'm2');

    expect(result).toMatchObject({ current: { model: 'm1' }, proposed: { file: null, model: 'm2' } });
    expect(result.flips).toEqual(expect.arrayContaining([expect.objectContaining({ id: flipped.id, from: 'approve', to: 'flag' })]));
  }, 30_000);

  it('promotes the shadow version, rolls back to m1, and refuses what cannot be done', async () => {
    const promoted = await sieveJson('model', 'promote', '--site', SITE);
    const rolledBack = await sieveJson('model', 'rollback', '--site', SITE);
    const [noShadow, unknown, noSite, noFlag] = await Promise.all([
      sieve('model', 'promote', '--site', SITE),
      sieve('model', 'rollback', '--site', SITE, '--to', 'm9'),
      sieve('model', 'status', '--site', 'nowhere'),
      sieve('model', 'status'),
    ]);

    expect(promoted).toEqual({ siteId: SITE, from: 'm1', to: 'm2' });
    expect(rolledBack).toEqual({ siteId: SITE, from: 'm2', to: 'm1' });
    expect([noShadow.code, unknown.code, noSite.code, noFlag.code]).toEqual([1, 1, 1, 2]);
    expect(noShadow.stderr).toMatch(/no model version is in shadow \(m1 is active\)/);
    expect(unknown.stderr).toMatch(/model m9 of site "cli-cooking" is not stored/);
    expect(noSite.stderr).toMatch(/no site "nowhere"/);
    expect(noFlag.stderr).toMatch(/--site SITE is required/);
  }, 30_000);

  it('turns learning off: nothing trains and the worker decides with the rules alone', async () => {
    const off = await sieveJson('model', 'mode', '--site', SITE, 'off');
    const train = await sieve('model', 'train', '--site', SITE);
    await new Promise((resolve) => setTimeout(resolve, 250));
    const comment = await post('Two zorblax gummies tripled my stamina. Zorblax changed my life, seriously.');

    expect(off).toEqual({ siteId: SITE, mode: 'off', previous: 'active' });
    expect(train.code).toBe(1);
    expect(train.stderr).toMatch(/learning off; turn it on with: sieve model mode --site cli-cooking active/);
    expect(comment.status).toBe('approved');
    expect(comment.decision.modelVersion).toBeUndefined();
  }, 30_000);
});
