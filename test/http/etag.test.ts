import { describe, expect, it } from 'vitest';
import { conditionalJson, entityTag, ifNoneMatchHits } from '../../shared/http/etag.ts';

describe('entity tags for conditional GETs', () => {
  it('gives equal bodies one tag and different bodies different tags', () => {
    expect(entityTag({ items: [1, 2] })).toBe(entityTag({ items: [1, 2] }));
    expect(entityTag({ items: [1, 2] })).not.toBe(entityTag({ items: [2, 1] }));
  });

  it('matches a tag in a list, a weak form of it and *, not another tag', () => {
    const tag = entityTag({ a: 1 });
    expect(ifNoneMatchHits(`"other", ${tag}`, tag)).toBe(true);
    expect(ifNoneMatchHits(`W/${tag}`, tag)).toBe(true);
    expect(ifNoneMatchHits('*', tag)).toBe(true);
    expect(ifNoneMatchHits('"other"', tag)).toBe(false);
    expect(ifNoneMatchHits(undefined, tag)).toBe(false);
  });

  it('answers 304 without a body when the caller holds the tag, 200 with it otherwise', () => {
    const body = { items: ['x'] };
    const fresh = conditionalJson(body, undefined, 'private');
    expect(fresh).toEqual({ statusCode: 200, headers: { etag: entityTag(body), 'cache-control': 'private' }, body });
    expect(conditionalJson(body, fresh.headers.etag, 'private')).toEqual({ statusCode: 304, headers: fresh.headers, body: undefined });
  });
});
