// What a calibration reads of one engine run, per attribute: every value grows with the
// evidence of the attribute, so a calibration with non-negative weights is monotone in each
// (more of any evidence never lowers a probability).
//
// The category scores decide; the rest mostly breaks ties, which matters to a caller that
// ranks or picks its own threshold: many comments reach the same score (one typical hit), so
// the strongest single reason and the number of reasons order them, and the lexicon's words
// order the comments no rule fired on ("this idea is idiotic" above "this idea is wrong").

import type { Inspection } from '../engine/index.ts';
import type { Decision, Reason, Span } from '../engine/types.ts';
import { ATTRIBUTES, type AttributeName, type AttributeSpec, type LexicalKind } from './attributes.ts';

/** Counts of reasons and lexicon words stop here: the tenth swear word says little the fifth did not. */
export const FEATURE_CAPS = { reasons: 5, lexical: 3 } as const;

export type FeatureVector = Record<string, number>;

/** The feature names of an attribute, in a fixed order (the calibration file lists its weights by them). */
export const featureNames = (spec: AttributeSpec): string[] => [
  ...spec.categories.map((c) => `score.${c}`),
  'strongest',
  'reasons',
  ...spec.lexical.map((k) => `lexical.${k}`),
];

/** The lexicon words of each kind in the text, each counted by its weight (insult, slur) or once (profane). */
export const lexicalEvidence = (hits: Inspection['hits']): Record<LexicalKind, number> => {
  const sums = { insult: 0, slur: 0, profane: 0 };
  for (const hit of hits) {
    if (!hit) continue;
    sums.insult += hit.entry.insult;
    sums.slur += hit.entry.slur;
    if (hit.entry.profane) sums.profane += 1;
  }
  return sums;
};

const positive = (x: number | undefined) => Math.max(0, x ?? 0);

export const reasonsOf = (decision: Decision, spec: AttributeSpec): Reason[] =>
  decision.reasons.filter((r) => (spec.categories as readonly string[]).includes(r.category) && r.contribution > 0);

export function features(name: AttributeName, decision: Decision, lexical: Record<LexicalKind, number>): FeatureVector {
  const spec: AttributeSpec = ATTRIBUTES[name];
  const reasons = reasonsOf(decision, spec);
  const vector: FeatureVector = {};
  for (const c of spec.categories) vector[`score.${c}`] = positive(decision.scores[c]);
  vector.strongest = Math.max(0, ...reasons.map((r) => r.contribution));
  vector.reasons = Math.min(FEATURE_CAPS.reasons, reasons.length);
  for (const k of spec.lexical) vector[`lexical.${k}`] = Math.min(FEATURE_CAPS.lexical, lexical[k]);
  return vector;
}

/** The features of one reason alone, for the score of its span: what the comment would score if that were all it said. */
export function reasonFeatures(name: AttributeName, reason: Reason): FeatureVector {
  const spec: AttributeSpec = ATTRIBUTES[name];
  const vector: FeatureVector = {};
  for (const c of spec.categories) vector[`score.${c}`] = c === reason.category ? reason.contribution : 0;
  vector.strongest = reason.contribution;
  vector.reasons = 1;
  for (const k of spec.lexical) vector[`lexical.${k}`] = 0;
  return vector;
}

/** The text spans a reason marks in the comment itself (not the author fields). */
export const textSpans = (reason: Reason): Span[] => (reason.field === undefined || reason.field === 'text' ? reason.spans : []);
