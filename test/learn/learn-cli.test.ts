import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonl, parseLines, runSieve } from '../cli/run-sieve.ts';
import { CRYSTAL_SPAM, GARDEN_OK, interleave, type Labelled } from './site-comments.ts';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'sieve-learn-'));
}

function linesOf(comments: Labelled[], prefix: string): string {
  return jsonl(...comments.map((c, i) => ({ id: `${prefix}${i}`, ...c, createdAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString() })));
}

// Every other pair of comments trains, the rest test: both halves hold every kind of comment.
const site = interleave(GARDEN_OK, CRYSTAL_SPAM);
const TRAIN = site.filter((_, i) => Math.floor(i / 2) % 2 === 0);
const TEST = site.filter((_, i) => Math.floor(i / 2) % 2 === 1);

describe('sieve learn', () => {
  it('trains a model that sieve eval and sieve check then decide with', async () => {
    // Prepare
    const dir = tempDir();
    const train = join(dir, 'train.jsonl');
    const test = join(dir, 'test.jsonl');
    const model = join(dir, 'model.json');
    writeFileSync(train, linesOf(TRAIN, 'tr'));
    writeFileSync(test, linesOf(TEST, 'te'));

    // Act
    const learn = await runSieve(['learn', train, '--out', model, '--min-labels', '15', '--version', 'm7', '--json']);
    const rulesAlone = await runSieve(['eval', '--json', test]);
    const withModel = await runSieve(['eval', '--model', model, '--json', test]);
    const checked = await runSieve(['check', '--model', model, test]);

    // Assert
    expect(learn.code).toBe(0);
    expect(learn.stderr).toMatch(/spam head: epoch 5\/5/);
    const summary = JSON.parse(learn.stdout);
    expect(summary).toMatchObject({ version: 'm7', labels: { ok: 36, spam: 18, abuse: 0 }, badLines: 0 });
    expect(summary.heads.spam.active).toBe(true);
    expect(summary.heads.abuse).toEqual({ active: false, reason: 'only 0 abuse labels, needs 15 of each' });
    expect(JSON.parse(readFileSync(model, 'utf8'))).toMatchObject({ format: 'sieve-model', formatVersion: 1, version: 'm7' });

    const before = JSON.parse(rulesAlone.stdout);
    const after = JSON.parse(withModel.stdout);
    expect(withModel.code).toBe(0);
    expect(after.modelVersions).toEqual(['m7']);
    expect(after.recall).toBeGreaterThan(before.recall ?? 0);
    expect(after.falseCatchRate).toBe(0);

    const decisions = parseLines(checked.stdout);
    expect(decisions.every((d) => d.modelVersion === 'm7')).toBe(true);
    expect(decisions.flatMap((d) => d.reasons.map((r: { rule: string }) => r.rule))).toContain('learned.spam');
  });

  it('reports bad training lines and trains on the good ones', async () => {
    // Prepare
    const dir = tempDir();
    const model = join(dir, 'model.json');
    const input = linesOf(TRAIN, 'tr') + '{"id": "no-label", "text": "Lovely roses."}\nnot json\n';

    // Act
    const run = await runSieve(['learn', '-', '--out', model, '--min-labels', '15'], input);

    // Assert
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/line \d+ \(id "no-label"\): label: /);
    expect(run.stderr).toMatch(/line \d+: invalid JSON/);
    expect(run.stdout).toMatch(/^54 labelled comments: 36 ok, 18 spam, 0 abuse$/m);
    expect(run.stdout).toMatch(/2 bad lines skipped/);
    expect(JSON.parse(readFileSync(model, 'utf8')).heads.spam).toBeDefined();
  });

  it('refuses a model file from an incompatible version with one clear error', async () => {
    // Prepare
    const dir = tempDir();
    const model = join(dir, 'model.json');
    await runSieve(['learn', '-', '--out', model, '--min-labels', '15'], linesOf(TRAIN, 'tr'));
    writeFileSync(model, readFileSync(model, 'utf8').replace('"formatVersion":1', '"formatVersion":9'));

    // Act
    const run = await runSieve(['check', '--model', model, '-'], jsonl({ id: 'a', text: 'Lovely roses.' }));

    // Assert
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(
      `sieve check: model ${model} cannot be used: formatVersion: model format 9 is not supported (this Sieve reads 1); retrain the model`,
    );
  });
});

describe('sieve eval --train', () => {
  it('prints a learning curve next to the rules alone', async () => {
    // Prepare
    const dir = tempDir();
    const train = join(dir, 'train.jsonl');
    const test = join(dir, 'test.jsonl');
    writeFileSync(train, linesOf(TRAIN, 'tr'));
    writeFileSync(test, linesOf(TEST, 'te'));

    // Act
    const json = await runSieve(['eval', '--train', train, '--curve', '20,54,500', '--min-labels', '15', '--json', test]);
    const text = await runSieve(['eval', '--train', train, '--curve', '20,54', '--min-labels', '15', test]);

    // Assert
    expect(json.code).toBe(0);
    const curve = JSON.parse(json.stdout);
    expect(curve.test).toEqual({ comments: 54, shouldPass: 36, shouldCatch: 18 });
    expect(curve.points.map((p: { labels: number }) => p.labels)).toEqual([20, 54]);
    const [few, all] = curve.points;
    // 20 lines hold fewer than 15 spam labels: the head is silent and the figures are the rules'.
    expect(few.heads.spam.active).toBe(false);
    expect({ f1: few.f1, falsePositives: few.falsePositives }).toEqual({ f1: curve.rules.f1, falsePositives: curve.rules.falsePositives });
    expect(all.heads.spam.active).toBe(true);
    expect(all.f1).toBeGreaterThan(curve.rules.f1 ?? 0);
    expect(text.stdout).toMatch(/^rules\s+-\s+-\s+-\s+\(no model\)/m);
    expect(text.stdout).toMatch(/^54\s+36\s+18\s+0\s+spam\s/m);
  });

  it('trains on one file and evaluates another in one run', async () => {
    // Prepare
    const dir = tempDir();
    const train = join(dir, 'train.jsonl');
    writeFileSync(train, linesOf(TRAIN, 'tr'));

    // Act
    const run = await runSieve(['eval', '--train', train, '--min-labels', '15', '--json', '-'], linesOf(TEST, 'te'));

    // Assert
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/spam head +active/);
    expect(JSON.parse(run.stdout).modelVersions).toEqual(['trained']);
  });
});
