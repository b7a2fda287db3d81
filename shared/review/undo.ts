import type { Comment, CommentStatus, Review } from '../comments/comment.ts';
import { authorKey } from '../engine/index.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { labelOfReview, type LabelClass } from '../labels/labels.ts';
import type { AuditEntry, ReviewStatus } from '../store/review.ts';
import { eachOnItsOwn, type BulkResult, type Decided, type UndoableReview } from './decide.ts';
import { canModerate, moderatorLabel, type Moderator } from './moderator.ts';

// Undo, as WordPress offers it after "Trash": a moderator may take back their own latest
// decision on a comment for a short while. A decision remembers what it replaced (the status
// and the review before it), so an undo is one conditional write back to that state, with
// its own audit entry; the revision still moves forward, so anyone who loaded the decided
// comment is told it changed.

/** How long after deciding a moderator may undo: the console offers it for seconds; this covers a slow or offline resend. */
export const UNDO_WINDOW_MS = 10 * 60_000;

export interface UndoPorts {
  getComment(id: string): Promise<Comment | undefined>;
  revertReview(comment: Comment, to: ReviewStatus, previous: Review | undefined, at: string, label?: LabelClass): Promise<boolean>;
  appendAudit(entry: AuditEntry): Promise<void>;
  moveAuthorCount(siteId: string, authorKey: string, from: CommentStatus, to: CommentStatus): Promise<void>;
}

export interface UndoInput {
  moderator: Moderator;
  commentId: string;
  /** The revision the moderator's decision produced: an undo never reverts a later change. */
  revision: number;
  now: Date;
}

const isReviewStatus = (status: CommentStatus | undefined): status is ReviewStatus => status === 'flagged' || status === 'rejected' || status === 'approved';

export const undoDecision = async (input: UndoInput, ports: UndoPorts): Promise<Decided> => {
  const comment = await ports.getComment(input.commentId);
  if (!comment || !canModerate(input.moderator, comment.siteId)) {
    throw new NotFoundError('not_found', `No comment with id ${input.commentId} among the sites you moderate`);
  }
  const by = moderatorLabel(input.moderator);
  const review = comment.review as UndoableReview | undefined;
  if (!review || review.by !== by || !isReviewStatus(review.from)) {
    throw new ConflictError('not_undoable', `Comment ${comment.id}'s latest decision is not one of yours that can be undone${review ? ` (it is ${review.by}'s ${review.action})` : ''}`);
  }
  if ((comment.revision ?? 0) !== input.revision) {
    throw new ConflictError('conflict', `Comment ${comment.id} changed since your decision (now ${comment.status}); reload to see it`);
  }
  const age = input.now.getTime() - Date.parse(review.at);
  if (age > UNDO_WINDOW_MS) {
    throw new ConflictError('undo_expired', `Your decision on comment ${comment.id} was ${Math.round(age / 60_000)} minutes ago; it can be undone for ${UNDO_WINDOW_MS / 60_000} minutes`);
  }
  const to = review.from;
  const at = input.now.toISOString();
  const previous = review.previous;
  // The label goes back with the review: a restored moderator decision teaches what it taught; the engine's own decision teaches nothing until reviewed again.
  const label = previous ? labelOfReview(previous.action, previous.reason) : undefined;
  if (!(await ports.revertReview(comment, to, previous, at, label))) {
    throw new ConflictError('conflict', `Someone else changed comment ${comment.id} first; reload to see it`);
  }
  await ports.appendAudit({ commentId: comment.id, at, by, action: 'undo', from: comment.status, to });
  const key = authorKey(comment.author);
  if (key) await ports.moveAuthorCount(comment.siteId, key, comment.status, to);
  return { id: comment.id, status: to, revision: (comment.revision ?? 0) + 1 };
};

/** Undoes each item on its own: a bulk decision is undone as the bulk it was. */
export const undoMany = (input: Omit<UndoInput, 'commentId' | 'revision'> & { items: Array<{ id: string; revision: number }> }, ports: UndoPorts): Promise<BulkResult[]> =>
  eachOnItsOwn(input.items, (item) => undoDecision({ ...input, commentId: item.id, revision: item.revision }, ports));

/** The stores that serve an undo, as UndoPorts. */
export const undoPortsOf = (comments: { get(id: string): Promise<Comment | undefined> }, review: Omit<UndoPorts, 'getComment'>): UndoPorts => ({
  getComment: (id) => comments.get(id),
  revertReview: (c, to, previous, at, label) => review.revertReview(c, to, previous, at, label),
  appendAudit: (e) => review.appendAudit(e),
  moveAuthorCount: (s, a, f, t) => review.moveAuthorCount(s, a, f, t),
});
