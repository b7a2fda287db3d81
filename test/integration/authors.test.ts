import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { ERASED_NAME, ERASED_TEXT } from '../../shared/authors/personal-data.ts';
import { createDocumentClient } from '../../shared/store/client.ts';
import { runSieve } from '../cli/run-sieve.ts';
import { addModerator, addSite, bearer, bootStack, decided, eventually, request } from '../support/local-stack.ts';
import { startReceiver, type Receiver } from '../support/webhook-receiver.ts';

// Personal data end to end: comments through the real local stack (worker, review API,
// webhooks), then `sieve authors export` and `erase` in a child process against the same data
// folder, a real webhook receiver, and a look at every item left in the table.

let stack: LocalStack;
let receiver: Receiver;
let dataDir: string;
let key: string;
let keepKey: string;
let moderator: string;

const EMAIL = 'Erin.Example@mail.example';
const NAME = 'Erin Q. Writer';
const URL_ = 'https://erin-writes.example/about';
const IP = '192.0.2.44';
const TEXTS = ['My first thoughts on the harbour redevelopment plans.', 'A second remark, on the ferry timetable this time.'];

const sieve = async (...args: string[]) => {
  const run = await runSieve([...args, '--json'], '', { env: { SIEVE_DATA_DIR: dataDir } });
  if (run.code !== 0) throw new Error(`sieve ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout);
};

const submit = async (k: string, postId: string, text: string, extra: Record<string, unknown> = {}) => {
  const res = await request(stack, 'POST', '/v1/comments', {
    key: k,
    json: { postId, text, author: { name: NAME, email: EMAIL, url: URL_ }, client: { ip: IP, userAgent: 'ErinBrowser/1.0' }, ...extra },
  });
  expect(res.status).toBe(202);
  return decided(stack, k, res.body.id);
};

const scanTable = async () => (await createDocumentClient().send(new ScanCommand({ TableName: stack.tableName }))).Items ?? [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sieve-authors-'));
  receiver = await startReceiver();
  stack = await bootStack({ dataDir, siteCacheTtlMs: 0, webhookRetryScale: 0 });
  key = await addSite(stack, 'erase-site');
  keepKey = await addSite(stack, 'keep-site');
  moderator = await addModerator(stack, { username: 'mona', sites: ['erase-site'] });
  await sieve('webhooks', 'add', receiver.url('/erased'), '--site', 'erase-site', '--events', 'comment.erased');
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await receiver?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('sieve authors export and erase', () => {
  it('exports everything held about an author, then erases it everywhere, with audit entries and comment.erased webhooks', async () => {
    // Prepare: two comments by Erin (the second with a moderator's note), a reply by someone else, one by another author.
    const first = await submit(key, 'harbour', TEXTS[0]!);
    const second = await submit(key, 'harbour', TEXTS[1]!, { author: { name: NAME, email: EMAIL.toLowerCase() } });
    const reply = await request(stack, 'POST', '/v1/comments', {
      key,
      json: { postId: 'harbour', parentId: first.id, text: 'I agree with the harbour point entirely.', author: { name: 'Sam', id: 'sam' } },
    });
    await decided(stack, key, reply.body.id);
    const item = await request(stack, 'GET', `/v1/moderation/comments/${second.id}`, { headers: bearer(moderator) });
    const decision = await request(stack, 'POST', `/v1/moderation/comments/${second.id}/decision`, {
      headers: bearer(moderator),
      json: { action: 'reject', reason: 'other', note: `Erin again, see ${EMAIL}`, revision: item.body.comment.revision },
    });
    expect(decision.status).toBe(200);

    // Act: export
    const exported = await sieve('authors', 'export', '--site', 'erase-site', '--email', EMAIL.toUpperCase());

    // Assert: both comments (case of the e-mail aside), their audit trails and the author's record
    expect(exported.comments.map((c: { comment: { id: string } }) => c.comment.id)).toEqual([first.id, second.id]);
    expect(exported.comments[0].comment).toMatchObject({ text: TEXTS[0], author: { name: NAME, email: EMAIL, url: URL_ }, client: { ipHash: expect.stringMatching(/^ip_/) } });
    expect(exported.comments[1].audit).toEqual([expect.objectContaining({ by: 'moderator:mona', action: 'reject', note: `Erin again, see ${EMAIL}` })]);
    expect(exported.records).toEqual([expect.objectContaining({ key: expect.stringMatching(/^email:/), history: expect.objectContaining({ approved: 1 }) })]);
    expect(JSON.stringify(exported)).not.toContain('I agree with the harbour point');

    // Act: erase
    const report = await sieve('authors', 'erase', '--site', 'erase-site', '--email', EMAIL, '--yes');

    // Assert: what it says, what the blog sees, what the table holds, what the trail and webhooks say
    expect(report).toEqual({ siteId: 'erase-site', erased: [first.id, second.id], textKept: false, recordsDeleted: ['email'], webhookDeliveries: 2 });
    const seen = await request(stack, 'GET', `/v1/comments/${first.id}`, { key });
    expect(seen.body).toMatchObject({ status: 'approved', text: ERASED_TEXT, author: { name: ERASED_NAME }, erasedAt: expect.any(String) });
    const listing = await request(stack, 'GET', '/v1/posts/harbour/comments', { key });
    // The tombstone keeps its place, so the reply under it is still listed.
    expect(listing.body.items.map((c: { id: string; author: { name: string } }) => [c.id, c.author.name])).toEqual([
      [first.id, ERASED_NAME],
      [reply.body.id, 'Sam'],
    ]);

    const table = JSON.stringify(await scanTable());
    for (const trace of [EMAIL, EMAIL.toLowerCase(), NAME, URL_, 'erin-writes', IP, 'ErinBrowser', ...TEXTS, 'Erin again']) expect(table).not.toContain(trace);
    expect(table).not.toContain(first.client?.ipHash ?? 'ip_never');

    const audit = await request(stack, 'GET', `/v1/moderation/comments/${second.id}`, { headers: bearer(moderator) });
    expect(audit.body.history).toEqual([
      expect.objectContaining({ by: 'moderator:mona', action: 'reject' }),
      expect.objectContaining({ by: expect.stringMatching(/^operator:/), action: 'erase', from: 'rejected', to: 'rejected' }),
    ]);
    expect(audit.body.history[0]).not.toHaveProperty('note');

    const erasedEvents = await eventually(
      async () => {
        const events = receiver.received.filter((r) => r.path === '/erased' && r.event.type === 'comment.erased');
        return events.length >= 2 ? events : undefined;
      },
      'two comment.erased deliveries',
    );
    expect(erasedEvents.map((r) => r.event.data.commentId).sort()).toEqual([first.id, second.id].sort());
    expect(erasedEvents[0]!.event.data).toMatchObject({ decidedBy: null, outcome: null, reasons: [] });
    expect(erasedEvents[0]!.headers['sieve-signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);

    // Running it again finds nothing more.
    expect((await sieve('authors', 'erase', '--site', 'erase-site', '--email', EMAIL, '--yes')).erased).toEqual([]);
  }, 60_000);

  it("keeps the text when the site's policy says so, and names the author by the blog's id", async () => {
    // Prepare
    const policy = join(dataDir, 'keep.json');
    writeFileSync(policy, JSON.stringify({ erasure: { keepText: true } }));
    const set = await runSieve(['policy', 'set', 'keep-site', policy], '', { env: { SIEVE_DATA_DIR: dataDir } });
    expect(set.code, set.stderr).toBe(0);
    const kept = await submit(keepKey, 'pier', 'The pier lights look wonderful this winter.', { author: { name: 'Kim', id: 'kim-42' } });

    // Act
    const report = await sieve('authors', 'erase', '--site', 'keep-site', '--author', 'kim-42', '--yes');

    // Assert
    expect(report).toMatchObject({ erased: [kept.id], textKept: true, recordsDeleted: ['id'] });
    const seen = await request(stack, 'GET', `/v1/comments/${kept.id}`, { key: keepKey });
    expect(seen.body).toMatchObject({ text: 'The pier lights look wonderful this winter.', author: { name: ERASED_NAME } });
    expect(seen.body.author).not.toHaveProperty('id');
  }, 60_000);

  it('refuses to guess the author: exactly one of --author and --email (exit 2)', async () => {
    const both = await runSieve(['authors', 'export', '--site', 'erase-site', '--author', 'a', '--email', 'e@x.example'], '', { env: { SIEVE_DATA_DIR: dataDir } });
    const neither = await runSieve(['authors', 'erase', '--site', 'erase-site', '--yes'], '', { env: { SIEVE_DATA_DIR: dataDir } });
    expect([both.code, neither.code]).toEqual([2, 2]);
    expect(both.stderr).toContain('exactly one of --author ID or --email E');
  });
});
