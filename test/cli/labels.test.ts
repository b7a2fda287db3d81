import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { addModerator, addSite, bearer, bootStack, decided, request } from '../support/local-stack.ts';
import { runSieve, type SieveRun } from './run-sieve.ts';

// Labels end to end: moderators decide through the API of a local stack, history is
// imported with the real CLI in a child process, and `sieve learn labels` lists what the
// site's model would learn from. Each test works on its own site.

let stack: LocalStack;
let dataDir: string;

const sieve = (...args: string[]): Promise<SieveRun> => runSieve(args, '', { env: { SIEVE_DATA_DIR: dataDir } });
const sieveJson = async (...args: string[]) => {
  const run = await sieve(...args, '--json');
  if (run.code !== 0) throw new Error(`sieve ${args.join(' ')} exited ${run.code}: ${run.stderr}${run.stdout}`);
  return JSON.parse(run.stdout);
};

const tempFile = (name: string, content: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'sieve-labels-')), name);
  writeFileSync(file, content);
  return file;
};

const post = async (key: string, postId: string, text: string, author = 'Reader') => {
  const res = await request(stack, 'POST', '/v1/comments', { key, json: { postId, author: { name: author, id: author.toLowerCase() }, text } });
  expect(res.status).toBe(202);
  return decided(stack, key, res.body.id) as Promise<{ id: string; status: string }>;
};

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sieve-labels-'));
  stack = await bootStack({ dataDir });
}, 30_000);

afterAll(async () => {
  await stack?.stop();
});

describe.concurrent('training labels on a running local stack', () => {
  it('lists exactly the labels the moderators gave: spam and abuse rejects and an approval, not "other"', async () => {
    // Prepare
    const key = await addSite(stack, 'lab-mod');
    const token = await addModerator(stack, { username: 'ana', sites: ['lab-mod'] });
    const spam = await post(key, 'p1', 'Cheap watches http://a1.example http://b1.example http://c1.example http://d1.example', 'Sam');
    const abuse = await post(key, 'p1', 'Go away loser http://a4.example http://b4.example http://c4.example http://d4.example', 'Riley');
    const fine = await post(key, 'p1', 'Sponsored links http://a2.example http://b2.example http://c2.example http://d2.example', 'Kim');
    const other = await post(key, 'p1', 'Off topic http://a3.example http://b3.example http://c3.example http://d3.example', 'Jo');
    const clean = await post(key, 'p1', 'A thoughtful note about the harbour walk, thank you.', 'Ada');
    expect([spam, abuse, fine, other].map((c) => c.status)).toEqual(['flagged', 'flagged', 'flagged', 'flagged']);
    expect(clean.status).toBe('approved');
    const decide = async (id: string, body: object) => {
      const revision = (await request(stack, 'GET', `/v1/moderation/comments/${id}`, { headers: bearer(token) })).body.comment.revision;
      const res = await request(stack, 'POST', `/v1/moderation/comments/${id}/decision`, { headers: bearer(token), json: { ...body, revision } });
      expect(res.status).toBe(200);
    };

    // Act
    await decide(spam.id, { action: 'reject', reason: 'spam' });
    await decide(abuse.id, { action: 'reject', reason: 'abuse' });
    await decide(fine.id, { action: 'approve' });
    await decide(other.id, { action: 'reject', reason: 'other' });
    const listed = await sieveJson('learn', 'labels', '--site', 'lab-mod');
    const text = await sieve('learn', 'labels', '--site', 'lab-mod');

    // Assert
    expect(listed.labels.map((l: { id: string; label: string; source: string; by: string }) => [l.id, l.label, l.source, l.by])).toEqual([
      [spam.id, 'spam', 'moderator', 'ana'],
      [abuse.id, 'abuse', 'moderator', 'ana'],
      [fine.id, 'ok', 'moderator', 'ana'],
    ]);
    expect(listed.counts.moderator).toEqual({ ok: 1, spam: 1, abuse: 1, total: 3 });
    expect(listed.counts.total).toEqual({ ok: 1, spam: 1, abuse: 1, total: 3 });
    // The clean approval is an auto label in waiting: moderators have 3 days to overturn it.
    expect(listed.autoWaiting).toBe(1);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Labels of site "lab-mod": 3 \(1 ok, 1 spam, 1 abuse\)/);
    expect(text.stdout).toMatch(/moderator\s+1\s+1\s+1\s+3/);
    expect(text.stdout).toMatch(/1 engine approval will count as auto "ok" once 3d pass/);
    const counted = await sieveJson('learn', 'labels', '--site', 'lab-mod', '--count');
    expect(counted).not.toHaveProperty('labels');
    expect(counted.counts.total.total).toBe(3);
  });

  it('imports history with bad lines: each bad line named on stderr, the good ones stored once, however often imported', async () => {
    // Prepare
    const key = await addSite(stack, 'lab-imp');
    const token = await addModerator(stack, { username: 'imre', sites: ['lab-imp'] });
    const lines = [
      JSON.stringify({ id: 'wp-1', text: 'Buy followers at cheap-fans.example', label: 'spam', author: 'Promo', postId: 'old-post' }),
      '{"id": "wp-2", "text": ',
      JSON.stringify({ id: 'wp-3', text: 'Lovely photos of the harbour', label: 'ok', author: { name: 'Ada' }, postId: 'old-post', createdAt: '2023-05-01T10:00:00Z' }),
      JSON.stringify({ id: 'wp-4', text: 'Meh', label: 'boring' }),
      JSON.stringify({ id: 'wp-5', label: 'ok' }),
      JSON.stringify({ id: 'wp-6', text: 'People like you should be hanged', label: 'threat', postId: 'old-post' }),
    ];
    const file = tempFile('history.jsonl', `${lines.join('\n')}\n`);

    // Act
    const first = await sieve('learn', 'import', '--site', 'lab-imp', file, '--json');
    const again = await sieve('learn', 'import', '--site', 'lab-imp', file, '--json');
    const relabelled = await sieve('learn', 'import', '--site', 'lab-imp', tempFile('fix.jsonl', `${JSON.stringify({ id: 'wp-3', text: 'Lovely photos of the harbour', label: 'spam' })}\n`), '--json');
    const listed = await sieveJson('learn', 'labels', '--site', 'lab-imp');

    // Assert
    expect(first.code).toBe(1);
    // The first line names the data folder the command acted on; the bad lines follow.
    expect(first.stderr.trim().split('\n')[0]).toMatch(/^sieve learn import: acting on local data folder /);
    expect(first.stderr.trim().split('\n').slice(1)).toEqual([
      expect.stringMatching(/^sieve learn import: line 2: invalid JSON/),
      'sieve learn import: line 4 (id wp-4): label: expected one of ok, spam, abuse, insult, threat, identity',
      expect.stringMatching(/^sieve learn import: line 5 \(id wp-5\): text: /),
    ]);
    expect(JSON.parse(first.stdout)).toEqual({ siteId: 'lab-imp', lines: 6, created: 3, updated: 0, unchanged: 0, badLines: 3, labels: { ok: 1, spam: 1, abuse: 1 } });
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, updated: 0, unchanged: 3, badLines: 3 });
    expect(relabelled.code).toBe(0);
    expect(JSON.parse(relabelled.stdout)).toMatchObject({ created: 0, updated: 1, badLines: 0 });
    expect(listed.labels.map((l: { externalId: string; label: string; source: string }) => [l.externalId, l.label, l.source]).sort()).toEqual([
      ['wp-1', 'spam', 'import'],
      ['wp-3', 'spam', 'import'],
      ['wp-6', 'abuse', 'import'],
    ]);
    expect(listed.counts.import).toEqual({ ok: 0, spam: 2, abuse: 1, total: 3 });
    // History is for training: not on the post, not in any queue.
    expect((await request(stack, 'GET', '/v1/posts/old-post/comments', { key })).body.items).toEqual([]);
    for (const status of ['flagged', 'approved', 'rejected']) {
      const queue = await request(stack, 'GET', `/v1/moderation/sites/lab-imp/comments?status=${status}`, { headers: bearer(token) });
      expect(queue.body.items).toEqual([]);
    }
  });

  it('refuses to decide an imported comment, so history never reaches a post through the API', async () => {
    // Prepare
    await addSite(stack, 'lab-ref');
    const token = await addModerator(stack, { username: 'rhea', sites: ['lab-ref'] });
    await sieveJson('learn', 'import', '--site', 'lab-ref', tempFile('one.jsonl', `${JSON.stringify({ id: 'x-1', text: 'Old spam', label: 'spam' })}\n`));
    const [imported] = (await sieveJson('learn', 'labels', '--site', 'lab-ref')).labels;

    // Act
    const res = await request(stack, 'POST', `/v1/moderation/comments/${imported.id}/decision`, { headers: bearer(token), json: { action: 'approve', revision: 0 } });

    // Assert
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('imported');
  });

  it('says which site is unknown and which option is missing', async () => {
    // Act
    const unknown = await sieve('learn', 'labels', '--site', 'no-such-site');
    const missing = await sieve('learn', 'import', tempFile('x.jsonl', '{}\n'));

    // Assert
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no site "no-such-site"/);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--site SITE is required/);
  });
});
