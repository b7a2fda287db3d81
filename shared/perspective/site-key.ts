// Perspective clients pass their key as `?key=` (or Google's x-goog-api-key header), which
// API Gateway's authorizer cannot answer in Perspective's error shape; so these routes check
// the key themselves, as the site-key authorizer does (by hash, never logged), and remember
// each answer for the site cache's TTL, as API Gateway caches the authorizer's.

import { hashApiKey } from '../sites/api-keys.ts';
import type { ApiKeyRecord } from '../store/sites.ts';
import { keyIsValid } from '../store/sites.ts';
import { invalidKey, missingKey } from './errors.ts';

export interface KeyRequest {
  queryStringParameters?: Record<string, string | undefined>;
  headers?: Record<string, string | undefined>;
}

/** The key as Perspective's clients send it: `?key=`, else x-goog-api-key, else Sieve's own x-api-key. */
export const keyOf = (request: KeyRequest): string | undefined =>
  request.queryStringParameters?.key || request.headers?.['x-goog-api-key'] || request.headers?.['x-api-key'] || undefined;

export const createSiteKeyResolver = (lookup: (keyHash: string) => Promise<ApiKeyRecord | undefined>, { ttlMs }: { ttlMs: number }) => {
  const known = new Map<string, { record: ApiKeyRecord | undefined; readAt: number }>();
  /** The site the request's key belongs to; a missing key throws missingKey, an unknown or expired one invalidKey. */
  return async (request: KeyRequest, now: Date): Promise<string> => {
    const key = keyOf(request);
    if (!key) throw missingKey();
    const hash = hashApiKey(key);
    let entry = known.get(hash);
    if (!entry || now.getTime() - entry.readAt >= ttlMs) {
      entry = { record: await lookup(hash), readAt: now.getTime() };
      known.set(hash, entry);
      // Bounded: a caller trying keys must not grow the cache without end.
      if (known.size > 1000) known.delete(known.keys().next().value!);
    }
    if (!keyIsValid(entry.record, now)) throw invalidKey();
    return entry.record.siteId;
  };
};
