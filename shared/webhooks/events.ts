import { createHash } from 'node:crypto';
import type { Comment, CommentStatus, Review } from '../comments/comment.ts';
import type { Decision, Outcome } from '../engine/types.ts';

// The events a site's webhooks receive. Each is built from what is stored (the comment and
// its decision or review), so a retried moderation message or a redelivery builds the same
// event with the same id: receivers deduplicate on `id`.

export const WEBHOOK_EVENT_TYPES = ['comment.decided', 'comment.moderated', 'comment.erased'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Who decided, as a blog is told: moderators' user names stay in the audit trail. */
export type DecidedBy = 'engine' | 'moderator';

export interface WebhookEventData {
  commentId: string;
  postId: string;
  parentId: string | null;
  externalId: string | null;
  status: CommentStatus;
  /** The engine's outcome, or the moderator's action as an outcome (approve, reject). */
  outcome: Outcome | null;
  /** The engine's reasons without their text spans. */
  reasons: Array<{ rule: string; category: string; contribution: number; detail: string }>;
  policyVersion: string | null;
  modelVersion: string | null;
  decidedBy: DecidedBy | null;
  /** A moderator's reject reason, when they gave one. */
  rejectReason: string | null;
  /** The comment's revision this event describes: later events carry higher revisions. */
  revision: number;
}

export interface WebhookEvent {
  id: string;
  type: WebhookEventType;
  /** When what the event reports happened (the decision, the review, the erasure). */
  createdAt: string;
  siteId: string;
  data: WebhookEventData;
}

/**
 * `evt_` + the event time in base 36 (so ids sort by time) + a hash of what makes the event
 * unique: the same fact always gets the same id.
 */
export const eventId = (type: WebhookEventType, commentId: string, revision: number, at: string): string => {
  const time = Date.parse(at).toString(36).padStart(9, '0');
  const digest = createHash('sha256').update(`${type}\n${commentId}\n${revision}`).digest('hex').slice(0, 12);
  return `evt_${time}${digest}`;
};

const reasonsOf = (decision: Decision | undefined): WebhookEventData['reasons'] =>
  (decision?.reasons ?? []).map(({ rule, category, contribution, detail }) => ({ rule, category, contribution, detail }));

const baseData = (comment: Comment) => ({
  commentId: comment.id,
  postId: comment.postId,
  parentId: comment.parentId ?? null,
  externalId: comment.externalId ?? null,
});

const build = (type: WebhookEventType, comment: Comment, at: string, data: WebhookEventData): WebhookEvent => ({
  id: eventId(type, comment.id, data.revision, at),
  type,
  createdAt: at,
  siteId: comment.siteId,
  data,
});

/** The engine decided `comment` (as stored before the decision, or after it: the same event). */
export const decidedEvent = (comment: Comment, decision: Decision, decidedAt: string, status: CommentStatus, revision: number): WebhookEvent =>
  build('comment.decided', comment, decidedAt, {
    ...baseData(comment),
    status,
    outcome: decision.outcome,
    reasons: reasonsOf(decision),
    policyVersion: decision.policyVersion,
    modelVersion: decision.modelVersion ?? null,
    decidedBy: 'engine',
    rejectReason: null,
    revision,
  });

/** The decided event of a comment the engine has already decided (a redelivered moderation message). */
export const storedDecisionEvent = (comment: Comment): WebhookEvent | undefined =>
  comment.decision && comment.decidedAt && !comment.review
    ? decidedEvent(comment, comment.decision, comment.decidedAt, comment.status, comment.revision)
    : undefined;

/** The author's personal data was erased from `comment` (as stored after the erasure, at its new revision). */
export const erasedEvent = (comment: Comment, at: string): WebhookEvent =>
  build('comment.erased', comment, at, {
    ...baseData(comment),
    status: comment.status,
    outcome: null,
    reasons: [],
    policyVersion: null,
    modelVersion: null,
    decidedBy: null,
    rejectReason: null,
    revision: comment.revision,
  });

/** A moderator moved `comment` (as it was before) to `status`. */
export const moderatedEvent = (comment: Comment, review: Review, status: CommentStatus, revision: number): WebhookEvent =>
  build('comment.moderated', comment, review.at, {
    ...baseData(comment),
    status,
    outcome: review.action,
    reasons: reasonsOf(comment.decision),
    policyVersion: comment.decision?.policyVersion ?? null,
    modelVersion: comment.decision?.modelVersion ?? null,
    decidedBy: 'moderator',
    rejectReason: review.reason ?? null,
    revision,
  });
