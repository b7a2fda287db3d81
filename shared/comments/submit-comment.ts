import { ConflictError, invalidInput } from '../errors.ts';
import type { ModerationMessage } from '../queue/moderation-message.ts';
import { newComment, type Comment } from './comment.ts';
import { bodyFingerprint, freshCommentId, idempotentCommentId } from './ids.ts';
import { idempotencyKeySchema, submissionSchema } from './submission.ts';
import type { CreateResult } from '../store/comments.ts';
import { checkParent } from './parent.ts';

export interface SubmitPorts {
  create(comment: Comment): Promise<CreateResult>;
  /** A stored comment by id (a reply's parent). */
  get(id: string): Promise<Comment | undefined>;
  /** The key a client IP is counted by (client-ip.ts); the address goes no further. */
  hashIp(siteId: string, ip: string): Promise<string>;
  /** Counts a submission of the site and refuses it beyond the site's limit (intake-limit.ts). */
  admit(siteId: string, now: Date): Promise<void>;
  enqueue(message: ModerationMessage): Promise<void>;
}

export interface SubmitInput {
  siteId: string;
  body: unknown;
  idempotencyKey?: string;
  now: Date;
  randomBytes: Buffer;
  correlationId: string;
}

export interface SubmitOutcome {
  comment: Comment;
  /** True when this request repeated an earlier one and created nothing. */
  replayed: boolean;
}

/**
 * Accepts a comment: validate, store as pending (durable), then queue it. The caller may
 * answer 202 only after this resolves. A retry of the same request (same Idempotency-Key
 * or externalId) finds the stored comment, re-queues it if it is still pending (the first
 * attempt may have died between the write and the send; the worker is idempotent) and
 * creates nothing new. With both, externalId decides which comment it is (see below).
 */
export const submitComment = async (input: SubmitInput, ports: SubmitPorts): Promise<SubmitOutcome> => {
  // Every attempt counts, valid or not: a client looping on a bad request is still load.
  await ports.admit(input.siteId, input.now);
  const parsed = submissionSchema.safeParse(input.body);
  if (!parsed.success) throw invalidInput('comment', parsed.error);
  const submission = parsed.data;
  if (submission.parentId) await checkParent({ siteId: input.siteId, postId: submission.postId, parentId: submission.parentId }, ports.get);

  // externalId comes first: it is the comment's own name in the blog's system, so one
  // externalId is one comment whatever Idempotency-Key each attempt carries (a retry that made
  // up a new key must not post the comment twice). The key then only has to be well formed;
  // it names the request when the body names no comment.
  let headerKey: string | undefined;
  if (input.idempotencyKey !== undefined) {
    const key = idempotencyKeySchema.safeParse(input.idempotencyKey);
    if (!key.success) throw invalidInput('Idempotency-Key header', key.error);
    headerKey = key.data;
  }
  const requestKey = submission.externalId ? `external:${submission.externalId}` : headerKey === undefined ? undefined : `header:${headerKey}`;

  const ipHash = submission.client?.ip ? await ports.hashIp(input.siteId, submission.client.ip) : undefined;
  const comment = newComment({
    id: requestKey ? idempotentCommentId(input.siteId, requestKey) : freshCommentId(input.randomBytes),
    siteId: input.siteId,
    submission,
    // Fingerprinted with the address already hashed: an unsalted hash of a body holding an IP
    // could be tested against guessed addresses.
    bodyHash: bodyFingerprint(ipHash ? { ...submission, client: { ...submission.client, ip: ipHash } } : submission),
    now: input.now,
    correlationId: input.correlationId,
    ...(ipHash ? { ipHash } : {}),
  });
  const message = (c: Comment): ModerationMessage => ({ commentId: c.id, siteId: c.siteId, correlationId: c.correlationId });

  const created = await ports.create(comment);
  if (!created.created) {
    const existing = created.existing;
    if (existing.bodyHash !== comment.bodyHash) {
      throw new ConflictError(
        'idempotency_conflict',
        'This Idempotency-Key (or externalId) was already used for a different comment; use a new key for a new comment',
      );
    }
    if (existing.status === 'pending') await ports.enqueue(message(existing));
    return { comment: existing, replayed: true };
  }
  await ports.enqueue(message(comment));
  return { comment, replayed: false };
};
