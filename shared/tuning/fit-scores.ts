// Fits the default rule scores on labelled comments, the way SpamAssassin fits its score
// table: the engine reports each comment's hits, and the scores are chosen so that the
// decision the engine would take (a category's points reaching its flag level) matches the
// labels. Pure and deterministic: rows in, scores out.
//
// The decision is a maximum over categories, so the fit is a logistic loss on the margin
// of the category nearest its flag level, minimised by projected gradient descent (Adam)
// with each score bounded to [0, maxFactor × base] and pulled towards its base score (the
// hand-set prior), so a rule seen on a handful of comments keeps about the score it had.

import { RULES, isRuleId, type RuleId } from '../engine/rules.ts';
import type { Category } from '../engine/types.ts';

/** One labelled comment as the fit sees it: its hits as strengths on each rule's base scale. */
export interface FitRow {
  id: string;
  /** Should the comment be caught (flagged or rejected)? */
  catch: boolean;
  /** rule -> sum of the hits' weight / baseScore (after the trust discount): contribution = score × strength. */
  strengths: Partial<Record<RuleId, number>>;
  /** A forcing rule (site word list, blocked domain) decided the comment: no score can change it. */
  forced: boolean;
}

export interface FitOptions {
  /** Flag level per category; null when the category never holds a comment (profanity). */
  flagLevels: Partial<Record<Category, number | null>>;
  /** How much more a false catch costs than a miss. */
  falseCatchCost: number;
  /** Weight of the pull towards the base scores, in comments' worth of evidence. */
  priorStrength: number;
  /** A score may range from 0 to this many times its base score. */
  maxFactor: number;
  /** Steepness of the logistic loss around the flag level. */
  sharpness: number;
  /**
   * How far below its flag level a comment that should pass must stay (a share of the level).
   * Comments a site has not seen lie on both sides of the ones it has: a rule that brings ok
   * comments close to the line will push unseen ones over it, so the fit keeps them clear.
   */
  okMargin: number;
  iterations: number;
}

export const DEFAULT_FIT_OPTIONS: Omit<FitOptions, 'flagLevels'> = {
  falseCatchCost: 2,
  priorStrength: 50,
  maxFactor: 2.5,
  sharpness: 6,
  okMargin: 0.1,
  iterations: 3000,
};

/** The rules whose scores a fit may change: those that add to a category. */
export function fittableRules(): RuleId[] {
  return (Object.keys(RULES) as RuleId[]).filter((id) => (RULES[id].kind ?? 'scored') === 'scored' && RULES[id].baseScore > 0);
}

export interface Figures {
  comments: number;
  caught: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  falseCatchRate: number | null;
}

/** Whether a row is caught under a score table: some category reaches its flag level. */
export function caughtUnder(row: FitRow, scores: Readonly<Record<RuleId, number>>, flagLevels: FitOptions['flagLevels']): boolean {
  return row.forced || margin(row, scores, flagLevels).value >= 0;
}

export function figuresUnder(rows: readonly FitRow[], scores: Readonly<Record<RuleId, number>>, flagLevels: FitOptions['flagLevels']): Figures {
  let tp = 0;
  let fp = 0;
  let shouldCatch = 0;
  for (const row of rows) {
    const caught = caughtUnder(row, scores, flagLevels);
    if (row.catch) shouldCatch++;
    if (caught && row.catch) tp++;
    if (caught && !row.catch) fp++;
  }
  const ok = rows.length - shouldCatch;
  const precision = tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = shouldCatch > 0 ? tp / shouldCatch : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
  return { comments: rows.length, caught: tp + fp, precision, recall, f1, falseCatchRate: ok > 0 ? fp / ok : null };
}

/** The category nearest its flag level, and by how much (score / level − 1). */
function margin(row: FitRow, scores: Readonly<Record<RuleId, number>>, flagLevels: FitOptions['flagLevels']): { value: number; category?: Category } {
  const sums = new Map<Category, number>();
  for (const [rule, strength] of Object.entries(row.strengths) as [RuleId, number][]) {
    const { category } = RULES[rule];
    sums.set(category, (sums.get(category) ?? 0) + scores[rule] * strength);
  }
  let best: { value: number; category?: Category } = { value: -1 };
  for (const [category, sum] of sums) {
    const level = flagLevels[category];
    if (level === null || level === undefined) continue;
    const value = sum / level - 1;
    if (value > best.value) best = { value, category };
  }
  return best;
}

export interface FitResult {
  scores: Record<RuleId, number>;
  /** How many rows each fitted rule fired on: a score moved by few rows is mostly its prior. */
  support: Partial<Record<RuleId, number>>;
  loss: { before: number; after: number };
}

export function fitScores(rows: readonly FitRow[], start: Readonly<Record<RuleId, number>>, options: FitOptions): FitResult {
  const free = fittableRules();
  const index = new Map(free.map((id, i) => [id, i]));
  const base = free.map((id) => RULES[id].baseScore);
  // Every fit starts from the base scores (the prior), so its result does not depend on an earlier fit.
  const s = [...base];
  const m = new Float64Array(free.length);
  const v = new Float64Array(free.length);
  const support: Partial<Record<RuleId, number>> = {};
  const usable = rows.filter((r) => !r.forced);
  for (const row of usable) for (const rule of Object.keys(row.strengths)) if (isRuleId(rule) && index.has(rule)) support[rule] = (support[rule] ?? 0) + 1;

  const table = (): Record<RuleId, number> => {
    const out = { ...start } as Record<RuleId, number>;
    free.forEach((id, i) => (out[id] = s[i]));
    return out;
  };
  const { sharpness: k, falseCatchCost, priorStrength, maxFactor } = options;
  const lossAndGradient = (grad: Float64Array | undefined): number => {
    const scores = table();
    let loss = 0;
    for (const row of usable) {
      const { value, category } = margin(row, scores, options.flagLevels);
      const weight = row.catch ? 1 : falseCatchCost;
      const z = k * (row.catch ? value : value + options.okMargin);
      // Cross-entropy of sigmoid(z) against the label, computed stably.
      loss += weight * (row.catch ? softplus(-z) : softplus(z));
      if (!grad || category === undefined) continue;
      const dz = weight * (sigmoid(z) - (row.catch ? 1 : 0)) * k;
      const level = options.flagLevels[category] as number;
      for (const [rule, strength] of Object.entries(row.strengths) as [RuleId, number][]) {
        const i = index.get(rule);
        if (i === undefined || RULES[rule].category !== category) continue;
        grad[i] += (dz * strength) / level;
      }
    }
    for (let i = 0; i < free.length; i++) {
      const d = (s[i] - base[i]) / base[i];
      loss += priorStrength * d * d;
      if (grad) grad[i] += (2 * priorStrength * d) / base[i];
    }
    return loss;
  };

  const before = lossAndGradient(undefined);
  const rate = 0.01;
  for (let t = 1; t <= options.iterations; t++) {
    const grad = new Float64Array(free.length);
    lossAndGradient(grad);
    for (let i = 0; i < free.length; i++) {
      m[i] = 0.9 * m[i] + 0.1 * grad[i];
      v[i] = 0.999 * v[i] + 0.001 * grad[i] * grad[i];
      const step = (rate * (m[i] / (1 - 0.9 ** t))) / (Math.sqrt(v[i] / (1 - 0.999 ** t)) + 1e-8);
      s[i] = Math.min(maxFactor * base[i], Math.max(0, s[i] - step));
    }
  }
  for (let i = 0; i < free.length; i++) s[i] = Math.round(s[i] * 100) / 100;
  return { scores: table(), support, loss: { before, after: lossAndGradient(undefined) } };
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function softplus(z: number): number {
  return z > 30 ? z : Math.log1p(Math.exp(z));
}
