import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDb, type Emulator } from '../../local/emulators/dynamodb.ts';
import { ensureTable } from '../../local/provision.ts';
import { newComment, type Comment } from '../../shared/comments/comment.ts';
import type { Submission } from '../../shared/comments/submission.ts';
import { hashClientIp } from '../../shared/comments/client-ip.ts';
import { personalHash } from '../../shared/review/personal-hash.ts';
import type { QueueFilters } from '../../shared/review/review-request.ts';
import { CommentStore } from '../../shared/store/comments.ts';
import { ReviewStore } from '../../shared/store/review.ts';

// The Pending and All queues and search, on the embedded DynamoDB: pending comments are
// listed before the engine decides, All merges every queue of a site in time order with a
// cursor that walks each comment once, and search matches text and names folded, an e-mail by
// its hash and an IP by the site's salted key, within one site.

let emulator: Emulator;
let comments: CommentStore;
let review: ReviewStore;

const SITE = 'site-search';
const SALT = Buffer.alloc(32, 7);
const OUTCOMES = ['flag', 'approve', 'reject', null] as const;
const written: Comment[] = [];

const write = async (i: number, siteId: string, outcome: (typeof OUTCOMES)[number], submission: Partial<Submission> = {}) => {
  const c = newComment({
    id: `c_s${siteId.length}${String(i).padStart(4, '0')}`,
    siteId,
    submission: { postId: 'post-1', author: { name: `Reader ${i}` }, text: `plain remark number ${i}`, ...submission },
    bodyHash: 'h',
    // Pairs share a millisecond: the table key orders them, and the merge must agree.
    now: new Date(Date.UTC(2026, 11, 1, 10, 0, 0, Math.floor(i / 2))),
    correlationId: 'corr',
    // Intake keeps only the site's salted key of an IP, as submitComment does.
    ...(submission.client?.ip ? { ipHash: hashClientIp(SALT, siteId, submission.client.ip) } : {}),
  });
  await comments.create(c);
  if (outcome) await comments.recordDecision(c, { outcome, scores: {}, reasons: [], policyVersion: 'test-1', by: 'engine' }, new Date());
  written.push(c);
  return c;
};

const query = (extra: Partial<QueueFilters>): QueueFilters => ({ status: 'all', order: 'oldest', limit: 7, ...extra });

const walk = async (q: Partial<QueueFilters>, budget?: number): Promise<string[]> => {
  const ids: string[] = [];
  let cursor: string | undefined;
  let requests = 0;
  do {
    const page = await review.listQueue(SITE, query({ ...q, ...(cursor ? { cursor } : {}) }), budget);
    ids.push(...page.items.map((c) => c.id));
    cursor = page.nextCursor;
    requests += 1;
  } while (cursor && requests < 200);
  return ids;
};

beforeAll(async () => {
  emulator = await startDynamoDb();
  const client = new DynamoDBClient({ endpoint: emulator.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  await ensureTable(client, 'search-test');
  const doc = DynamoDBDocumentClient.from(client);
  comments = new CommentStore(doc, 'search-test');
  review = new ReviewStore(doc, 'search-test');
  for (let i = 0; i < 40; i++) await write(i, SITE, OUTCOMES[i % 4]!);
  await write(40, SITE, 'flag', { text: 'Cheap WATCHES at discount prices', author: { name: 'Márta Kovács', id: 'mk-7', email: 'Marta@Example.org' }, client: { ip: '203.0.113.9' } });
  await write(41, SITE, null, { text: 'where can I buy cheap watches', author: { name: 'Other', email: 'other@example.org' }, client: { ip: '203.0.113.10' } });
  // Another site holding the same words: never found from this one.
  await write(42, 'site-elsewhere', 'flag', { text: 'cheap watches here too', author: { name: 'Márta Kovács', id: 'mk-7', email: 'marta@example.org' }, client: { ip: '203.0.113.9' } });
}, 60_000);

afterAll(async () => {
  await emulator?.stop();
});

describe('the pending and all queues', () => {
  it('lists comments the engine has not decided in the pending queue, and counts them', async () => {
    const page = await review.listQueue(SITE, query({ status: 'pending', limit: 100 }));
    const counts = await review.countByStatus(SITE);

    expect(page.items.map((c) => c.status)).toEqual(Array(11).fill('pending'));
    expect(counts.counts.pending).toBe(11);
  });

  it('merges every queue of the site in time order, and its cursor walks each comment once', async () => {
    const mine = written.filter((c) => c.siteId === SITE);
    const expected = [...mine].sort((a, b) => (a.createdAt + a.id < b.createdAt + b.id ? -1 : 1)).map((c) => c.id);

    const oldest = await walk({});
    const newest = await walk({ order: 'newest' });

    expect(oldest).toEqual(expected);
    expect(newest).toEqual([...expected].reverse());
  });

  it('stays in order and complete when a filter and a small read budget cut pages short', async () => {
    const ids = await walk({ q: 'number 1' }, 8);

    // "number 1", "number 10".."number 19": the texts that contain it, each once, in order.
    expect(ids).toEqual(written.filter((c) => c.siteId === SITE && c.text.includes('number 1')).map((c) => c.id));
  });
});

describe('search', () => {
  it('finds text that contains the words, whatever their case, in every queue', async () => {
    const page = await review.listQueue(SITE, query({ q: 'cheap watches' }));

    expect(page.items.map((c) => c.text)).toEqual(['Cheap WATCHES at discount prices', 'where can I buy cheap watches']);
  });

  it('finds an author by part of the name or by exact id, within a queue', async () => {
    const byName = await review.listQueue(SITE, query({ author: 'márta' }));
    const byId = await review.listQueue(SITE, query({ author: 'mk-7', status: 'flagged' }));
    const notPartOfId = await review.listQueue(SITE, query({ author: 'mk' }));

    expect(byName.items.map((c) => c.id)).toEqual([written[40]!.id]);
    expect(byId.items.map((c) => c.id)).toEqual([written[40]!.id]);
    expect(notPartOfId.items).toEqual([]);
  });

  it("matches an e-mail by its hash and an IP by the site's salted key, exactly", async () => {
    const email = await review.listQueue(SITE, query({ emailHash: await personalHash('email', ' marta@EXAMPLE.org ') }));
    const ip = await review.listQueue(SITE, query({ ipKey: hashClientIp(SALT, SITE, '203.0.113.10') }));
    const otherIp = await review.listQueue(SITE, query({ ipKey: hashClientIp(SALT, SITE, '203.0.113.11') }));
    const otherSite = await review.listQueue(SITE, query({ ipKey: hashClientIp(SALT, 'site-other', '203.0.113.10') }));
    const partOfEmail = await review.listQueue(SITE, query({ emailHash: await personalHash('email', 'example.org') }));

    expect(email.items.map((c) => c.id)).toEqual([written[40]!.id]);
    expect(ip.items.map((c) => c.id)).toEqual([written[41]!.id]);
    expect(otherIp.items).toEqual([]);
    expect(otherSite.items).toEqual([]);
    expect(partOfEmail.items).toEqual([]);
  });

  it('lists all of one author’s comments by author key', async () => {
    const page = await review.listQueue(SITE, query({ authorKey: 'id:mk-7' }));

    expect(page.items.map((c) => c.id)).toEqual([written[40]!.id]);
  });
});
