import type { Reason } from './api.ts';

// Reasons in a moderator's words. The engine's `detail` is already one plain sentence;
// this adds what kind of problem it is and where it was found.

const CATEGORY: Record<string, string> = {
  insult: 'Insult aimed at a person',
  threat: 'Threat',
  identity: 'Attack on identity',
  profanity: 'Profanity',
  spam: 'Spam',
  duplicate: 'Duplicate',
  flood: 'Posting too fast',
  author: 'Author signals',
};

const FIELD: Record<string, string> = {
  'author.name': 'in the author name',
  'author.url': 'in the author link',
};

export const CATEGORIES = Object.keys(CATEGORY);

export const categoryLabel = (category: string): string => CATEGORY[category] ?? category;

export interface ReasonText {
  heading: string;
  detail: string;
  where: string | null;
  rule: string;
}

export const describeReason = (reason: Reason): ReasonText => ({
  heading: categoryLabel(reason.category),
  detail: reason.detail,
  where: reason.field ? (FIELD[reason.field] ?? null) : null,
  rule: reason.rule,
});

const OUTCOME: Record<string, string> = { approve: 'approved it', flag: 'flagged it for review', reject: 'rejected it' };

/** "approved it", "flagged it for review": what the last decider did, to follow their name. */
export const outcomeText = (outcome: string): string => OUTCOME[outcome] ?? `decided "${outcome}"`;

/** Who decided, as a moderator reads it: the engine is "the filter", people by their name. */
export const actorName = (by: string): string => (by === 'engine' ? 'the filter' : by.replace(/^moderator:/, ''));
