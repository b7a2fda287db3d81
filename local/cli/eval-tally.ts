// Scores decisions against labels. A comment labelled "ok" should be approved; any other
// label means it should be caught, and both flag and reject count as caught (a flagged
// comment never goes live). Pure and incremental, so 100k lines need no second pass.

import type { Decision, Outcome } from '../../shared/engine/index.ts';
import { OK_LABEL } from '../../shared/learn/labels.ts';

export { OK_LABEL };
export const OUTCOMES: readonly Outcome[] = ['approve', 'flag', 'reject'];

export interface WrongDecision {
  id: string;
  label: string;
  decision: Outcome;
  /** Rules that fired, in the decision's order. */
  rules: string[];
  text: string;
}

export interface LabelFigures {
  total: number;
  /** Flagged or rejected. For "ok" these are false catches. */
  caught: number;
  /** caught / total: recall for a label that should be caught, false-catch rate for "ok". */
  caughtShare: number;
}

export interface EvalReport {
  comments: number;
  shouldCatch: number;
  shouldPass: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  /** null when undefined (nothing caught / nothing to catch). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Share of "ok" comments that were caught. */
  falseCatchRate: number | null;
  /** label -> decision -> count. */
  confusion: Record<string, Record<Outcome, number>>;
  perLabel: Record<string, LabelFigures>;
  /** How many false catches / misses each rule fired on, most frequent first. */
  rulesOnFalseCatches: Record<string, number>;
  rulesOnMisses: Record<string, number>;
  falseCatches: WrongDecision[];
  misses: WrongDecision[];
  policyVersions: string[];
  /** The learned models that spoke in the decisions (none without --model). */
  modelVersions: string[];
}

/** Stands in for a rule name when a missed comment produced no signal at all. */
export const NO_RULE = '(no rule fired)';

export class EvalTally {
  private readonly confusion = new Map<string, Record<Outcome, number>>();
  private readonly rulesOnFalseCatches = new Map<string, number>();
  private readonly rulesOnMisses = new Map<string, number>();
  private readonly falseCatches: WrongDecision[] = [];
  private readonly misses: WrongDecision[] = [];
  private readonly policyVersions = new Set<string>();
  private readonly modelVersions = new Set<string>();

  add(comment: { id: string; text: string; label: string }, decision: Decision): void {
    const { label } = comment;
    const row = this.confusion.get(label) ?? { approve: 0, flag: 0, reject: 0 };
    row[decision.outcome]++;
    this.confusion.set(label, row);
    this.policyVersions.add(decision.policyVersion);
    if (decision.modelVersion !== undefined) this.modelVersions.add(decision.modelVersion);

    const shouldCatch = label !== OK_LABEL;
    const caught = decision.outcome !== 'approve';
    if (shouldCatch === caught) return;
    const rules = [...new Set(decision.reasons.map((r) => r.rule))];
    const wrong: WrongDecision = { id: comment.id, label, decision: decision.outcome, rules, text: comment.text };
    if (caught) {
      this.falseCatches.push(wrong);
      countAll(this.rulesOnFalseCatches, rules);
    } else {
      this.misses.push(wrong);
      countAll(this.rulesOnMisses, rules.length > 0 ? rules : [NO_RULE]);
    }
  }

  report(): EvalReport {
    const confusion = Object.fromEntries([...this.confusion].sort(byLabel));
    const perLabel: Record<string, LabelFigures> = {};
    let shouldCatch = 0;
    let shouldPass = 0;
    let truePositives = 0;
    let falsePositives = 0;
    for (const [label, row] of Object.entries(confusion)) {
      const total = row.approve + row.flag + row.reject;
      const caught = row.flag + row.reject;
      perLabel[label] = { total, caught, caughtShare: caught / total };
      if (label === OK_LABEL) {
        shouldPass += total;
        falsePositives += caught;
      } else {
        shouldCatch += total;
        truePositives += caught;
      }
    }
    const falseNegatives = shouldCatch - truePositives;
    const trueNegatives = shouldPass - falsePositives;
    const precision = ratio(truePositives, truePositives + falsePositives);
    const recall = ratio(truePositives, shouldCatch);
    const f1 = precision === null || recall === null || precision + recall === 0
      ? null
      : (2 * precision * recall) / (precision + recall);
    return {
      comments: shouldCatch + shouldPass,
      shouldCatch,
      shouldPass,
      truePositives,
      falsePositives,
      falseNegatives,
      trueNegatives,
      precision,
      recall,
      f1,
      falseCatchRate: ratio(falsePositives, shouldPass),
      confusion,
      perLabel,
      rulesOnFalseCatches: sortedCounts(this.rulesOnFalseCatches),
      rulesOnMisses: sortedCounts(this.rulesOnMisses),
      falseCatches: this.falseCatches,
      misses: this.misses,
      policyVersions: [...this.policyVersions],
      modelVersions: [...this.modelVersions],
    };
  }
}

function countAll(counts: Map<string, number>, keys: string[]): void {
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
}

function sortedCounts(counts: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

/** "ok" first, then the other labels alphabetically. */
function byLabel([a]: [string, unknown], [b]: [string, unknown]): number {
  if (a === b) return 0;
  if (a === OK_LABEL) return -1;
  if (b === OK_LABEL) return 1;
  return a.localeCompare(b);
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
