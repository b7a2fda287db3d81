// How a head's log-odds become points in its category's score. Beyond its catch threshold
// a head adds the flag level (1 point) and a little more the surer it is; beyond its clear
// threshold it takes as much away; in between it is unsure and says nothing. Capped, so the
// model alone never reaches a reject level, nor clears a comment the rules would reject.

/** Log-odds thresholds of one head, calibrated per site (null: the head never does that). */
export interface Thresholds {
  catchAt: number | null;
  clearAt: number | null;
}

/** The score a comment is flagged at by default (rules.ts: a typical hit weighs 1). */
export const FLAG_LEVEL = 1;
/** Points per unit of log-odds beyond a threshold. */
const SLOPE = 0.5;
const MAX_POINTS = 1.5;

export function learnedPoints(logit: number, { catchAt, clearAt }: Thresholds): number {
  let points = 0;
  if (catchAt !== null && logit >= catchAt) points = Math.min(MAX_POINTS, FLAG_LEVEL + SLOPE * (logit - catchAt));
  else if (clearAt !== null && logit <= clearAt) points = -Math.min(MAX_POINTS, FLAG_LEVEL + SLOPE * (clearAt - logit));
  return Math.round(points * 100) / 100;
}

/**
 * What a head's points do to a category the rules scored `ruleScore`: clearing takes back
 * at most what the rules gave (below that a negative score changes no outcome and would
 * only add a reason to every clean comment).
 */
export function pointsOver(ruleScore: number, points: number): number {
  return points < 0 ? Math.max(points, -Math.max(0, ruleScore)) : points;
}
