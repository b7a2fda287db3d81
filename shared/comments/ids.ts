import { createHash } from 'node:crypto';

// Comment ids are opaque to clients. A retried submission must map to the same id, so
// when the client names the request (Idempotency-Key header or externalId) the id is
// derived from (site, that name): the conditional put of the comment itself is then the
// idempotency check, one write and no separate idempotency record.

const encode = (bytes: Buffer): string => bytes.toString('base64url').slice(0, 22);

export const idempotentCommentId = (siteId: string, requestKey: string): string =>
  `c_${encode(createHash('sha256').update(`${siteId}\u0000${requestKey}`).digest())}`;

/** `randomBytes` is passed in so ids stay a pure function of their inputs in tests. */
export const freshCommentId = (randomBytes: Buffer): string => `c_${encode(randomBytes)}`;

export const isCommentId = (value: string): boolean => /^c_[A-Za-z0-9_-]{22}$/.test(value);

/**
 * Loose on purpose: any short `c_` word could be a stored comment's key (imports, fixtures and
 * older ids included), and nothing longer or stranger can be. Ids from a request are held to
 * this before any store read, so a 2 KB id is a plain not-found, never DynamoDB's key-size error.
 */
export const couldBeCommentId = (value: string): boolean => /^c_[A-Za-z0-9_-]{1,64}$/.test(value);

/** A fingerprint of the request body, to tell an honest retry from a reused key. */
export const bodyFingerprint = (body: unknown): string =>
  createHash('sha256').update(JSON.stringify(body)).digest('base64url');
