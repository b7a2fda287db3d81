import type { Comment, CommentStatus, Review } from '../comments/comment.ts';
import { authorKey } from '../engine/index.ts';
import { ConflictError, DomainError, NotFoundError } from '../errors.ts';
import { labelOfReview, type LabelClass, type RejectReason } from '../labels/labels.ts';
import type { AuditEntry, ReviewStatus } from '../store/review.ts';
import { canModerate, moderatorLabel, type Moderator } from './moderator.ts';
import { moderatedEvent, type WebhookEvent } from '../webhooks/events.ts';

/** A moderator's review as stored: with what it replaced, which is what an undo restores. */
export interface UndoableReview extends Review {
  /** The status before this decision. */
  from?: CommentStatus;
  /** The review this one replaced (kept one level deep: only the latest decision can be undone). */
  previous?: Review;
}

/** The review a decision stores: it remembers the comment's state before it, and nothing older. */
export const reviewReplacing = (comment: Comment, review: Review): UndoableReview => {
  const { from: _from, previous: _previous, ...before } = (comment.review ?? {}) as UndoableReview;
  return { ...review, from: comment.status, ...(comment.review ? { previous: before as Review } : {}) };
};

export interface DecidePorts {
  getComment(id: string): Promise<Comment | undefined>;
  applyReview(comment: Comment, to: ReviewStatus, review: Review, label?: LabelClass): Promise<boolean>;
  appendAudit(entry: AuditEntry): Promise<void>;
  moveAuthorCount(siteId: string, authorKey: string, from: CommentStatus, to: CommentStatus): Promise<void>;
  /** Queues the comment.moderated webhook event (shared/webhooks). */
  publish?(event: WebhookEvent): Promise<void>;
}

export interface DecideInput {
  moderator: Moderator;
  commentId: string;
  action: 'approve' | 'reject';
  /** Only with reject (the request schema refuses it with approve). */
  reason?: RejectReason;
  revision: number;
  note?: string;
  now: Date;
}

export interface Decided {
  id: string;
  status: ReviewStatus;
  revision: number;
}

const STATUS_OF_ACTION = { approve: 'approved', reject: 'rejected' } as const;

/**
 * One moderator decision. The comment write is conditional on the revision the moderator
 * saw, so a concurrent decision by someone else is reported (a ConflictError), never overwritten. The
 * audit entry and author history follow the winning write; each is idempotent enough to
 * retry (the audit key includes time and moderator).
 */
export const decideComment = async (input: DecideInput, ports: DecidePorts): Promise<Decided> => {
  const comment = await ports.getComment(input.commentId);
  if (!comment || !canModerate(input.moderator, comment.siteId)) {
    throw new NotFoundError('not_found', `No comment with id ${input.commentId} among the sites you moderate`);
  }
  const stale = () =>
    new ConflictError(
      'conflict',
      `Comment ${comment.id} changed since you loaded it (now ${comment.status}${comment.review ? `, decided by ${comment.review.by}` : ''}); reload and decide again`,
    );
  if (comment.labelSource === 'import') {
    throw new ConflictError(
      'imported',
      `Comment ${comment.id} is imported history (sieve learn import): it is kept for training, not moderated; import it again to change its label`,
    );
  }
  // A moderator decides what the engine has read. A pending comment has not been through the
  // engine: deciding it would skip the author's history, the flood and duplicate counters and the
  // learned model, none of which a later redelivery could record any more. Refused until then.
  if (comment.status === 'pending') {
    throw new ConflictError('still_pending', `Comment ${comment.id} has not been moderated by the engine yet; decide it once it has (usually within seconds)`);
  }
  if ((comment.revision ?? 0) !== input.revision) throw stale();

  const to = STATUS_OF_ACTION[input.action];
  const at = input.now.toISOString();
  const by = moderatorLabel(input.moderator);
  const reason = input.action === 'reject' && input.reason ? { reason: input.reason } : {};
  const note = input.note ? { note: input.note } : {};
  const review = reviewReplacing(comment, { by, action: input.action, ...reason, at, ...note });
  if (!(await ports.applyReview(comment, to, review, labelOfReview(input.action, input.reason)))) {
    const latest = await ports.getComment(comment.id);
    throw new ConflictError(
      'conflict',
      `Someone else decided comment ${comment.id} first${latest?.review ? ` (${latest.review.by}: ${latest.status})` : ''}; reload to see it`,
    );
  }
  await ports.appendAudit({ commentId: comment.id, at, by, action: input.action, ...reason, from: comment.status, to, ...note });
  const key = authorKey(comment.author);
  if (key) await ports.moveAuthorCount(comment.siteId, key, comment.status, to);
  await ports.publish?.(moderatedEvent(comment, review, to, (comment.revision ?? 0) + 1));
  return { id: comment.id, status: to, revision: (comment.revision ?? 0) + 1 };
};

export type BulkResult = ({ ok: true } & Decided) | { id: string; ok: false; error: { code: string; message: string } };

/** Acts on each item on its own: one id's refusal (an ApiError) is its result and never stops the others. */
export const eachOnItsOwn = async <I extends { id: string }>(items: readonly I[], act: (item: I) => Promise<Decided>): Promise<BulkResult[]> => {
  const results: BulkResult[] = [];
  for (const item of items) {
    try {
      results.push({ ok: true, ...(await act(item)) });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.push({ id: item.id, ok: false, error: { code: error.code, message: error.message } });
    }
  }
  return results;
};

/** Many decisions, each on its own. */
export const decideMany = (
  input: Omit<DecideInput, 'commentId' | 'revision'> & { items: Array<{ id: string; revision: number }> },
  ports: DecidePorts,
): Promise<BulkResult[]> => eachOnItsOwn(input.items, (item) => decideComment({ ...input, commentId: item.id, revision: item.revision }, ports));

/** The stores that serve a decision, as DecidePorts. */
export const decidePortsOf = (
  comments: { get(id: string): Promise<Comment | undefined> },
  review: Omit<DecidePorts, 'getComment' | 'publish'>,
  publish?: DecidePorts['publish'],
): DecidePorts => ({
  ...(publish ? { publish } : {}),
  getComment: (id) => comments.get(id),
  applyReview: (c, to, r, label) => review.applyReview(c, to, r, label),
  appendAudit: (e) => review.appendAudit(e),
  moveAuthorCount: (s, a, f, t) => review.moveAuthorCount(s, a, f, t),
});
