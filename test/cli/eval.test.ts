import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonl, runSieve } from './run-sieve.ts';

const TUNING = fileURLToPath(new URL('../corpus/tuning.jsonl', import.meta.url));
const FROZEN = fileURLToPath(new URL('../corpus/frozen.jsonl', import.meta.url));

// Floors a little below what the default policy measured when they were set, so a change that
// makes moderation worse fails here. The tuning part (rules and `sieve fit` read it) measured
// precision 1.000, recall 0.912, F1 0.954, false catches 0.000 at 1,620 comments, and precision
// 0.999, recall 0.936, F1 0.966, false catches 0.001 at 2,501 (default-3); the frozen slice, which no rule
// change, fit or tuning reads, measured precision 1.000, recall 0.659, F1 0.794, false catches
// 0.000 at 704 comments (default-2), and precision 0.997, recall 0.706, F1 0.827, false catches
// 0.002 at 1,044 (default-3, with a fourth round written by a writer who never saw the rules), and
// precision 0.992, recall 0.706, F1 0.825, false catches 0.004 at 1,253 (a fifth round's held-out 40%
// added; tuning then measured 0.998 / 0.926 / 0.961 / 0.001 at 2,812).
// The frozen figure is the honest one. Raise both as the engine improves.
const FLOORS = {
  tuning: { comments: 2812, precision: 0.97, recall: 0.87, f1: 0.92, falseCatchRate: 0.01 },
  frozen: { comments: 1253, precision: 0.97, recall: 0.66, f1: 0.79, falseCatchRate: 0.01 },
};

describe('sieve eval', () => {
  it.each([
    ['tuning part', TUNING, FLOORS.tuning],
    ['frozen slice', FROZEN, FLOORS.frozen],
  ])('meets the quality floors on the corpus\'s %s', async (_name, file, floors) => {
    // Act
    const run = await runSieve(['eval', '--json', file]);

    // Assert
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.comments).toBe(floors.comments);
    expect(report.precision).toBeGreaterThanOrEqual(floors.precision);
    expect(report.recall).toBeGreaterThanOrEqual(floors.recall);
    expect(report.f1).toBeGreaterThanOrEqual(floors.f1);
    expect(report.falseCatchRate).toBeLessThanOrEqual(floors.falseCatchRate);
  });

  it('approves every innocent word that contains or resembles a bad one', async () => {
    // Prepare
    const trickyIds = readFileSync(TUNING, 'utf8')
      .split('\n')
      .filter((line) => line.includes('"family":"tricky-words"'))
      .map((line) => JSON.parse(line).id);

    // Act
    const run = await runSieve(['eval', '--json', TUNING]);

    // Assert
    expect(trickyIds.length).toBeGreaterThan(40);
    const falselyCaught = JSON.parse(run.stdout).falseCatches.map((w: { id: string }) => w.id);
    expect(falselyCaught.filter((id: string) => trickyIds.includes(id))).toEqual([]);
  });

  it('prints the figures, the confusion matrix and the rules behind errors as text', async () => {
    // Prepare
    const input = jsonl(
      { id: 'ok-1', text: 'Thanks for the clear write-up.', label: 'ok' },
      { id: 'ins-1', text: 'You are an idiot.', label: 'insult' },
      { id: 'ins-2', text: 'What a lovely day.', label: 'insult' },
    );

    // Act
    const run = await runSieve(['eval', '-'], input);

    // Assert
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^precision\s+1\.000/m);
    expect(run.stdout).toMatch(/^recall\s+0\.500/m);
    expect(run.stdout).toMatch(/^F1\s+0\.667/m);
    expect(run.stdout).toMatch(/^false-catch rate\s+0\.000/m);
    expect(run.stdout).toMatch(/^label\s+total\s+approve\s+flag\s+reject\s+caught$/m);
    expect(run.stdout).toMatch(/^insult\s+2\s+1\s+/m);
    expect(run.stdout).toMatch(/rules on misses \(1\):\n\s+\(no rule fired\)\s+1/);
    expect(run.stdout).toMatch(/^misses: ins-2$/m);
  });

  it('reports a line without a label as bad and scores the rest', async () => {
    // Prepare
    const input = jsonl({ id: 'a', text: 'Nice.', label: 'ok' }, { id: 'b', text: 'Nice too.' });

    // Act
    const run = await runSieve(['eval', '--json', '-'], input);

    // Assert
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/line 2 \(id "b"\): label: /);
    expect(JSON.parse(run.stdout)).toMatchObject({ comments: 1, badLines: 1 });
  });

  it('needs exactly one input file', async () => {
    // Act
    const run = await runSieve(['eval']);

    // Assert
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/expected exactly one labelled input FILE/);
  });
});
