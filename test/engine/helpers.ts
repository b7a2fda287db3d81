import { DEFAULT_POLICY, EMPTY_CONTEXT, evaluate } from '../../shared/engine/index.ts';
import type { CommentInput, ContextFacts, Decision, Policy } from '../../shared/engine/index.ts';

export const AT = Date.UTC(2026, 0, 15, 12, 0, 0);

export function comment(text: string, extra: Partial<CommentInput> = {}): CommentInput {
  return { id: 'c1', text, createdAt: AT, ...extra };
}

export function judge(text: string, facts: ContextFacts = EMPTY_CONTEXT, policy: Policy = DEFAULT_POLICY, extra: Partial<CommentInput> = {}): Decision {
  return evaluate(comment(text, extra), facts, policy);
}

export function facts(partial: { byAnyone?: number; byAuthor?: number; recentByOthers?: number; authorRecent?: number; ipRecent?: number; approved?: number; rejected?: number; flagged?: number }): ContextFacts {
  return {
    ...(partial.ipRecent === undefined ? {} : { ipRecent: partial.ipRecent }),
    sameText: { byAnyone: partial.byAnyone ?? 0, byAuthor: partial.byAuthor ?? 0, recentByOthers: partial.recentByOthers ?? 0 },
    authorRecent: partial.authorRecent ?? 0,
    authorHistory: { approved: partial.approved ?? 0, rejected: partial.rejected ?? 0, flagged: partial.flagged ?? 0 },
  };
}

/** The original characters each reason of a category points at. */
export function spanTexts(text: string, decision: Decision, category?: string): string[] {
  return decision.reasons
    .filter((r) => category === undefined || r.category === category)
    .flatMap((r) => r.spans.map(([s, e]) => text.slice(s, e)));
}

export function rules(decision: Decision): string[] {
  return decision.reasons.map((r) => r.rule);
}
