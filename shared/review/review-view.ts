import type { Comment } from '../comments/comment.ts';
import type { UndoableReview } from './decide.ts';

const publicReview = ({ from: _from, previous: _previous, ...review }: UndoableReview) => review;

/** What a moderator sees of a comment: everything needed to decide, but no e-mail or IP. */
export const reviewItemView = (c: Comment) => ({
  id: c.id,
  siteId: c.siteId,
  postId: c.postId,
  parentId: c.parentId ?? null,
  text: c.text,
  author: { name: c.author.name, ...(c.author.id ? { id: c.author.id } : {}), ...(c.author.url ? { url: c.author.url } : {}) },
  createdAt: c.createdAt,
  status: c.status,
  revision: c.revision ?? 0,
  ...(c.decidedAt ? { decidedAt: c.decidedAt } : {}),
  ...(c.decision
    ? {
        decision: {
          outcome: c.decision.outcome,
          by: c.decision.by,
          policyVersion: c.decision.policyVersion,
          ...(c.decision.modelVersion ? { modelVersion: c.decision.modelVersion } : {}),
          scores: c.decision.scores,
          reasons: c.decision.reasons,
        },
      }
    : {}),
  // What a decision replaced is kept for undo (shared/review/undo.ts), not shown.
  ...(c.review ? { review: publicReview(c.review) } : {}),
  // Readers' reports (shared/reports): how many, why, and the latest notes.
  ...(c.reports ? { reports: c.reports } : {}),
  // What the site's model learns from this comment (see shared/labels).
  ...(c.label ? { label: c.label, labelSource: c.labelSource, labelledAt: c.labelledAt ?? c.createdAt } : {}),
});

export const threadItemView = (c: Comment) => ({
  id: c.id,
  parentId: c.parentId ?? null,
  author: { name: c.author.name },
  text: c.text,
  status: c.status,
  createdAt: c.createdAt,
});
