// A policy change, tried before it is switched on: replay comments in time order through
// the engine under the current and the proposed policy, and report how the outcomes move
// and which comments change decision. Each policy gets its own stream context (duplicates,
// floods, author history), because a different decision on one comment changes what the
// author's history says for the next. Each side may have a learned model too: the site's
// active one as the worker runs it, and a proposed model version or file.

import { contextQuery, evaluate, type CommentInput, type ContextSource, type Decision, type Policy } from '../engine/index.ts';
import type { LearnedModel } from '../learn/index.ts';
import { FlipTally, type Flip, type OutcomeCounts } from './flip-tally.ts';

export type { Flip, OutcomeCounts };

export interface BacktestResult {
  comments: number;
  current: OutcomeCounts;
  proposed: OutcomeCounts;
  /** Flips per direction, e.g. {"approve->flag": 3}. */
  flipCounts: Record<string, number>;
  /** Every comment whose decision flips, with its text and both decisions (from: current, to: proposed). */
  flips: Flip[];
  /** Comments the engine could not evaluate, with the error; they count in neither column. */
  failures: Array<{ id: string; problem: string }>;
}

const decide = async (comment: CommentInput, policy: Policy, context: ContextSource, model: LearnedModel | undefined): Promise<Decision> => {
  const query = contextQuery(comment, policy);
  const decision = evaluate(comment, await context.lookup(query), policy, model);
  await context.record(query, decision.outcome);
  return decision;
};

export async function backtest(
  comments: AsyncIterable<CommentInput> | Iterable<CommentInput>,
  policies: { current: Policy; proposed: Policy },
  newContext: () => ContextSource,
  onComment?: (seen: number) => void,
  models: { current?: LearnedModel | undefined; proposed?: LearnedModel | undefined } = {},
): Promise<BacktestResult> {
  const contexts = { current: newContext(), proposed: newContext() };
  const tally = new FlipTally();
  const failures: BacktestResult['failures'] = [];
  let seen = 0;
  for await (const comment of comments) {
    seen++;
    onComment?.(seen);
    let before: Decision;
    let after: Decision;
    try {
      before = await decide(comment, policies.current, contexts.current, models.current);
      after = await decide(comment, policies.proposed, contexts.proposed, models.proposed);
    } catch (error) {
      failures.push({ id: comment.id, problem: (error as Error).message });
      continue;
    }
    tally.add(comment, before, after);
  }
  const { from, to, flipCounts, flips } = tally.summary;
  return { comments: seen, current: from, proposed: to, flipCounts, flips, failures };
}
