// A model's verdict on one comment as findings in the engine's score sum: `learned.spam`
// adds to the spam score, `learned.abuse` to the abuse category the rules found strongest.
// Points follow the head's calibrated thresholds (points.ts): positive when the site's
// moderators rejected comments like this one, negative when it resembles what they approve
// (so a site's history can also clear what the rules over-catch), nothing while unsure.

import type { Finding } from '../engine/checks/check.ts';
import type { Prepared } from '../engine/prepare.ts';
import type { Decision } from '../engine/types.ts';
import { extractFeatures, type Features } from './features.ts';
import { weightiestPhrases } from './explain.ts';
import { HEADS, strongestAbuse, type HeadName } from './labels.ts';
import { HEAD_COUNT, type LearnedHead, type LearnedModel } from './model.ts';
import { learnedPoints, pointsOver } from './points.ts';

const RULE_OF: Record<HeadName, 'learned.spam' | 'learned.abuse'> = { spam: 'learned.spam', abuse: 'learned.abuse' };

// The loop below reads both lanes of a slot at once; a third head would need a third sum.
if (HEAD_COUNT !== 2) throw new Error(`logits() reads 2 lanes per slot, the model has ${HEAD_COUNT}`);

/**
 * Each head's log-odds for the features (by lane; a silent head's lane reads 0), written into
 * the model's scratch (valid until the next call). The hot loop of a model: two sums in locals,
 * nothing stored per feature (an explanation reads the few weights it needs again).
 */
export function logits(model: LearnedModel, features: Features): Float64Array {
  const { weights } = model;
  const { indices, values, length, words, grams } = features;
  // Words share one value, grams another: their weights (integers) are summed exactly first.
  let words0 = 0;
  let words1 = 0;
  for (let k = 0; k < words; k++) {
    const at = indices[k] << 1;
    words0 += weights[at];
    words1 += weights[at + 1];
  }
  let grams0 = 0;
  let grams1 = 0;
  for (let k = words; k < words + grams; k++) {
    const at = indices[k] << 1;
    grams0 += weights[at];
    grams1 += weights[at + 1];
  }
  const wordValue = words > 0 ? values[0] : 0;
  const gramValue = grams > 0 ? values[words] : 0;
  let lane0 = words0 * wordValue + grams0 * gramValue;
  let lane1 = words1 * wordValue + grams1 * gramValue;
  for (let k = words + grams; k < length; k++) {
    const at = indices[k] << 1;
    const value = values[k];
    lane0 += weights[at] * value;
    lane1 += weights[at + 1] * value;
  }
  const sums = model.scratch.logits;
  sums[0] = lane0;
  sums[1] = lane1;
  for (const name of HEADS) {
    const head = model.heads[name];
    if (head) sums[head.lane] = head.bias + sums[head.lane] * head.scale;
  }
  return sums;
}

export function hasActiveHead(model: LearnedModel): boolean {
  return HEADS.some((name) => model.heads[name] !== undefined);
}

/** A comment as the rules judged it: what a model reads besides its own weights. */
export interface RulesView {
  /** The normalised text and tokens the checks read. */
  prepared: Prepared;
  findings: readonly Finding[];
  /** The rules' score per category (their decision's scores). */
  scores: Decision['scores'];
  /** The original text, for quoting the words that weighed most. */
  text: string;
}

/** The learned findings for a comment the rules have judged. */
export function learnedFindings(model: LearnedModel, rules: RulesView): Finding[] {
  const speaking: Array<{ name: HeadName; head: LearnedHead; category: Finding['category']; ruleScore: number }> = [];
  for (const name of HEADS) {
    const head = model.heads[name];
    if (!head) continue;
    const [category, ruleScore] = name === 'spam' ? ['spam' as const, rules.scores.spam ?? 0] : strongestAbuse(rules.scores);
    // A head that only clears has nothing to say where the rules gave its category nothing.
    if (head.catchAt !== null || ruleScore > 0) speaking.push({ name, head, category, ruleScore });
  }
  if (speaking.length === 0) return [];
  const features = extractFeatures(rules.prepared, rules.findings, model.hashBits, model.scratch.features);
  const logit = logits(model, features);
  const out: Finding[] = [];
  for (const { name, head, category, ruleScore } of speaking) {
    const points = pointsOver(ruleScore, learnedPoints(logit[head.lane], head));
    if (points === 0) continue;
    const direction = points > 0 ? 1 : -1;
    const phrases = weightiestPhrases(model, head, features, rules.prepared, rules.text, direction);
    const lead = direction > 0 ? "Learned from this site's moderators" : "Looks like this site's approved comments";
    out.push({
      rule: RULE_OF[name],
      category,
      weight: points,
      spans: phrases.flatMap((p) => p.spans),
      detail: phrases.length > 0 ? `${lead}: ${phrases.map((p) => `"${p.shown}"`).join(', ')}` : `${lead} (no single word stands out)`,
    });
  }
  return out;
}
