// Two decisions of the same comments compared: the decision made (or the current policy's) and
// another one (a shadow version's, a proposed policy's). Counts each side's outcomes, counts the
// flips by direction ("approve->flag") and keeps every flipped comment with its text and both
// decisions. `policy backtest` and `shadow report` both tally this way; only where the two
// decisions come from differs.

import type { Outcome, Reason } from '../engine/types.ts';

export type OutcomeCounts = Record<Outcome, number>;

export const OUTCOMES: readonly Outcome[] = ['approve', 'flag', 'reject'];

const SEVERITY: Record<Outcome, number> = { approve: 0, flag: 1, reject: 2 };

export type ReasonSummary = Pick<Reason, 'rule' | 'category' | 'detail'>;

/** What a tally reads of a decision: its outcome and its reasons, the driving one first. */
export interface DecisionLike {
  outcome: Outcome;
  reasons: readonly ReasonSummary[];
}

export interface Flip {
  id: string;
  text: string;
  from: Outcome;
  to: Outcome;
  /** Why the stricter of the two decisions was taken: its first (driving) reason. */
  reason?: ReasonSummary;
  /** Each side's driving reason, when it had one. */
  fromReason?: ReasonSummary;
  toReason?: ReasonSummary;
}

export interface FlipSummary<F extends Flip = Flip> {
  comments: number;
  from: OutcomeCounts;
  to: OutcomeCounts;
  /** Flips per direction, e.g. {"approve->flag": 3}. */
  flipCounts: Record<string, number>;
  flips: F[];
}

const zero = (): OutcomeCounts => ({ approve: 0, flag: 0, reject: 0 });

const summaryOf = (reason: ReasonSummary | undefined): ReasonSummary | undefined =>
  reason ? { rule: reason.rule, category: reason.category, detail: reason.detail } : undefined;

/** The flip of one comment between two decisions, or undefined when both decide alike. */
export const flipOf = (comment: { id: string; text: unknown }, from: DecisionLike, to: DecisionLike): Flip | undefined => {
  if (from.outcome === to.outcome) return undefined;
  const [fromReason, toReason] = [summaryOf(from.reasons[0]), summaryOf(to.reasons[0])];
  const reason = SEVERITY[to.outcome] >= SEVERITY[from.outcome] ? toReason : fromReason;
  return {
    id: comment.id,
    text: typeof comment.text === 'string' ? comment.text : String(comment.text),
    from: from.outcome,
    to: to.outcome,
    ...(reason ? { reason } : {}),
    ...(fromReason ? { fromReason } : {}),
    ...(toReason ? { toReason } : {}),
  };
};

/** Tallies comment after comment; `extend` adds what a report shows beside a flip (a time, a moderator). */
export class FlipTally<F extends Flip = Flip> {
  readonly #summary: FlipSummary<F> = { comments: 0, from: zero(), to: zero(), flipCounts: {}, flips: [] };

  add(comment: { id: string; text: unknown }, from: DecisionLike, to: DecisionLike, extend: (flip: Flip) => F = (flip) => flip as F): void {
    const s = this.#summary;
    s.comments++;
    s.from[from.outcome]++;
    s.to[to.outcome]++;
    const flip = flipOf(comment, from, to);
    if (!flip) return;
    const direction = `${flip.from}->${flip.to}`;
    s.flipCounts[direction] = (s.flipCounts[direction] ?? 0) + 1;
    s.flips.push(extend(flip));
  }

  get summary(): FlipSummary<F> {
    return this.#summary;
  }
}
