// Fits one attribute's logistic calibration on labelled examples: the weights and bias that
// minimise the log loss, each weight kept at or above 0 (projected gradient descent) so the
// probability stays monotone in every feature, with a small pull of the weights towards 0 so
// a feature seen on few comments cannot take a large weight. Pure and deterministic.

import type { AttributeCalibration } from './calibration.ts';
import { logistic } from './calibration.ts';
import type { FeatureVector } from './features.ts';

export interface CalibrationExample {
  x: FeatureVector;
  positive: boolean;
}

export interface CalibrationFitOptions {
  iterations: number;
  learningRate: number;
  /** L2 pull of the weights (not the bias) towards 0, per example. */
  ridge: number;
}

export const DEFAULT_CALIBRATION_FIT: CalibrationFitOptions = { iterations: 4000, learningRate: 0.5, ridge: 0.001 };

export function fitCalibration(examples: readonly CalibrationExample[], names: readonly string[], options: CalibrationFitOptions = DEFAULT_CALIBRATION_FIT): AttributeCalibration {
  if (examples.length === 0) throw new Error('fitCalibration: no examples');
  const n = examples.length;
  const k = names.length;
  const xs = examples.map((e) => names.map((f) => e.x[f] ?? 0));
  const ys = examples.map((e) => (e.positive ? 1 : 0));
  const rate = ys.reduce((a: number, y) => a + y, 0) / n;
  // From the base rate with every weight at 0: the fit starts from "no evidence means the average".
  let bias = Math.log(Math.max(rate, 1e-6) / Math.max(1 - rate, 1e-6));
  const w = new Array<number>(k).fill(0);
  const grad = new Array<number>(k);
  for (let it = 0; it < options.iterations; it++) {
    grad.fill(0);
    let gradBias = 0;
    for (let i = 0; i < n; i++) {
      const x = xs[i];
      let z = bias;
      for (let j = 0; j < k; j++) z += w[j] * x[j];
      const error = logistic(z) - ys[i];
      gradBias += error;
      for (let j = 0; j < k; j++) grad[j] += error * x[j];
    }
    bias -= (options.learningRate * gradBias) / n;
    for (let j = 0; j < k; j++) w[j] = Math.max(0, w[j] - options.learningRate * (grad[j] / n + options.ridge * w[j]));
  }
  const round = (v: number) => Number(v.toFixed(4));
  return { bias: round(bias), weights: Object.fromEntries(names.map((f, j) => [f, round(w[j])])) };
}
