import { SignJWT, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { addModerator, addSite, bearer, bootStack, decided, request } from '../support/local-stack.ts';

// The moderators' API through the local gateway's JWT authorizer and the real handlers.

let stack: LocalStack;
let keyA: string;
let keyB: string;
let modA: string;
let modA2: string;
let modB: string;

let spamCount = 0;
/** A different link-heavy text each time, so duplicate checks do not escalate it to a reject. */
const spam = () => {
  spamCount += 1;
  // In letters: duplicate checks fold digits away.
  const n = [...String(spamCount)].map((d) => 'abcdefghij'[Number(d)]).join('');
  return `Offer ${n}: http://${n}one.example http://${n}two.example http://${n}three.example http://${n}four.example`;
};

const postFlagged = async (key: string, postId: string, text = spam(), author = `Spammer ${spamCount}`) => {
  const res = await request(stack, 'POST', '/v1/comments', { key, json: { postId, author: { name: author, id: author.toLowerCase().replace(/\s/g, '-') }, text } });
  const comment = await decided(stack, key, res.body.id);
  expect(comment.status).toBe('flagged');
  return comment as { id: string; postId: string };
};

const itemOf = async (token: string, id: string) => (await request(stack, 'GET', `/v1/moderation/comments/${id}`, { headers: bearer(token) })).body.comment;

beforeAll(async () => {
  stack = await bootStack();
  keyA = await addSite(stack, 'site-a');
  keyB = await addSite(stack, 'site-b');
  modA = await addModerator(stack, { username: 'alice', sites: ['site-a'] });
  modA2 = await addModerator(stack, { username: 'arnold', sites: ['site-a'] });
  modB = await addModerator(stack, { username: 'bob', sites: ['site-b'] });
}, 30_000);

afterAll(async () => {
  await stack?.stop();
});

describe('who may use the moderator routes', () => {
  it('tells a moderator which sites they moderate', async () => {
    const me = await request(stack, 'GET', '/v1/moderation/me', { headers: bearer(modA) });
    expect(me.body).toEqual({ username: 'alice', sites: ['site-a'], admin: false });
    const admin = await addModerator(stack, { username: 'root', sites: [], admin: true });
    const all = await request(stack, 'GET', '/v1/moderation/me', { headers: bearer(admin) });
    expect(all.body.sites).toEqual(expect.arrayContaining(['site-a', 'site-b']));
  });

  it('refuses a site key, no token, a tampered token and an expired token with 401', async () => {
    expect((await request(stack, 'GET', '/v1/moderation/me', { key: keyA })).status).toBe(401);
    expect((await request(stack, 'GET', '/v1/moderation/me')).status).toBe(401);
    const [head, payload, signature] = modA.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, 'cognito:groups': ['admins'] })).toString('base64url');
    expect((await request(stack, 'GET', '/v1/moderation/me', { headers: bearer(`${head}.${forged}.${signature}`) })).status).toBe(401);

    const moderator = stack.moderators.list().find((m) => m.username === 'alice')!;
    const { token: expired } = await stack.issuer.issue(moderator, new Date(Date.now() - 2 * 3600_000));
    expect((await request(stack, 'GET', '/v1/moderation/me', { headers: bearer(expired) })).status).toBe(401);

    const { privateKey } = await generateKeyPair('RS256');
    const foreign = await new SignJWT({ 'cognito:groups': ['admins'] }).setProtectedHeader({ alg: 'RS256', kid: 'x' }).setSubject('intruder').setIssuer(stack.issuer.issuerUrl()).setAudience('sieve-console').setExpirationTime('1h').sign(privateKey);
    expect((await request(stack, 'GET', '/v1/moderation/me', { headers: bearer(foreign) })).status).toBe(401);
  });

  it('refuses a moderator token on the comment intake', async () => {
    const res = await request(stack, 'POST', '/v1/comments', { headers: bearer(modA), json: { postId: 'p', author: { name: 'x' }, text: 'hi' } });
    expect(res.status).toBe(401);
  });

  it('keeps site A’s moderator out of site B entirely', async () => {
    const flaggedB = await postFlagged(keyB, 'post-b');
    expect((await request(stack, 'GET', '/v1/moderation/sites/site-b/comments', { headers: bearer(modA) })).status).toBe(404);
    expect((await request(stack, 'GET', `/v1/moderation/comments/${flaggedB.id}`, { headers: bearer(modA) })).status).toBe(404);
    const decide = await request(stack, 'POST', `/v1/moderation/comments/${flaggedB.id}/decision`, { headers: bearer(modA), json: { action: 'approve', revision: 1 } });
    expect(decide.status).toBe(404);
    expect((await itemOf(modB, flaggedB.id)).status).toBe('flagged');
  });
});

describe('the review queue', () => {
  it('lists flagged comments oldest first with counts, filters and pages', async () => {
    const first = await postFlagged(keyA, 'post-q1');
    const second = await postFlagged(keyA, 'post-q2');
    const all = await request(stack, 'GET', '/v1/moderation/sites/site-a/comments', { headers: bearer(modA) });
    expect(all.status).toBe(200);
    const ids = all.body.items.map((i: { id: string }) => i.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(all.body.counts.flagged).toBeGreaterThanOrEqual(2);
    expect(all.body.countsAtLeast).toEqual([]);
    expect(all.body.items[0].decision.reasons[0]).toEqual(expect.objectContaining({ rule: expect.any(String), detail: expect.any(String), spans: expect.any(Array) }));
    expect(all.body.items[0]).not.toHaveProperty('author.email');

    const byPost = await request(stack, 'GET', '/v1/moderation/sites/site-a/comments?postId=post-q2', { headers: bearer(modA) });
    expect(byPost.body.items.map((i: { id: string }) => i.id)).toEqual([second.id]);

    const rule = all.body.items[0].decision.reasons[0].rule as string;
    const byRule = await request(stack, 'GET', `/v1/moderation/sites/site-a/comments?rule=${encodeURIComponent(rule)}&category=spam`, { headers: bearer(modA) });
    expect(byRule.body.items.length).toBeGreaterThanOrEqual(2);
    const noMatch = await request(stack, 'GET', '/v1/moderation/sites/site-a/comments?rule=no.such.rule', { headers: bearer(modA) });
    expect(noMatch.body.items).toEqual([]);

    const newest = await request(stack, 'GET', '/v1/moderation/sites/site-a/comments?order=newest&limit=1', { headers: bearer(modA) });
    expect(newest.body.items).toHaveLength(1);
    expect(newest.body.nextCursor).toEqual(expect.any(String));
    const next = await request(stack, 'GET', `/v1/moderation/sites/site-a/comments?order=newest&limit=1&cursor=${newest.body.nextCursor}`, { headers: bearer(modA) });
    expect(next.body.items[0].id).not.toBe(newest.body.items[0].id);

    const bad = await request(stack, 'GET', '/v1/moderation/sites/site-a/comments?status=everything', { headers: bearer(modA) });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].field).toBe('status');
  });
});

describe('deciding', () => {
  it('approves a flagged comment: it appears in the post at once, with an audit entry and author history', async () => {
    const flagged = await postFlagged(keyA, 'post-decide', spam(), 'Repeat Rita');
    const before = await itemOf(modA, flagged.id);
    const res = await request(stack, 'POST', `/v1/moderation/comments/${flagged.id}/decision`, {
      headers: bearer(modA),
      json: { action: 'approve', note: 'links are to our sponsors', revision: before.revision },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: flagged.id, status: 'approved', revision: before.revision + 1 });

    const listing = await request(stack, 'GET', '/v1/posts/post-decide/comments', { key: keyA });
    expect(listing.body.items.map((c: { id: string }) => c.id)).toEqual([flagged.id]);

    const detail = (await request(stack, 'GET', `/v1/moderation/comments/${flagged.id}`, { headers: bearer(modA) })).body;
    expect(detail.history).toEqual([expect.objectContaining({ by: 'moderator:alice', action: 'approve', from: 'flagged', to: 'approved', note: 'links are to our sponsors' })]);
    expect(detail.authorHistory).toEqual(expect.objectContaining({ approved: 1, flagged: 0 }));

    const queue = await request(stack, 'GET', '/v1/moderation/sites/site-a/comments', { headers: bearer(modA) });
    expect(queue.body.items.map((i: { id: string }) => i.id)).not.toContain(flagged.id);
  });

  it('lets one of two moderators deciding at once win and tells the other', async () => {
    const flagged = await postFlagged(keyA, 'post-race');
    const seen = (await itemOf(modA, flagged.id)).revision;
    const [one, two] = await Promise.all([
      request(stack, 'POST', `/v1/moderation/comments/${flagged.id}/decision`, { headers: bearer(modA), json: { action: 'approve', revision: seen } }),
      request(stack, 'POST', `/v1/moderation/comments/${flagged.id}/decision`, { headers: bearer(modA2), json: { action: 'reject', revision: seen } }),
    ]);
    expect([one.status, two.status].sort()).toEqual([200, 409]);
    const loser = one.status === 409 ? one : two;
    expect(loser.body.error.code).toBe('conflict');
    const history = (await request(stack, 'GET', `/v1/moderation/comments/${flagged.id}`, { headers: bearer(modA) })).body.history;
    expect(history).toHaveLength(1);
  });

  it('rejects in bulk, reporting per id, and a rejected comment never reaches the post', async () => {
    const a = await postFlagged(keyA, 'post-bulk');
    const b = await postFlagged(keyA, 'post-bulk');
    const foreign = await postFlagged(keyB, 'post-bulk');
    const items = [
      { id: a.id, revision: (await itemOf(modA, a.id)).revision },
      { id: b.id, revision: (await itemOf(modA, b.id)).revision },
      { id: 'c_nosuchcommentanywhere0', revision: 1 },
      { id: foreign.id, revision: 1 },
      { id: a.id, revision: 1 },
    ];
    const res = await request(stack, 'POST', '/v1/moderation/decisions', { headers: bearer(modA), json: { action: 'reject', note: 'spam', items } });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code))).toEqual(['ok', 'ok', 'not_found', 'not_found', 'conflict']);
    const listing = await request(stack, 'GET', '/v1/posts/post-bulk/comments', { key: keyA });
    expect(listing.body.items).toEqual([]);
    const rejected = await request(stack, 'GET', '/v1/moderation/sites/site-a/comments?status=rejected', { headers: bearer(modA) });
    expect(rejected.body.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([a.id, b.id]));
  });

  it('names what is wrong with a bad decision body', async () => {
    const res = await request(stack, 'POST', '/v1/moderation/decisions', { headers: bearer(modA), json: { action: 'delete', items: [] } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['action', 'items']);
  });
});

describe('undo', () => {
  const decide = async (token: string, id: string, json: Record<string, unknown>) =>
    request(stack, 'POST', `/v1/moderation/comments/${id}/decision`, { headers: bearer(token), json: { ...json, revision: (await itemOf(token, id)).revision } });
  const undo = (token: string, items: Array<{ id: string; revision: number }>) => request(stack, 'POST', '/v1/moderation/undo', { headers: bearer(token), json: { items } });

  it('reverts a moderator’s own latest decision: back in its queue, label gone, counts restored, the undo in the audit trail', async () => {
    // Prepare
    const flagged = await postFlagged(keyA, 'post-undo', spam(), 'Undo Uma');
    const decided = await decide(modA, flagged.id, { action: 'reject', reason: 'spam' });

    // Act
    const res = await undo(modA, [{ id: flagged.id, revision: decided.body.revision }]);

    // Assert
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([{ ok: true, id: flagged.id, status: 'flagged', revision: decided.body.revision + 1 }]);
    const detail = (await request(stack, 'GET', `/v1/moderation/comments/${flagged.id}`, { headers: bearer(modA) })).body;
    expect(detail.comment.status).toBe('flagged');
    expect(detail.comment).not.toHaveProperty('review');
    expect(detail.comment).not.toHaveProperty('label');
    expect(detail.authorHistory).toEqual(expect.objectContaining({ flagged: 1, rejected: 0 }));
    expect(detail.history.map((e: { action: string; from: string; to: string }) => `${e.action} ${e.from}→${e.to}`)).toEqual(['reject flagged→rejected', 'undo rejected→flagged']);
    const queue = await request(stack, 'GET', '/v1/moderation/sites/site-a/comments?postId=post-undo', { headers: bearer(modA) });
    expect(queue.body.items.map((i: { id: string }) => i.id)).toEqual([flagged.id]);
  });

  it('restores the decision an undone one replaced, with its label', async () => {
    // Prepare: approved by alice, then changed to a reject by her.
    const flagged = await postFlagged(keyA, 'post-undo-twice');
    await decide(modA, flagged.id, { action: 'approve' });
    const changed = await decide(modA, flagged.id, { action: 'reject', reason: 'abuse' });

    // Act
    const res = await undo(modA, [{ id: flagged.id, revision: changed.body.revision }]);

    // Assert
    expect(res.body.results[0]).toMatchObject({ ok: true, status: 'approved' });
    const item = await itemOf(modA, flagged.id);
    expect(item).toMatchObject({ status: 'approved', review: { by: 'moderator:alice', action: 'approve' }, label: 'ok' });
    const listing = await request(stack, 'GET', '/v1/posts/post-undo-twice/comments', { key: keyA });
    expect(listing.body.items.map((c: { id: string }) => c.id)).toEqual([flagged.id]);
    // Only the latest decision can be undone: the restored one stays.
    expect((await undo(modA, [{ id: flagged.id, revision: item.revision }])).body.results[0].error.code).toBe('not_undoable');
  });

  it('undoes only one’s own decision, only on a site one moderates, and never over a later change', async () => {
    // Prepare
    const mine = await postFlagged(keyA, 'post-undo-scope');
    const decided = await decide(modA, mine.id, { action: 'approve' });
    const onB = await postFlagged(keyB, 'post-undo-scope');
    const decidedB = await decide(modB, onB.id, { action: 'approve' });

    // Act
    const byColleague = await undo(modA2, [{ id: mine.id, revision: decided.body.revision }]);
    const acrossSites = await undo(modA, [{ id: onB.id, revision: decidedB.body.revision }]);
    const stale = await undo(modA, [{ id: mine.id, revision: decided.body.revision - 1 }]);

    // Assert
    expect(byColleague.body.results[0].error).toMatchObject({ code: 'not_undoable', message: expect.stringContaining("moderator:alice's approve") });
    expect(acrossSites.body.results[0].error.code).toBe('not_found');
    expect(stale.body.results[0].error.code).toBe('conflict');
    expect((await itemOf(modA, mine.id)).status).toBe('approved');
    expect((await itemOf(modB, onB.id)).status).toBe('approved');
  });

  it('names what is wrong with a bad undo body', async () => {
    const res = await request(stack, 'POST', '/v1/moderation/undo', { headers: bearer(modA), json: { items: [{ id: 'c_x' }] } });

    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['items[0].revision']);
  });
});

describe('author actions', () => {
  const setAction = (token: string, commentId: string, json: Record<string, unknown>) =>
    request(stack, 'POST', `/v1/moderation/comments/${commentId}/author-action`, { headers: bearer(token), json });
  /** Posts as an author and waits for the worker's decision. */
  const postAs = async (key: string, author: Record<string, string>, text: string) => {
    const res = await request(stack, 'POST', '/v1/comments', { key, json: { postId: 'post-authors', author, text } });
    return decided(stack, key, res.body.id);
  };
  const KIND = [
    'Thanks for the clear write-up; it helped me plan the garden.',
    'I tried the bread recipe on Sunday and the crust came out lovely.',
    'Our library runs a similar reading club every second Tuesday.',
    'The photos of the coastline made me want to visit in spring.',
    'Good point about the bus timetable, the evening gap is real.',
  ];
  let harmless = 0;
  const kindWords = () => KIND[harmless++ % KIND.length]!;

  it('bans an author until a time: their next comment is rejected, saying who banned them until when and why', async () => {
    // Prepare
    const flagged = await postFlagged(keyA, 'post-authors', spam(), 'Banned Ben');

    // Act
    const res = await setAction(modA, flagged.id, { action: 'ban', expiresInDays: 7, note: 'repeat spammer' });
    const next = await postAs(keyA, { name: 'Banned Ben', id: 'banned-ben' }, kindWords());

    // Assert
    expect(res.status).toBe(200);
    expect(res.body.authorAction).toMatchObject({ action: 'ban', by: 'alice', note: 'repeat spammer' });
    expect(Date.parse(res.body.authorAction.expiresAt) - Date.parse(res.body.authorAction.at)).toBe(7 * 86_400_000);
    expect(next.status).toBe('rejected');
    expect(next.decision.reasons[0]).toMatchObject({ rule: 'author.action.ban', category: 'author', detail: expect.stringMatching(/^Author banned by alice until \d{4}-\d\d-\d\d \d\d:\d\d UTC: repeat spammer$/) });
    const detail = (await request(stack, 'GET', `/v1/moderation/comments/${next.id}`, { headers: bearer(modA) })).body;
    expect(detail.author).toEqual({ actionable: true, action: expect.objectContaining({ action: 'ban', by: 'alice' }), key: 'id:banned-ben' });
  });

  it('trusts and pre-moderates an author, and lifting the action hands them back to the filter', async () => {
    // Prepare
    const flagged = await postFlagged(keyA, 'post-authors', spam(), 'Trusty Tess');
    const author = { name: 'Trusty Tess', id: 'trusty-tess' };

    // Act and assert: trusted, even a link-heavy comment is approved.
    await setAction(modA, flagged.id, { action: 'trust' });
    expect((await postAs(keyA, author, spam())).status).toBe('approved');
    // Pre-moderated, even kind words wait for a person.
    await setAction(modA, flagged.id, { action: 'premoderate', note: 'new account' });
    const held = await postAs(keyA, author, kindWords());
    expect(held.status).toBe('flagged');
    expect(held.decision.reasons[0].rule).toBe('author.action.premoderate');
    // Lifted: the filter decides alone again.
    expect((await setAction(modA, flagged.id, { action: 'none' })).body).toEqual({ authorAction: null });
    const free = await postAs(keyA, author, kindWords());
    expect(free.status).toBe('approved');
    expect(free.decision.reasons.map((r: { rule: string }) => r.rule)).not.toContain('author.action.premoderate');
  });

  it('acts on one site only, and only for a moderator of that site', async () => {
    // Prepare
    const onA = await postFlagged(keyA, 'post-authors', spam(), 'Site Sid');
    await setAction(modA, onA.id, { action: 'ban' });

    // Act
    const fromB = await setAction(modB, onA.id, { action: 'trust' });
    const sameAuthorOnB = await postAs(keyB, { name: 'Site Sid', id: 'site-sid' }, kindWords());

    // Assert
    expect(fromB.status).toBe(404);
    expect(sameAuthorOnB.status).toBe('approved');
    expect((await request(stack, 'GET', `/v1/moderation/comments/${onA.id}`, { headers: bearer(modA) })).body.author.action.action).toBe('ban');
  });

  it('refuses an action on an author known only by a name, and names a bad body’s fields', async () => {
    // Prepare
    const res = await request(stack, 'POST', '/v1/comments', { key: keyA, json: { postId: 'post-authors', author: { name: 'Just A Name' }, text: spam() } });
    const nameOnly = await decided(stack, keyA, res.body.id);

    // Act
    const refused = await setAction(modA, nameOnly.id, { action: 'ban' });
    const bad = await setAction(modA, nameOnly.id, { action: 'exile', expiresInDays: 0 });

    // Assert
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('no_author_key');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['action', 'expiresInDays']);
  });
});
