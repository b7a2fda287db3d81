import { createHash } from 'node:crypto';

// Site keys are 32 random bytes, so a plain SHA-256 is enough to store them safely
// (there is nothing to brute-force, unlike a password); and a hash lookup is one
// GetItem on the authorizer's hot path. The plain key is shown once and never stored.

const PREFIX = 'sk_';

export const formatApiKey = (randomBytes: Buffer): string => `${PREFIX}${randomBytes.toString('base64url')}`;

export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** A short, non-secret label to tell keys apart in listings and logs. */
export const keyHint = (key: string): string => `${key.slice(0, PREFIX.length + 4)}…`;

export const looksLikeApiKey = (value: string): boolean => /^sk_[A-Za-z0-9_-]{20,100}$/.test(value);
