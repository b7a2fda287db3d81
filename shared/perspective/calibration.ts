// Turns an attribute's features into a probability: a logistic calibration,
// p = 1 / (1 + e^-(bias + Σ weight·feature)), with every weight non-negative, so p is in
// (0, 1) and never falls as evidence grows. The coefficients are data (calibration.json),
// fitted on the tuning corpus by `sieve calibrate` and reviewed like code.

import { z } from 'zod';
import { ATTRIBUTE_NAMES, ATTRIBUTES, type AttributeName } from './attributes.ts';
import { featureNames, type FeatureVector } from './features.ts';
import shipped from './calibration.json' with { type: 'json' };

export interface AttributeCalibration {
  bias: number;
  /** By feature name (features.ts); a feature left out weighs 0. */
  weights: Record<string, number>;
}

export type Calibration = Record<AttributeName, AttributeCalibration>;

const attributeCalibrationSchema = z.object({
  bias: z.number().finite(),
  weights: z.record(z.string(), z.number().finite().nonnegative()),
});

const fileSchema = z.object({
  attributes: z.object(Object.fromEntries(ATTRIBUTE_NAMES.map((n) => [n, attributeCalibrationSchema])) as Record<AttributeName, typeof attributeCalibrationSchema>),
});

export class CalibrationFileError extends Error {
  override name = 'CalibrationFileError';
}

/** A calibration document's coefficients, checked: every attribute present, every weight a known feature and non-negative. */
export function parseCalibration(document: unknown): Calibration {
  const parsed = fileSchema.safeParse(document);
  if (!parsed.success) throw new CalibrationFileError(`calibration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  for (const name of ATTRIBUTE_NAMES) {
    const known = new Set(featureNames(ATTRIBUTES[name]));
    for (const feature of Object.keys(parsed.data.attributes[name].weights)) {
      if (!known.has(feature)) throw new CalibrationFileError(`calibration: attributes.${name}.weights.${feature}: no such feature`);
    }
  }
  return parsed.data.attributes as Calibration;
}

/** The shipped calibration, checked once at load (a bad file fails the cold start loudly). */
export const SHIPPED_CALIBRATION: Calibration = parseCalibration(shipped);

export const logistic = (z: number): number => 1 / (1 + Math.exp(-z));

export const linearScore = (c: AttributeCalibration, x: FeatureVector): number => {
  let z = c.bias;
  for (const [feature, weight] of Object.entries(c.weights)) z += weight * (x[feature] ?? 0);
  return z;
};

export const probability = (c: AttributeCalibration, x: FeatureVector): number => logistic(linearScore(c, x));
