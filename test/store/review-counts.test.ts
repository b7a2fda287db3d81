import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDynamoDb, type Emulator } from '../../local/emulators/dynamodb.ts';
import { ensureTable } from '../../local/provision.ts';
import { newComment } from '../../shared/comments/comment.ts';
import { CommentStore } from '../../shared/store/comments.ts';
import { ReviewStore } from '../../shared/store/review.ts';

// Queue sizes are counted up to a limit: the console asks every few seconds, and a count
// reads every index entry it counts.

let emulator: Emulator;
let comments: CommentStore;
let review: ReviewStore;

const decide = async (siteId: string, n: number, outcome: 'flag' | 'approve') => {
  for (let i = 0; i < n; i++) {
    const c = newComment({
      id: `c_${siteId}${outcome}${String(i).padStart(4, '0')}`,
      siteId,
      submission: { postId: 'post-1', author: { name: 'Ann' }, text: `comment ${i}` },
      bodyHash: 'h',
      now: new Date(Date.UTC(2026, 10, 26, 10, 0, i)),
      correlationId: 'corr',
    });
    await comments.create(c);
    await comments.recordDecision(c, { outcome, scores: {}, reasons: [], policyVersion: 'test-1', by: 'engine' }, new Date());
  }
};

beforeAll(async () => {
  emulator = await startDynamoDb();
  const client = new DynamoDBClient({ endpoint: emulator.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  await ensureTable(client, 'counts-test');
  const doc = DynamoDBDocumentClient.from(client);
  comments = new CommentStore(doc, 'counts-test');
  review = new ReviewStore(doc, 'counts-test');
  await decide('site-big', 5, 'approve');
  await decide('site-big', 3, 'flag');
});

afterAll(async () => {
  await emulator?.stop();
});

it('counts each queue exactly while it holds no more than the limit', async () => {
  expect(await review.countByStatus('site-big', 5)).toEqual({ counts: { pending: 0, flagged: 3, rejected: 0, approved: 5, reported: 0 }, atLeast: [] });
});

it('stops at the limit and says which queues hold more', async () => {
  expect(await review.countByStatus('site-big', 4)).toEqual({ counts: { pending: 0, flagged: 3, rejected: 0, approved: 4, reported: 0 }, atLeast: ['approved'] });
  expect(await review.countByStatus('site-big', 2)).toEqual({ counts: { pending: 0, flagged: 2, rejected: 0, approved: 2, reported: 0 }, atLeast: ['flagged', 'approved'] });
});
