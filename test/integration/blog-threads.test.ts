import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { addModerator, addSite, bearer, bootStack, decided, request } from '../support/local-stack.ts';

// What a blog sees of threads through the real local stack: replies that can be placed,
// listings that never show a reply under a comment readers cannot see, newest-first order,
// the author's id, conditional GETs, and no moderator's name.

let stack: LocalStack;
let key: string;
let otherKey: string;
let moderator: string;

const civil = (postId: string, text: string, extra: Record<string, unknown> = {}) => ({
  postId,
  // One author per post: a whole test file from one author would trip the flood check.
  author: { name: 'Ada', id: `reader-${postId}` },
  text,
  ...extra,
});
const SPAMMY = 'Great deals here http://cheap-pills.example.com and http://win-cash.example.net and http://free-prizes.example.org and http://more.example.biz';

const submit = async (k: string, body: unknown) => request(stack, 'POST', '/v1/comments', { key: k, json: body });
const submitDecided = async (k: string, body: unknown) => {
  const res = await submit(k, body);
  expect(res.status).toBe(202);
  return decided(stack, k, res.body.id);
};
const listing = (postId: string, query = '', headers: Record<string, string> = {}) =>
  request(stack, 'GET', `/v1/posts/${postId}/comments${query}`, { key, headers });
const decide = async (id: string, action: 'approve' | 'reject') => {
  const item = await request(stack, 'GET', `/v1/moderation/comments/${id}`, { headers: bearer(moderator) });
  const res = await request(stack, 'POST', `/v1/moderation/comments/${id}/decision`, {
    headers: bearer(moderator),
    json: { action, revision: item.body.comment.revision },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
};

beforeAll(async () => {
  stack = await bootStack();
  key = await addSite(stack, 'blog-a');
  otherKey = await addSite(stack, 'blog-b');
  moderator = await addModerator(stack, { username: 'grace', sites: ['blog-a'] });
}, 30_000);

afterAll(async () => {
  await stack?.stop();
});

describe('parentId', () => {
  it('answers 404 naming parentId when the parent does not exist', async () => {
    const res = await submit(key, civil('p-parent', 'A reply to nothing at all, sadly.', { parentId: 'c_nosuchcommentanywhere0' }));
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'parent_not_found', fields: [{ field: 'parentId', message: 'no such comment' }] });
  });

  it("answers 404 when the parent is another site's comment, as for a missing one", async () => {
    const foreign = await submit(otherKey, civil('p-parent', 'A comment on the other blog.'));
    const res = await submit(key, civil('p-parent', 'Replying across sites should not work.', { parentId: foreign.body.id }));
    expect(res.status).toBe(404);
    expect(res.body.error.fields).toEqual([{ field: 'parentId', message: 'no such comment' }]);
  });

  it('answers 400 naming parentId when the parent is on another post', async () => {
    const parent = await submit(key, civil('p-elsewhere', 'A comment on a different post.'));
    const res = await submit(key, civil('p-parent', 'A reply filed under the wrong post.', { parentId: parent.body.id }));
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'parent_on_other_post', fields: [{ field: 'parentId', message: 'comment of another post' }] });
  });
});

describe('the public listing of a post', () => {
  it('hides a reply while its parent is not public, shows it once the parent is approved, hides it again when the parent is rejected later', async () => {
    const parent = await submitDecided(key, civil('p-orphans', SPAMMY));
    expect(parent.status).not.toBe('approved');
    const reply = await submitDecided(key, civil('p-orphans', 'Is this really the place for that advert?', { parentId: parent.id }));
    const grandchild = await submitDecided(key, civil('p-orphans', 'Agreed, it does not belong here at all.', { parentId: reply.id }));
    expect([reply.status, grandchild.status]).toEqual(['approved', 'approved']);

    expect((await listing('p-orphans')).body.items).toEqual([]);

    await decide(parent.id, 'approve');
    expect((await listing('p-orphans')).body.items.map((c: { id: string }) => c.id)).toEqual([parent.id, reply.id, grandchild.id]);

    await decide(parent.id, 'reject');
    expect((await listing('p-orphans')).body.items).toEqual([]);
    // The replies keep their own status; only their place in the listing depends on the parent.
    expect((await request(stack, 'GET', `/v1/comments/${reply.id}`, { key })).body.status).toBe('approved');
  });

  it('lists newest first on order=newest, with the author id the blog gave', async () => {
    const ids: string[] = [];
    for (const text of ['The first remark on this post.', 'A second remark, some time later.', 'And a third remark to finish.']) {
      ids.push((await submitDecided(key, civil('p-order', text))).id);
    }
    const newest = await listing('p-order', '?order=newest&limit=2');
    expect(newest.body.items.map((c: { id: string }) => c.id)).toEqual([ids[2], ids[1]]);
    expect(newest.body.items[0].author).toEqual({ name: 'Ada', id: 'reader-p-order' });
    const rest = await listing('p-order', `?order=newest&limit=2&cursor=${newest.body.nextCursor}`);
    expect(rest.body.items.map((c: { id: string }) => c.id)).toEqual([ids[0]]);
    expect((await listing('p-order')).body.items.map((c: { id: string }) => c.id)).toEqual(ids);
    const bad = await listing('p-order', '?order=sideways');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([expect.objectContaining({ field: 'order' })]);
  });

  it('sends an ETag and Cache-Control, answers 304 to If-None-Match until the listing changes', async () => {
    await submitDecided(key, civil('p-etag', 'A first comment worth caching.'));
    const first = await listing('p-etag');
    const tag = first.headers.get('etag')!;
    expect(tag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, max-age=15, must-revalidate');

    const again = await listing('p-etag', '', { 'if-none-match': tag });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.get('etag')).toBe(tag);

    await submitDecided(key, civil('p-etag', 'A second comment changes the listing.'));
    const changed = await listing('p-etag', '', { 'if-none-match': tag });
    expect(changed.status).toBe(200);
    expect(changed.body.items).toHaveLength(2);
    expect(changed.headers.get('etag')).not.toBe(tag);
  });
});

describe('GET /v1/comments/{id}', () => {
  it('says "moderator" for a person who decided, while the audit trail keeps the name', async () => {
    const flagged = await submitDecided(key, civil('p-who', SPAMMY));
    await decide(flagged.id, 'reject');
    const seen = await request(stack, 'GET', `/v1/comments/${flagged.id}`, { key });
    expect(seen.body.decision.by).toBe('engine');
    expect(seen.body.review).toMatchObject({ by: 'moderator', action: 'reject' });
    expect(JSON.stringify(seen.body)).not.toContain('grace');
    const audit = await request(stack, 'GET', `/v1/moderation/comments/${flagged.id}`, { headers: bearer(moderator) });
    expect(audit.body.history).toEqual([expect.objectContaining({ by: 'moderator:grace', action: 'reject' })]);
  });
});
