import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyAdminPorts } from '../../local/cli/admin-ports.ts';
import type { LocalStack } from '../../local/stack.ts';
import { setSitePolicy } from '../../shared/admin/policy-admin.ts';
import { createDocumentClient } from '../../shared/store/client.ts';
import { addModerator, addSite, bearer, bootStack, decided, request } from '../support/local-stack.ts';

// Readers' reports through the local gateway: the blog relays them with its site key; an
// approved comment moves to the Reported queue and stays on its post, unless the site's
// policy unpublishes it after N reports.

let stack: LocalStack;
let keyA: string;
let keyB: string;
let keyStrict: string;
let modA: string;
let modStrict: string;

const KIND = ['What a lovely photo of the old mill.', 'I walked that trail last spring, it is beautiful.', 'The recipe worked well with oat milk too.', 'Thanks, the timetable link helped me a lot.'];
let kind = 0;
const postApproved = async (key: string, postId: string) => {
  const res = await request(stack, 'POST', '/v1/comments', { key, json: { postId, author: { name: `Reader ${kind}` }, text: KIND[kind++ % KIND.length] } });
  const comment = await decided(stack, key, res.body.id);
  expect(comment.status).toBe('approved');
  return comment.id as string;
};
const report = (key: string, id: string, json: unknown) => request(stack, 'POST', `/v1/comments/${id}/reports`, { key, json });
const queue = (token: string, site: string, status: string) => request(stack, 'GET', `/v1/moderation/sites/${site}/comments?status=${status}`, { headers: bearer(token) });
const onPost = async (key: string, postId: string) => (await request(stack, 'GET', `/v1/posts/${postId}/comments`, { key })).body.items.map((c: { id: string }) => c.id);

beforeAll(async () => {
  stack = await bootStack({ siteCacheTtlMs: 0 });
  keyA = await addSite(stack, 'site-a');
  keyB = await addSite(stack, 'site-b');
  keyStrict = await addSite(stack, 'site-strict');
  modA = await addModerator(stack, { username: 'alice', sites: ['site-a'] });
  modStrict = await addModerator(stack, { username: 'sten', sites: ['site-strict'] });
  await setSitePolicy({ siteId: 'site-strict', document: { reports: { unpublishAfter: 2 } }, now: new Date() }, policyAdminPorts({ doc: createDocumentClient(), tableName: stack.tableName }));
}, 30_000);

afterAll(async () => {
  await stack?.stop();
});

describe('reader reports', () => {
  it('moves an approved comment to the Reported queue with the count and reasons, and leaves it on its post', async () => {
    // Prepare
    const id = await postApproved(keyA, 'post-r1');

    // Act
    const first = await report(keyA, id, { reason: 'abuse', note: 'Rude to another reader' });
    const second = await report(keyA, id, { reason: 'spam' });
    const third = await report(keyA, id, { reason: 'abuse' });

    // Assert
    expect(first.status).toBe(202);
    expect(first.body).toEqual({ id, status: 'approved', reports: 1, queued: true, unpublished: false });
    expect(second.body.reports).toBe(2);
    expect(third.body.reports).toBe(3);
    const reported = await queue(modA, 'site-a', 'reported');
    expect(reported.body.items).toEqual([
      expect.objectContaining({ id, status: 'approved', reports: expect.objectContaining({ count: 3, reasons: { abuse: 2, spam: 1 }, notes: [expect.objectContaining({ reason: 'abuse', note: 'Rude to another reader' })] }) }),
    ]);
    expect(reported.body.counts.reported).toBe(1);
    expect((await queue(modA, 'site-a', 'approved')).body.items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect(await onPost(keyA, 'post-r1')).toEqual([id]);
  });

  it('unpublishes a comment after the number of reports the site’s policy names, and keeps it in the Reported queue', async () => {
    // Prepare
    const id = await postApproved(keyStrict, 'post-r2');

    // Act
    const first = await report(keyStrict, id, { reason: 'abuse' });
    const published = await onPost(keyStrict, 'post-r2');
    const second = await report(keyStrict, id, { reason: 'abuse' });

    // Assert
    expect(first.body).toMatchObject({ status: 'approved', unpublished: false });
    expect(published).toEqual([id]);
    expect(second.body).toMatchObject({ status: 'flagged', reports: 2, unpublished: true });
    expect(await onPost(keyStrict, 'post-r2')).toEqual([]);
    expect((await request(stack, 'GET', `/v1/comments/${id}`, { key: keyStrict })).body.status).toBe('flagged');
    const reported = await queue(modStrict, 'site-strict', 'reported');
    expect(reported.body.items).toEqual([expect.objectContaining({ id, status: 'flagged', reports: expect.objectContaining({ count: 2, unpublished: true }) })]);
  });

  it('hands a reported comment back to its post when a moderator approves it; only later reports count again', async () => {
    // Prepare
    const id = await postApproved(keyStrict, 'post-r3');
    await report(keyStrict, id, { reason: 'spam' });
    await report(keyStrict, id, { reason: 'spam' });
    const item = (await request(stack, 'GET', `/v1/moderation/comments/${id}`, { headers: bearer(modStrict) })).body.comment;

    // Act
    const approved = await request(stack, 'POST', `/v1/moderation/comments/${id}/decision`, { headers: bearer(modStrict), json: { action: 'approve', revision: item.revision } });
    const after = await onPost(keyStrict, 'post-r3');
    const again = await report(keyStrict, id, { reason: 'spam' });

    // Assert
    expect(approved.status).toBe(200);
    expect(after).toEqual([id]);
    // One report since the moderator looked: below the policy's 2, so it stays published.
    expect(again.body).toMatchObject({ status: 'approved', reports: 3, queued: true, unpublished: false });
    expect(await onPost(keyStrict, 'post-r3')).toEqual([id]);
    const reported = (await queue(modStrict, 'site-strict', 'reported')).body.items.find((i: { id: string }) => i.id === id);
    expect(reported.reports).toMatchObject({ count: 3, reviewed: 2 });
  });

  it('counts every one of several reports sent at once', async () => {
    const id = await postApproved(keyA, 'post-r6');

    const results = await Promise.all(Array.from({ length: 6 }, () => report(keyA, id, { reason: 'spam' })));

    expect(results.map((r) => r.status)).toEqual(Array(6).fill(202));
    expect(results.map((r) => r.body.reports).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const item = (await request(stack, 'GET', `/v1/moderation/comments/${id}`, { headers: bearer(modA) })).body.comment;
    expect(item.reports).toMatchObject({ count: 6, reasons: { spam: 6 } });
  });

  it('counts a report on a comment that is not published without queueing it', async () => {
    const res = await request(stack, 'POST', '/v1/comments', { key: keyA, json: { postId: 'post-r4', author: { name: 'Linky' }, text: 'Deals http://aa.example http://bb.example http://cc.example http://dd.example' } });
    const flagged = await decided(stack, keyA, res.body.id);
    expect(flagged.status).toBe('flagged');

    const reported = await report(keyA, flagged.id, { reason: 'spam' });

    expect(reported.body).toMatchObject({ status: 'flagged', reports: 1, queued: false });
    expect((await queue(modA, 'site-a', 'flagged')).body.items.map((i: { id: string }) => i.id)).toContain(flagged.id);
  });

  it('keeps reports and the Reported queue to their own site, and names a bad report’s field', async () => {
    // Prepare
    const id = await postApproved(keyA, 'post-r5');

    // Act
    const fromB = await report(keyB, id, { reason: 'spam' });
    const noKey = await request(stack, 'POST', `/v1/comments/${id}/reports`, { json: { reason: 'spam' } });
    const bad = await report(keyA, id, { reason: 'boring', extra: 1 });
    const otherModerator = await queue(modStrict, 'site-a', 'reported');

    // Assert
    expect(fromB.status).toBe(404);
    expect(noKey.status).toBe(401);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['extra', 'reason']);
    expect(otherModerator.status).toBe(404);
    expect((await request(stack, 'GET', `/v1/moderation/comments/${id}`, { headers: bearer(modA) })).body.comment).not.toHaveProperty('reports');
  });
});
