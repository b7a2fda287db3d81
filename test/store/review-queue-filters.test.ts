import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDb, type Emulator } from '../../local/emulators/dynamodb.ts';
import { ensureTable } from '../../local/provision.ts';
import { newComment } from '../../shared/comments/comment.ts';
import type { QueueQuery } from '../../shared/review/review-request.ts';
import { CommentStore } from '../../shared/store/comments.ts';
import { ReviewStore } from '../../shared/store/review.ts';

// A filtered queue page is full or the last one: DynamoDB filters after its own page limit,
// so the store reads on until it has a page of matches (the issue found 18 matches first
// appearing on the 40th page, behind empty pages that each carried a cursor).

let emulator: Emulator;
let review: ReviewStore;

const SITE = 'site-filters';
const NOISE = 450;
const MATCHES = 18;

const query = (extra: Partial<QueueQuery>): QueueQuery => ({ status: 'flagged', order: 'oldest', limit: 10, ...extra });

beforeAll(async () => {
  emulator = await startDynamoDb();
  const client = new DynamoDBClient({ endpoint: emulator.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  await ensureTable(client, 'filters-test');
  const doc = DynamoDBDocumentClient.from(client);
  const comments = new CommentStore(doc, 'filters-test');
  review = new ReviewStore(doc, 'filters-test');
  // Many flagged comments on other posts first, then the matches, all in the same queue.
  const write = async (i: number, postId: string, rule: string) => {
    const c = newComment({
      id: `c_f${String(i).padStart(5, '0')}`,
      siteId: SITE,
      submission: { postId, author: { name: 'Ann' }, text: `comment ${i}` },
      bodyHash: 'h',
      now: new Date(Date.UTC(2026, 10, 26, 10, 0, 0, i)),
      correlationId: 'corr',
    });
    await comments.create(c);
    await comments.recordDecision(c, { outcome: 'flag', scores: {}, reasons: [{ rule, category: rule.split('.')[0]!, detail: 'd', spans: [], contribution: 1 } as never], policyVersion: 'test-1', by: 'engine' }, new Date());
  };
  for (let i = 0; i < NOISE; i++) await write(i, `noise-${i % 7}`, 'spam.links.count');
  for (let i = 0; i < MATCHES; i++) await write(NOISE + i, 'post-late', 'insult.you');
}, 60_000);

afterAll(async () => {
  await emulator?.stop();
});

describe('filtered review-queue pages', () => {
  it('returns a full page of matches that first appear far down the queue', async () => {
    // Act
    const first = await review.listQueue(SITE, query({ postId: 'post-late' }));

    // Assert
    expect(first.items).toHaveLength(10);
    expect(first.items.every((c) => c.postId === 'post-late')).toBe(true);
    expect(first.nextCursor).toEqual(expect.any(String));
  });

  it('continues after the last match shown and ends with the last match, without a cursor', async () => {
    // Act
    const first = await review.listQueue(SITE, query({ rule: 'insult.you' }));
    const second = await review.listQueue(SITE, query({ rule: 'insult.you', cursor: first.nextCursor! }));

    // Assert
    const ids = [...first.items, ...second.items].map((c) => c.id);
    expect(new Set(ids).size).toBe(MATCHES);
    expect(second.items).toHaveLength(MATCHES - 10);
    expect(second.nextCursor).toBeUndefined();
  });

  it('filters by category the same way, newest first too', async () => {
    const page = await review.listQueue(SITE, query({ category: 'insult', order: 'newest', limit: 5 }));

    expect(page.items.map((c) => c.categories)).toEqual(Array(5).fill(['insult']));
  });

  it('stops at its read budget with a cursor, and the cursor leads on to every match', async () => {
    // Prepare: a budget well below the noise in front of the matches.
    const seen: string[] = [];
    let cursor: string | undefined;
    let requests = 0;

    // Act
    do {
      const page = await review.listQueue(SITE, query({ postId: 'post-late', ...(cursor ? { cursor } : {}) }), 100);
      requests += 1;
      if (requests === 1) expect(page.items).toEqual([]);
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor && requests < 50);

    // Assert
    expect(new Set(seen).size).toBe(MATCHES);
    expect(seen).toHaveLength(MATCHES);
    expect(cursor).toBeUndefined();
  });

  it('reads an unfiltered page as one page of the queue', async () => {
    const page = await review.listQueue(SITE, query({ limit: 3 }));

    expect(page.items.map((c) => c.id)).toEqual(['c_f00000', 'c_f00001', 'c_f00002']);
    expect(page.nextCursor).toEqual(expect.any(String));
  });
});
