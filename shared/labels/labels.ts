// Training labels: what a site's learned model is taught from. A label is data stored on
// the comment it describes (never a second copy of the text) and outlives every model
// trained from it. Three sources write labels:
//
// - moderators: approve is "ok"; reject with reason "spam" or "abuse" labels the comment so,
//   reject with "other" (or with no reason, as older clients send) labels nothing;
// - an import of the history a site brings (`sieve learn import`);
// - the engine's own confident approvals ("auto"): a comment approved while every category
//   scored below AUTO_LABEL.maxScore. It counts as "ok" once AUTO_LABEL.windowMs passed
//   without a moderator overturning it (a later moderator decision replaces the label), and a
//   trainer caps such labels to a share of its training set (selectTrainingLabels).

import type { Comment } from '../comments/comment.ts';
import { isRuleId, RULES } from '../engine/rules.ts';
import type { Decision } from '../engine/types.ts';
import { HEADS, OK_LABEL, type LabelGroup } from '../learn/labels.ts';

/** The classes a label can name: the learned model's groups. */
export type LabelClass = LabelGroup;
export const LABEL_CLASSES: readonly LabelClass[] = [OK_LABEL, ...HEADS];

export const LABEL_SOURCES = ['moderator', 'import', 'auto'] as const;
export type LabelSource = (typeof LABEL_SOURCES)[number];

/** Why a moderator rejected a comment: a head's name trains that head, "other" trains nothing. */
export const REJECT_REASONS = [...HEADS, 'other'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export type ModeratorAction = 'approve' | 'reject';

/** The label a moderator's decision gives, or undefined when it teaches nothing. */
export const labelOfReview = (action: ModeratorAction, reason?: RejectReason): LabelClass | undefined => {
  if (action === 'approve') return OK_LABEL;
  return reason === 'spam' || reason === 'abuse' ? reason : undefined;
};

export const AUTO_LABEL = {
  /** Every category of an approval must score below this, with and without the learned model's points. */
  maxScore: 0.3,
  /** How long moderators have to overturn an approval before it counts as "ok". */
  windowMs: 3 * 24 * 60 * 60 * 1000,
  /** The most of a training set auto labels may make up (a trainer's default). */
  shareCap: 0.5,
} as const;

const isLearned = (rule: string): boolean => isRuleId(rule) && RULES[rule].kind === 'learned';

/**
 * "ok" for an engine approval confident enough to learn from. The rules alone must find it
 * clean too: a comment only the learned model cleared would otherwise teach the model what it
 * already believes.
 */
export const autoLabelOf = (decision: Pick<Decision, 'outcome' | 'scores' | 'reasons'>): LabelClass | undefined => {
  if (decision.outcome !== 'approve') return undefined;
  const learned: Record<string, number> = {};
  for (const reason of decision.reasons) if (isLearned(reason.rule)) learned[reason.category] = (learned[reason.category] ?? 0) + reason.contribution;
  for (const [category, score] of Object.entries(decision.scores)) {
    if (score === undefined) continue;
    if (score >= AUTO_LABEL.maxScore || score - (learned[category] ?? 0) >= AUTO_LABEL.maxScore) return undefined;
  }
  return OK_LABEL;
};

/** The label fields a labelled comment carries (top-level attributes of its item; see store/table.ts). */
export interface StoredLabel {
  label: LabelClass;
  labelSource: LabelSource;
  /** ISO-8601 UTC; the sort key of the site's label index. */
  labelledAt: string;
}

export type LabelledComment = Comment & StoredLabel;
