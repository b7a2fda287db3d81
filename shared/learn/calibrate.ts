// Chooses from which log-odds a head catches and from which it clears, for one site: on
// cross-validated log-odds of the site's own labels, the pair whose combined decision
// (rules plus head) costs least, a false catch counting falseCatchCost misses. Counted per
// comment, as F1 and the false-catch rate count them (training weighs the classes alike
// instead, so that a small group is learned at all). Ties go to the more cautious pair.

import { FLAG_LEVEL, learnedPoints, pointsOver, type Thresholds } from './points.ts';

export interface HeadExample {
  /** The head's log-odds from a fit that did not see this example. */
  logit: number;
  /** Labelled as the head's group (else ok). */
  inGroup: boolean;
  /** What the rules alone made of it. */
  rulesCaught: boolean;
  /** The rules' score in the head's category. */
  ruleScore: number;
}

/** The share of a site's labels a head must save (in misses) before it speaks. */
const MIN_GAIN_SHARE = 0.005;

// Most cautious first: null means never.
const CATCH_AT: readonly (number | null)[] = [null, 4, 3, 2, 1.5, 1, 0.5, 0, -0.5, -1];
const CLEAR_AT: readonly (number | null)[] = [null, -6, -4, -3, -2, -1.5, -1, -0.5, 0];

export function calibrate(examples: readonly HeadExample[], falseCatchCost: number): Thresholds {
  const cost = (thresholds: Thresholds): number => {
    let misses = 0;
    let falseCatches = 0;
    for (const x of examples) {
      const total = x.ruleScore + pointsOver(x.ruleScore, learnedPoints(x.logit, thresholds));
      // Caught by another category of the rules (a duplicate, the author), or by this one's total.
      const caught = (x.rulesCaught && x.ruleScore < FLAG_LEVEL) || total >= FLAG_LEVEL;
      if (x.inGroup && !caught) misses++;
      else if (!x.inGroup && caught) falseCatches++;
    }
    return misses + falseCatchCost * falseCatches;
  };

  let best: Thresholds = { catchAt: null, clearAt: null };
  // A head speaks only if that would have saved more than chance differences between folds.
  let bestCost = cost(best) - minimumGain(examples.length, falseCatchCost);
  for (const catchAt of CATCH_AT) {
    for (const clearAt of CLEAR_AT) {
      if (catchAt !== null && clearAt !== null && clearAt > catchAt) continue;
      const candidate = { catchAt, clearAt };
      const c = cost(candidate);
      if (c < bestCost) {
        best = candidate;
        bestCost = c;
      }
    }
  }
  return best;
}

/** MIN_GAIN_SHARE of the examples' worth of misses, and at least one false catch's. */
function minimumGain(examples: number, falseCatchCost: number): number {
  return Math.max(falseCatchCost, MIN_GAIN_SHARE * examples);
}
