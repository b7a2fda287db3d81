import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../shared/engine/index.ts';
import { calibrateAttributes } from '../../shared/perspective/calibrate-attributes.ts';
import { scoreText } from '../../shared/perspective/score.ts';
import shipped from '../../shared/perspective/calibration.json' with { type: 'json' };

// The reviewed calibration file is exactly what its documented command makes, from the tuning
// slice only: a change to the rules that moves the probabilities shows up as a failing test
// until `npx sieve calibrate test/corpus/tuning.jsonl --out shared/perspective/calibration.json` is rerun and reviewed.

describe('shared/perspective/calibration.json', () => {
  it('names the command that made it, fitted on the tuning slice and never the frozen one', () => {
    expect(shipped.command).toBe('npx sieve calibrate test/corpus/tuning.jsonl --out shared/perspective/calibration.json');
    expect(shipped.corpus.file).toBe('test/corpus/tuning.jsonl');
  });

  it('holds the coefficients that command fits today', () => {
    // Arrange: the tuning slice, scored as the command scores it.
    const rows = readFileSync('test/corpus/tuning.jsonl', 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((raw) => JSON.parse(raw) as { text: string; label: string; createdAt: string })
      .map((line) => ({ label: line.label, scoring: scoreText(line.text, DEFAULT_POLICY, undefined, Date.parse(line.createdAt)) }));

    // Act
    const { calibration, quality } = calibrateAttributes(rows);

    // Assert
    expect(calibration).toEqual(shipped.attributes);
    expect(quality.TOXICITY!.auc).toBeGreaterThan(0.95);
    // About 4 s on an idle core: 2,501 comments scored, six attributes fitted 4,000 steps each.
  }, 120_000);
});
