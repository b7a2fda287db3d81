import { describe, expect, it } from 'vitest';
import { logistic } from '../../shared/perspective/calibration.ts';
import { fitCalibration } from '../../shared/perspective/calibration-fit.ts';
import { auc, quality } from '../../shared/perspective/calibration-quality.ts';

describe('fitCalibration', () => {
  it('recovers a rising probability from labels that rise with a feature, and is deterministic', () => {
    // Arrange: the share of positives rises with x.
    const examples = Array.from({ length: 200 }, (_, i) => ({ x: { a: i / 50 }, positive: i % 10 < Math.floor(i / 20) }));

    // Act
    const first = fitCalibration(examples, ['a'], { iterations: 2000, learningRate: 0.5, ridge: 0.001 });
    const second = fitCalibration(examples, ['a'], { iterations: 2000, learningRate: 0.5, ridge: 0.001 });

    // Assert
    expect(first).toEqual(second);
    expect(first.weights.a).toBeGreaterThan(0.5);
    expect(logistic(first.bias + first.weights.a * 3.9)).toBeGreaterThan(logistic(first.bias));
  });

  it('keeps a weight at 0 for a feature whose evidence points the other way', () => {
    const examples = Array.from({ length: 100 }, (_, i) => ({ x: { good: i % 2, bad: 1 - (i % 2) }, positive: i % 2 === 1 }));

    const fitted = fitCalibration(examples, ['good', 'bad'], { iterations: 1000, learningRate: 0.5, ridge: 0.001 });

    expect(fitted.weights.bad).toBe(0);
    expect(fitted.weights.good).toBeGreaterThan(0);
  });
});

describe('quality', () => {
  it('counts ties half in the AUC', () => {
    expect(auc([{ p: 0.5, positive: true }, { p: 0.5, positive: false }])).toBe(0.5);
    expect(auc([{ p: 0.9, positive: true }, { p: 0.1, positive: false }, { p: 0.1, positive: true }])).toBe(0.75);
    expect(auc([{ p: 0.9, positive: true }])).toBeNull();
  });

  it('measures Brier score, reliability bins and the catch rate at the threshold', () => {
    const q = quality([
      { p: 0.9, positive: true },
      { p: 0.85, positive: false },
      { p: 0.1, positive: false },
      { p: 0.05, positive: false },
    ]);

    expect(q.brier).toBeCloseTo((0.01 + 0.7225 + 0.01 + 0.0025) / 4, 10);
    expect(q.atThreshold).toEqual({ threshold: 0.8, recall: 1, falsePositiveRate: 1 / 3, precision: 0.5 });
    expect(q.reliability[8]).toMatchObject({ comments: 1, observed: 0 });
    expect(q.reliability[9]).toMatchObject({ comments: 1, observed: 1 });
    expect(q.reliability[0]).toMatchObject({ comments: 1, observed: 0 });
    expect(q.reliability[1]).toMatchObject({ comments: 1, observed: 0 });
    expect(q.distinct).toBe(4);
  });
});
