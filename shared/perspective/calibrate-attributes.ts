// Every attribute's calibration from one labelled corpus: the engine's readings of its
// comments (score.ts) against their labels, fitted per attribute (calibration-fit.ts), with
// the quality figures of the result. PROFANITY has no labels in the corpus; its calibration is
// set here by hand, and said to be.

import { ATTRIBUTE_NAMES, ATTRIBUTES, type AttributeName } from './attributes.ts';
import type { AttributeCalibration, Calibration } from './calibration.ts';
import { probability } from './calibration.ts';
import { DEFAULT_CALIBRATION_FIT, fitCalibration, type CalibrationFitOptions } from './calibration-fit.ts';
import { quality, type Quality } from './calibration-quality.ts';
import { featureNames, features } from './features.ts';
import type { Scoring } from './score.ts';

export interface LabelledScoring {
  label: string;
  scoring: Scoring;
}

/**
 * One swear word (profanity score about 1) reads about 0.73, two or more above 0.95, none
 * under 0.1: Perspective's PROFANITY is about swearing whoever it is aimed at.
 */
export const HAND_SET_PROFANITY: AttributeCalibration = { bias: -2.5, weights: { 'score.profanity': 3, strongest: 0, reasons: 0, 'lexical.profane': 0.5 } };

export interface CalibrationResult {
  calibration: Calibration;
  /** Per attribute, how it fares on the corpus it was fitted on (absent for a hand-set one). */
  quality: Partial<Record<AttributeName, Quality>>;
}

export const isPositive = (name: AttributeName, label: string): boolean => (ATTRIBUTES[name].positives as readonly string[] | null)?.includes(label) ?? false;

export function calibrateAttributes(rows: readonly LabelledScoring[], options: CalibrationFitOptions = DEFAULT_CALIBRATION_FIT): CalibrationResult {
  const calibration = {} as Calibration;
  const figures: CalibrationResult['quality'] = {};
  for (const name of ATTRIBUTE_NAMES) {
    if (ATTRIBUTES[name].positives === null) {
      calibration[name] = HAND_SET_PROFANITY;
      continue;
    }
    const examples = rows.map((r) => ({ x: features(name, r.scoring.decision, r.scoring.lexical), positive: isPositive(name, r.label) }));
    calibration[name] = fitCalibration(examples, featureNames(ATTRIBUTES[name]), options);
    figures[name] = qualityOf(name, rows, calibration);
  }
  return { calibration, quality: figures };
}

/** How an attribute's calibration fares on labelled readings (a corpus it was or was not fitted on). */
export function qualityOf(name: AttributeName, rows: readonly LabelledScoring[], calibration: Calibration): Quality {
  return quality(rows.map((r) => ({ p: probability(calibration[name], features(name, r.scoring.decision, r.scoring.lexical)), positive: isPositive(name, r.label) })));
}
