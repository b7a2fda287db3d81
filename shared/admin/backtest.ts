// A policy change, tried before it is switched on: replay comments in time order through
// the engine under the current and the proposed policy, and report how the outcomes move
// and which comments change decision. Each policy gets its own stream context (duplicates,
// floods, author history), because a different decision on one comment changes what the
// author's history says for the next. Each side may have a learned model too: the site's
// active one as the worker runs it, and a proposed model version or file.

import {
  contextQuery,
  evaluate,
  type CommentInput,
  type ContextSource,
  type Decision,
  type Outcome,
  type Policy,
  type Reason,
} from '../engine/index.ts';
import type { LearnedModel } from '../learn/index.ts';

export type OutcomeCounts = Record<Outcome, number>;

export interface Flip {
  id: string;
  from: Outcome;
  to: Outcome;
  /** Why the stricter of the two decisions was taken: its first (driving) reason. */
  reason?: Pick<Reason, 'rule' | 'category' | 'detail'>;
}

export interface BacktestResult {
  comments: number;
  current: OutcomeCounts;
  proposed: OutcomeCounts;
  flips: Flip[];
  /** Comments the engine could not evaluate, with the error; they count in neither column. */
  failures: Array<{ id: string; problem: string }>;
}

const SEVERITY: Record<Outcome, number> = { approve: 0, flag: 1, reject: 2 };

const emptyCounts = (): OutcomeCounts => ({ approve: 0, flag: 0, reject: 0 });

const decide = async (comment: CommentInput, policy: Policy, context: ContextSource, model: LearnedModel | undefined): Promise<Decision> => {
  const query = contextQuery(comment, policy);
  const decision = evaluate(comment, await context.lookup(query), policy, model);
  await context.record(query, decision.outcome);
  return decision;
};

const flipOf = (id: string, before: Decision, after: Decision): Flip => {
  const stricter = SEVERITY[after.outcome] >= SEVERITY[before.outcome] ? after : before;
  const top = stricter.reasons[0];
  return { id, from: before.outcome, to: after.outcome, ...(top ? { reason: { rule: top.rule, category: top.category, detail: top.detail } } : {}) };
};

export async function backtest(
  comments: AsyncIterable<CommentInput> | Iterable<CommentInput>,
  policies: { current: Policy; proposed: Policy },
  newContext: () => ContextSource,
  onComment?: (seen: number) => void,
  models: { current?: LearnedModel | undefined; proposed?: LearnedModel | undefined } = {},
): Promise<BacktestResult> {
  const contexts = { current: newContext(), proposed: newContext() };
  const result: BacktestResult = { comments: 0, current: emptyCounts(), proposed: emptyCounts(), flips: [], failures: [] };
  for await (const comment of comments) {
    result.comments++;
    onComment?.(result.comments);
    let before: Decision;
    let after: Decision;
    try {
      before = await decide(comment, policies.current, contexts.current, models.current);
      after = await decide(comment, policies.proposed, contexts.proposed, models.proposed);
    } catch (error) {
      result.failures.push({ id: comment.id, problem: (error as Error).message });
      continue;
    }
    result.current[before.outcome]++;
    result.proposed[after.outcome]++;
    if (before.outcome !== after.outcome) result.flips.push(flipOf(comment.id, before, after));
  }
  return result;
}
