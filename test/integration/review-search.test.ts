import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { personalHash } from '../../shared/review/personal-hash.ts';
import { addModerator, addSite, bearer, bootStack, decided, request } from '../support/local-stack.ts';

// Search and the Pending and All queues through the local gateway and the real handlers:
// within the moderator's site only, e-mail by hash, IP by the key intake stored, paginated.

let stack: LocalStack;
let keyA: string;
let keyB: string;
let modA: string;
let modB: string;

const list = (token: string, site: string, query: Record<string, string>) =>
  request(stack, 'GET', `/v1/moderation/sites/${site}/comments?${new URLSearchParams(query)}`, { headers: bearer(token) });
const ids = (res: { body: { items: Array<{ id: string }> } }) => res.body.items.map((i) => i.id);
const post = async (key: string, json: Record<string, unknown>) => (await request(stack, 'POST', '/v1/comments', { key, json: { postId: 'post-s', ...json } })).body.id as string;

beforeAll(async () => {
  // A long batching window: a lone comment stays pending long enough to be seen there.
  stack = await bootStack({ queueBatchingWindowSeconds: 3 });
  keyA = await addSite(stack, 'site-a');
  keyB = await addSite(stack, 'site-b');
  modA = await addModerator(stack, { username: 'alice', sites: ['site-a'] });
  modB = await addModerator(stack, { username: 'bob', sites: ['site-b'] });
}, 30_000);

afterAll(async () => {
  await stack?.stop();
});

describe('the pending and all queues', () => {
  it('lists a comment the engine has not decided yet as pending, then in its decided queue, and always in All', async () => {
    // Prepare
    const id = await post(keyA, { author: { name: 'Patient Pia' }, text: 'A thoughtful note about the new cycle lanes.' });

    // Act
    const pending = await list(modA, 'site-a', { status: 'pending' });
    const allBefore = await list(modA, 'site-a', { status: 'all' });
    const after = await decided(stack, keyA, id);
    const allAfter = await list(modA, 'site-a', { status: 'all' });

    // Assert
    expect(ids(pending)).toEqual([id]);
    expect(pending.body.items[0]).toMatchObject({ status: 'pending' });
    expect(pending.body.counts.pending).toBe(1);
    expect(ids(allBefore)).toEqual([id]);
    expect(after.status).toBe('approved');
    expect(allAfter.body.items).toEqual([expect.objectContaining({ id, status: 'approved' })]);
    expect((await list(modA, 'site-a', { status: 'pending' })).body.items).toEqual([]);
  }, 20_000);
});

describe('search', () => {
  let waldo: string;
  let waldoOnB: string;

  beforeAll(async () => {
    waldo = await post(keyA, { author: { name: 'Waldo Stripes', id: 'waldo-1', email: 'Waldo@Example.org' }, client: { ip: '198.51.100.7' }, text: 'Has anyone seen the RED SCARF I left at the market?' });
    const others = await Promise.all(
      [1, 2, 3].map((n) => post(keyA, { author: { name: `Reader ${n}` }, text: `The red scarf stall opens at ${['nine', 'ten', 'noon'][n - 1]} on Saturdays.` })),
    );
    waldoOnB = await post(keyB, { author: { name: 'Waldo Stripes', id: 'waldo-1', email: 'waldo@example.org' }, client: { ip: '198.51.100.7' }, text: 'My red scarf is on site b.' });
    for (const id of [waldo, ...others]) await decided(stack, keyA, id);
    await decided(stack, keyB, waldoOnB);
  }, 30_000);

  it('finds text that contains the words, folding case, in every queue of the site, page by page', async () => {
    // Act
    const first = await list(modA, 'site-a', { status: 'all', q: 'red scarf', limit: '3' });
    const second = await list(modA, 'site-a', { status: 'all', q: 'red scarf', limit: '3', cursor: first.body.nextCursor });

    // Assert
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(3);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const found = [...ids(first), ...ids(second)];
    expect(found).toHaveLength(4);
    expect(found).toContain(waldo);
    expect(found).not.toContain(waldoOnB);
    expect(second.body.nextCursor).toBeNull();
  });

  it('finds an author by name or id, an e-mail only by its hash, and an IP by what intake keyed it by', async () => {
    // Act
    const byName = await list(modA, 'site-a', { status: 'all', author: 'waldo' });
    const byId = await list(modA, 'site-a', { status: 'all', author: 'waldo-1' });
    const byEmail = await list(modA, 'site-a', { status: 'all', emailHash: await personalHash('email', 'waldo@example.org') });
    const byIp = await list(modA, 'site-a', { status: 'all', ip: '198.51.100.7' });
    const notAnIp = await list(modA, 'site-a', { status: 'all', ip: '198.51.100' });
    const clearEmail = await list(modA, 'site-a', { status: 'all', emailHash: 'waldo@example.org' });

    // Assert
    for (const res of [byName, byId, byEmail, byIp]) expect(ids(res)).toEqual([waldo]);
    expect(byEmail.body.items[0].author).not.toHaveProperty('email');
    expect(clearEmail.status).toBe(400);
    expect(notAnIp.status).toBe(400);
    expect(notAnIp.body.error.fields[0]).toMatchObject({ field: 'ip', message: expect.stringContaining('IPv4 or IPv6') });
    expect(clearEmail.body.error.fields[0]).toMatchObject({ field: 'emailHash', message: expect.stringContaining('SHA-256') });
  });

  it('keeps a moderator’s search to the sites they moderate', async () => {
    // Act
    const other = await list(modB, 'site-a', { status: 'all', q: 'red scarf' });
    const own = await list(modB, 'site-b', { status: 'all', q: 'red scarf' });

    // Assert
    expect(other.status).toBe(404);
    expect(ids(own)).toEqual([waldoOnB]);
  });

  it('answers a cursor that is not its own with a 400 naming the field', async () => {
    const res = await list(modA, 'site-a', { status: 'all', cursor: 'bm90IGEgY3Vyc29y' });

    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('cursor');
  });
});

describe('an author’s view', () => {
  it('lists every comment of one author on the site by the key the details give, never an e-mail in clear', async () => {
    // Prepare: one author by id on both sites, one known by e-mail only.
    const byId = [
      await post(keyA, { author: { name: 'Quinn', id: 'quinn-3' }, text: 'First thought on the harbour plans.' }),
      await post(keyA, { author: { name: 'Quinn (again)', id: 'quinn-3' }, text: 'Second thought on the harbour plans.' }),
    ];
    const onB = await post(keyB, { author: { name: 'Quinn', id: 'quinn-3' }, text: 'Quinn on the other site.' });
    const byEmail = await post(keyA, { author: { name: 'Mail Only', email: 'mail.only@example.org' }, text: 'A note from someone without an id.' });
    for (const id of [...byId, byEmail]) await decided(stack, keyA, id);
    await decided(stack, keyB, onB);

    // Act
    const idKey = (await request(stack, 'GET', `/v1/moderation/comments/${byId[0]}`, { headers: bearer(modA) })).body.author.key as string;
    const emailKey = (await request(stack, 'GET', `/v1/moderation/comments/${byEmail}`, { headers: bearer(modA) })).body.author.key as string;
    const view = await list(modA, 'site-a', { status: 'all', authorKey: idKey });
    const emailView = await list(modA, 'site-a', { status: 'all', authorKey: emailKey });
    const fromB = await list(modB, 'site-a', { status: 'all', authorKey: idKey });

    // Assert
    expect(idKey).toBe('id:quinn-3');
    expect(emailKey).toMatch(/^email:[\w-]{22}$/);
    expect(emailKey).not.toContain('mail.only');
    expect(ids(view).sort()).toEqual([...byId].sort());
    expect(ids(emailView)).toEqual([byEmail]);
    expect(fromB.status).toBe(404);
  }, 20_000);
});

describe('replies in context', () => {
  it('gives a reply’s parent and the thread as a tree, and intake keeps a reply on its own site', async () => {
    // Prepare: a root, a reply to it, a reply to that (parentId is always a Sieve id: intake
    // refuses any other, and a comment of another site, with 404 naming the field).
    const root = await post(keyA, { postId: 'post-thread', externalId: 'blog-1', author: { name: 'Root Rosa' }, text: 'Where does the ferry leave from on Sundays?' });
    await decided(stack, keyA, root);
    const reply = await post(keyA, { postId: 'post-thread', parentId: root, externalId: 'blog-2', author: { name: 'Reply Rui' }, text: 'From the north pier, at ten past the hour.' });
    await decided(stack, keyA, reply);
    const deeper = await post(keyA, { postId: 'post-thread', parentId: reply, author: { name: 'Deep Dana' }, text: 'Buy cheap pills http://aa.example http://bb.example http://cc.example' });
    await decided(stack, keyA, deeper);
    const lone = await post(keyB, { postId: 'post-thread', author: { name: 'Other Otto' }, text: 'A comment of another site, replying to nobody.' });
    await decided(stack, keyB, lone);

    // Act
    const detail = (await request(stack, 'GET', `/v1/moderation/comments/${deeper}`, { headers: bearer(modA) })).body;
    const alone = (await request(stack, 'GET', `/v1/moderation/comments/${lone}`, { headers: bearer(modB) })).body;
    const acrossSites = await request(stack, 'POST', '/v1/comments', { key: keyB, json: { postId: 'post-thread', parentId: root, author: { name: 'Other Otto' }, text: 'A reply that names a comment of another site.' } });

    // Assert
    expect(detail.parent).toMatchObject({ id: reply, author: { name: 'Reply Rui' }, text: 'From the north pier, at ten past the hour.' });
    expect(detail.thread.map((t: { id: string; depth: number }) => [t.id, t.depth])).toEqual([[root, 0], [reply, 1], [deeper, 2]]);
    expect(alone.parent).toBeNull();
    expect(alone.thread).toEqual([]);
    expect(acrossSites.status).toBe(404);
    expect(acrossSites.body.error.fields[0]).toMatchObject({ field: 'parentId' });
  }, 30_000);
});
