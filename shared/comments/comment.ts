import type { Decision, Outcome, Reason } from '../engine/types.ts';
import type { LabelClass, LabelSource, RejectReason } from '../labels/labels.ts';
import type { Submission } from './submission.ts';
import type { CommentViewBody, PublicCommentBody } from '../api/response-schemas.ts';

export interface StoredClient {
  ipHash?: string;
  userAgent?: string;
}

export type CommentStatus = 'pending' | 'approved' | 'flagged' | 'rejected';

export const STATUS_OF_OUTCOME: Record<Outcome, CommentStatus> = {
  approve: 'approved',
  flag: 'flagged',
  reject: 'rejected',
};

/** A comment as stored. Email and IP are personal data: kept for moderation, never logged. */
export interface Comment {
  id: string;
  siteId: string;
  postId: string;
  parentId?: string;
  externalId?: string;
  text: string;
  author: Submission['author'];
  /** What intake keeps of the client: its network as a salted hash (client-ip.ts), never the address. */
  client?: StoredClient;
  status: CommentStatus;
  /** ISO-8601 UTC with milliseconds: sorts lexicographically in keys. */
  createdAt: string;
  decidedAt?: string;
  decision?: StoredDecision;
  /** The latest moderator action, when a person has decided. */
  review?: Review;
  /**
   * Bumped by every decision (engine or moderator). A moderator's decision is conditional
   * on the revision they saw, so of two moderators deciding at once one wins and the other
   * is told.
   */
  revision: number;
  /** Rule ids and categories of the engine's reasons, top-level so queue filters can use them. */
  rules?: string[];
  categories?: string[];
  /** Hash of the submitted body, to tell an honest retry from a reused Idempotency-Key. */
  bodyHash: string;
  correlationId: string;
  /** The training label the comment carries, if any, who gave it and when (see shared/labels). */
  label?: LabelClass;
  labelSource?: LabelSource;
  /** Absent on an auto label, which is dated by createdAt (see store/table.ts). */
  labelledAt?: string;
  /** When the author's personal data was erased (shared/authors/personal-data.ts). */
  erasedAt?: string;
  /** What the site's model version in shadow would have decided, when one was (recorded, never acted on). */
  shadow?: ShadowDecision;
  /** What the site's policy version in shadow would have decided, when one was (recorded, never acted on). */
  policyShadow?: ShadowDecision;
  /** Readers' reports relayed by the blog (shared/reports). */
  reports?: CommentReports;
}

export interface CommentReports {
  count: number;
  reasons: Partial<Record<'spam' | 'abuse' | 'off_topic' | 'other', number>>;
  /** The latest readers' notes (a few). */
  notes: Array<{ at: string; reason: string; note: string }>;
  lastAt: string;
  /** The count when a moderator last decided: reports since then are new to moderators. */
  reviewed?: number;
  /** Taken off the post by the site's policy after its unpublishAfter reports. */
  unpublished?: boolean;
}

/** The shadow decisions recorded with a comment's decision: of a model version, of a policy version. */
export type ShadowDecisions = Pick<Comment, 'shadow' | 'policyShadow'>;

/**
 * A decision the engine made with the site's shadow model or policy beside the real one: kept
 * on the comment for `sieve shadow report`, it sets no status, label or author count.
 */
export interface ShadowDecision {
  /** The model version it was decided with; absent when the rules decided alone. */
  modelVersion?: string;
  policyVersion: string;
  outcome: Outcome;
  scores: Decision['scores'];
  /** Its reasons without their spans. */
  reasons: Array<Pick<Reason, 'rule' | 'category' | 'contribution' | 'detail'>>;
}

export interface Review {
  by: string;
  action: 'approve' | 'reject';
  /** Why a comment was rejected, when the moderator said (spam and abuse train the site's model). */
  reason?: RejectReason;
  note?: string;
  at: string;
}

export interface StoredDecision extends Decision {
  /** `engine` for the worker; a moderator's id once people decide (review issue). */
  by: string;
}

export const newComment = (input: {
  id: string;
  siteId: string;
  submission: Submission;
  bodyHash: string;
  now: Date;
  correlationId: string;
  /** The salted hash of `submission.client.ip`, when there is one: the address itself is not kept. */
  ipHash?: string;
}): Comment => {
  const { submission: s } = input;
  const client: StoredClient = {
    ...(input.ipHash ? { ipHash: input.ipHash } : {}),
    ...(s.client?.userAgent ? { userAgent: s.client.userAgent } : {}),
  };
  return {
    id: input.id,
    siteId: input.siteId,
    postId: s.postId,
    ...(s.parentId ? { parentId: s.parentId } : {}),
    ...(s.externalId ? { externalId: s.externalId } : {}),
    text: s.text,
    author: s.author,
    ...(Object.keys(client).length ? { client } : {}),
    status: 'pending',
    revision: 0,
    createdAt: input.now.toISOString(),
    bodyHash: input.bodyHash,
    correlationId: input.correlationId,
  };
};

/**
 * Who decided, as the blog may see it: the engine, or "moderator" for any person. A moderator's
 * user name stays in the audit trail and the console; the blog is a third party to it.
 */
export const publicDecider = (by: string): 'engine' | 'moderator' => (by === 'engine' ? 'engine' : 'moderator');

/** What a site sees of its own comment: no email, no IP, no moderator's name. */
export const commentView = (c: Comment): CommentViewBody => ({
  id: c.id,
  status: c.status,
  postId: c.postId,
  ...(c.parentId ? { parentId: c.parentId } : {}),
  ...(c.externalId ? { externalId: c.externalId } : {}),
  text: c.text,
  author: { name: c.author.name, ...(c.author.id ? { id: c.author.id } : {}), ...(c.author.url ? { url: c.author.url } : {}) },
  createdAt: c.createdAt,
  ...(c.erasedAt ? { erasedAt: c.erasedAt } : {}),
  ...(c.decision
    ? {
        decidedAt: c.decidedAt,
        decision: {
          outcome: c.decision.outcome,
          reasons: c.decision.reasons,
          scores: c.decision.scores,
          policyVersion: c.decision.policyVersion,
          ...(c.decision.modelVersion ? { modelVersion: c.decision.modelVersion } : {}),
          by: publicDecider(c.decision.by),
        },
      }
    : {}),
  ...(c.review ? { review: { by: publicDecider(c.review.by), action: c.review.action, ...(c.review.reason ? { reason: c.review.reason } : {}), at: c.review.at } } : {}),
});

/** What the public listing of a post shows. */
export const publicCommentView = (c: Comment): PublicCommentBody => ({
  id: c.id,
  postId: c.postId,
  parentId: c.parentId ?? null,
  author: { name: c.author.name, ...(c.author.id ? { id: c.author.id } : {}), ...(c.author.url ? { url: c.author.url } : {}) },
  text: c.text,
  createdAt: c.createdAt,
});
