import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDb, type Emulator } from '../../local/emulators/dynamodb.ts';
import { ensureTable } from '../../local/provision.ts';
import { newComment, type StoredDecision } from '../../shared/comments/comment.ts';
import { CommentStore } from '../../shared/store/comments.ts';

// The store against a real DynamoDB API (dynalite, in memory): conditional writes are
// the pipeline's guarantee that retries and redeliveries never undo a decision.

let emulator: Emulator;
let store: CommentStore;

const decision = (outcome: StoredDecision['outcome'], by: string): StoredDecision => ({
  outcome,
  scores: {},
  reasons: [],
  policyVersion: 'test-1',
  by,
});

const comment = (id: string, createdAt = new Date('2026-11-26T10:00:00.000Z')) =>
  newComment({
    id,
    siteId: 'site-s',
    submission: { postId: 'post-s', author: { name: 'Tess' }, text: `text of ${id}` },
    bodyHash: 'h',
    now: createdAt,
    correlationId: 'corr',
  });

beforeAll(async () => {
  emulator = await startDynamoDb();
  const client = new DynamoDBClient({ endpoint: emulator.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  await ensureTable(client, 'store-test');
  store = new CommentStore(DynamoDBDocumentClient.from(client), 'store-test');
});

afterAll(async () => {
  await emulator?.stop();
});

describe('CommentStore', () => {
  it('creates a comment once and returns the existing one on a second create', async () => {
    const c = comment('c_storecreate0000000000');
    expect(await store.create(c)).toEqual({ created: true });
    const again = await store.create({ ...c, text: 'changed' });
    expect(again).toEqual({ created: false, existing: expect.objectContaining({ id: c.id, text: c.text, status: 'pending' }) });
  });

  it('records a decision only while the comment is pending', async () => {
    const c = comment('c_storedecide0000000000');
    await store.create(c);
    expect(await store.recordDecision(c, decision('reject', 'moderator:kim'), new Date())).toBe('recorded');
    expect(await store.recordDecision(c, decision('approve', 'engine'), new Date())).toBe('already-decided');
    const stored = await store.get(c.id);
    expect(stored?.status).toBe('rejected');
    expect(stored?.decision?.by).toBe('moderator:kim');
  });

  it('lists only approved comments of a post, oldest first, across pages', async () => {
    const times = ['2026-11-26T09:00:03.000Z', '2026-11-26T09:00:01.000Z', '2026-11-26T09:00:02.000Z', '2026-11-26T09:00:04.000Z'];
    const comments = times.map((t, i) => comment(`c_storelist${i}00000000000`, new Date(t)));
    for (const c of comments) await store.create(c);
    await store.recordDecision(comments[0]!, decision('approve', 'engine'), new Date());
    await store.recordDecision(comments[1]!, decision('approve', 'engine'), new Date());
    await store.recordDecision(comments[2]!, decision('approve', 'engine'), new Date());
    await store.recordDecision(comments[3]!, decision('flag', 'engine'), new Date());

    const first = await store.listApproved('site-s', 'post-s', { limit: 2 });
    expect(first.items.map((c) => c.id)).toEqual([comments[1]!.id, comments[2]!.id]);
    const second = await store.listApproved('site-s', 'post-s', { limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((c) => c.id)).toEqual([comments[0]!.id]);
    expect(second.nextCursor).toBeUndefined();
    expect(await store.listApproved('other-site', 'post-s', { limit: 10 })).toEqual({ items: [] });
  });
});
