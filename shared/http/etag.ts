import { createHash } from 'node:crypto';

// Conditional GETs: a blog may cache a listing and ask again with If-None-Match; an unchanged
// answer is a 304 with no body. The tag is a hash of the body itself, so any change to what is
// shown (a new approval, a rejection, an erased name) changes it, and nothing needs storing.

/** A strong entity tag for a JSON body. */
export const entityTag = (body: unknown): string => `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;

/** Whether an If-None-Match header names `tag` (a list, `*`, weak tags compared weakly as RFC 9110 says for GET). */
export const ifNoneMatchHits = (header: string | undefined, tag: string): boolean => {
  if (!header) return false;
  return header.split(',').some((raw) => {
    const candidate = raw.trim();
    return candidate === '*' || candidate.replace(/^W\//, '') === tag;
  });
};

/**
 * A blog's backend may reuse a listing for 15 s, then must ask again (cheaply, with the tag):
 * a decision shows within that, and a post read by many readers costs one request per 15 s.
 * Private: the answer belongs to the caller's site key, never to a shared cache.
 */
export const LISTING_CACHE_CONTROL = 'private, max-age=15, must-revalidate';

/** A 200 with the body and its tag, or a 304 without a body when the caller already holds it. */
export const conditionalJson = (body: unknown, ifNoneMatch: string | undefined, cacheControl: string) => {
  const tag = entityTag(body);
  const headers = { etag: tag, 'cache-control': cacheControl };
  return ifNoneMatchHits(ifNoneMatch, tag) ? { statusCode: 304, headers, body: undefined } : { statusCode: 200, headers, body };
};
