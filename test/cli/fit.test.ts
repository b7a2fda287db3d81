import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSieve } from './run-sieve.ts';

/** Mild exclaimed insults ("what a clown") are weak by default; this corpus says they should be caught. */
function exclaimCorpus(): string {
  const lines: { id: string; text: string; label: string }[] = [];
  const nouns = ['clown', 'twit', 'git', 'muppet', 'jerk', 'dork', 'dweeb', 'wimp', 'weirdo', 'sissy', 'brat', 'chump'];
  nouns.forEach((noun, i) => lines.push({ id: `x${i}`, text: `What a ${noun}.`, label: 'insult' }));
  ['Lovely post.', 'Thanks for this.', 'I disagree with the second point.', 'Great photos!', 'Where was this taken?', 'Nice recipe, will try it.'].forEach((text, i) =>
    lines.push({ id: `ok${i}`, text, label: 'ok' }),
  );
  return `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`;
}

describe('sieve fit', () => {
  it('raises the score of a rule the labels say should catch, and writes a reviewable score file', async () => {
    // Prepare
    const dir = mkdtempSync(join(tmpdir(), 'sieve-fit-'));
    const corpus = join(dir, 'corpus.jsonl');
    const out = join(dir, 'scores.json');
    writeFileSync(corpus, exclaimCorpus());

    // Act
    // A weak prior: twelve comments must be enough evidence to move one score.
    const run = await runSieve(['fit', '--json', '--holdout', '0', '--prior', '2', '--out', out, corpus]);

    // Assert
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.figures.fitted.before.recall).toBe(0);
    expect(result.figures.fitted.after.recall).toBe(1);
    expect(result.figures.fitted.after.falseCatchRate).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.scores['insult.exclaim']).toBeGreaterThanOrEqual(1);
    expect(written.scores['insult.you']).toBe(1.2);
    expect(written.command).toContain('sieve fit');
  });

  it('holds a stable share of the corpus out of the fit and reports it apart', async () => {
    // Prepare
    const dir = mkdtempSync(join(tmpdir(), 'sieve-fit-'));
    const corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, exclaimCorpus());

    // Act
    const first = JSON.parse((await runSieve(['fit', '--json', '--holdout', '0.3', corpus])).stdout);
    const second = JSON.parse((await runSieve(['fit', '--json', '--holdout', '0.3', corpus])).stdout);

    // Assert
    expect(first.heldOut).toBeGreaterThan(0);
    expect(first.figures.heldOut.before.comments).toBe(first.heldOut);
    expect(second.scores).toEqual(first.scores);
  });

  it('names a bad option value', async () => {
    // Act
    const run = await runSieve(['fit', '--holdout', '2', '-']);

    // Assert
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--holdout');
  });
});

describe('sieve eval --rules', () => {
  it('counts how often each rule fires on ok comments and on comments to catch, and lists rules that never fired', async () => {
    // Prepare
    const lines = [
      { id: 'a', text: 'You are an idiot.', label: 'insult' },
      { id: 'b', text: 'You are a moron.', label: 'ok' },
      { id: 'c', text: 'Nice post.', label: 'ok' },
    ];

    // Act
    const run = await runSieve(['eval', '--rules', '--json', '-'], lines.map((l) => JSON.stringify(l)).join('\n'));

    // Assert
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    const you = report.rules.find((r: { rule: string }) => r.rule === 'insult.you');
    expect(you).toMatchObject({ onOk: 1, onCatch: 1, okShare: 0.5, catchShare: 1 });
    expect(you.ratio).toBeCloseTo(2 / 3, 5);
    expect(report.neverFired).toContain('threat.violence');
    expect(report.neverFired).not.toContain('insult.you');
  });
});

describe('sieve calibrate', () => {
  it('fits the Perspective calibration on a labelled corpus and writes a file that names its command', async () => {
    // Prepare
    const dir = mkdtempSync(join(tmpdir(), 'sieve-calibrate-'));
    const corpus = join(dir, 'corpus.jsonl');
    const out = join(dir, 'calibration.json');
    writeFileSync(corpus, exclaimCorpus());

    // Act
    const run = await runSieve(['calibrate', '--json', '--out', out, corpus]);

    // Assert
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ comments: 18, mode: 'fit', quality: { TOXICITY: { comments: 18, positives: 12 } } });
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.command).toBe(`npx sieve calibrate ${corpus} --out ${out}`);
    expect(Object.keys(written.attributes).sort()).toEqual(['IDENTITY_ATTACK', 'INSULT', 'PROFANITY', 'SEVERE_TOXICITY', 'SPAM', 'THREAT', 'TOXICITY']);
  });

  it('never fits on the frozen slice, and only measures a calibration on it with --check', async () => {
    const refused = await runSieve(['calibrate', 'test/corpus/frozen.jsonl']);
    const checked = await runSieve(['calibrate', '--json', '--check', 'shared/perspective/calibration.json', 'test/corpus/frozen.jsonl']);

    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/frozen slice is never fitted on/);
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.stdout)).toMatchObject({ mode: 'check', quality: { TOXICITY: { auc: expect.any(Number) } } });
  });
});
