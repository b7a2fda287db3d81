import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDb, type Emulator } from '../../local/emulators/dynamodb.ts';
import { ensureTable } from '../../local/provision.ts';
import { newComment } from '../../shared/comments/comment.ts';
import { ConflictError } from '../../shared/errors.ts';
import { decideComment, decidePortsOf } from '../../shared/review/decide.ts';
import type { Moderator } from '../../shared/review/moderator.ts';
import { UNDO_WINDOW_MS, undoDecision, undoPortsOf } from '../../shared/review/undo.ts';
import { CommentStore } from '../../shared/store/comments.ts';
import { ReviewStore } from '../../shared/store/review.ts';

// The undo window, with time passed in: a decision can be undone for UNDO_WINDOW_MS after it
// was made, and not a moment later.

let emulator: Emulator;
let comments: CommentStore;
let review: ReviewStore;

const ana: Moderator = { sub: 'sub-ana', username: 'ana', sites: ['site-u'], admin: false };
const DECIDED_AT = new Date(Date.UTC(2026, 11, 4, 12, 0, 0));
let n = 0;

/** A flagged comment that ana rejected at DECIDED_AT; returns its id and the revision her decision made. */
const rejectedByAna = async () => {
  n += 1;
  const c = newComment({ id: `c_undo${n}`, siteId: 'site-u', submission: { postId: 'p', author: { name: 'Ann' }, text: `text ${n}` }, bodyHash: 'h', now: DECIDED_AT, correlationId: 'corr' });
  await comments.create(c);
  await comments.recordDecision(c, { outcome: 'flag', scores: {}, reasons: [], policyVersion: 'test-1', by: 'engine' }, DECIDED_AT);
  const decided = await decideComment({ moderator: ana, commentId: c.id, action: 'reject', reason: 'spam', revision: 1, now: DECIDED_AT }, decidePortsOf(comments, review));
  return { id: c.id, revision: decided.revision };
};

const undoAt = (item: { id: string; revision: number }, afterMs: number) =>
  undoDecision({ moderator: ana, commentId: item.id, revision: item.revision, now: new Date(DECIDED_AT.getTime() + afterMs) }, undoPortsOf(comments, review));

beforeAll(async () => {
  emulator = await startDynamoDb();
  const client = new DynamoDBClient({ endpoint: emulator.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  await ensureTable(client, 'undo-test');
  const doc = DynamoDBDocumentClient.from(client);
  comments = new CommentStore(doc, 'undo-test');
  review = new ReviewStore(doc, 'undo-test');
});

afterAll(async () => {
  await emulator?.stop();
});

describe('the undo window', () => {
  it('undoes a decision at the last moment of the window', async () => {
    const item = await rejectedByAna();

    const undone = await undoAt(item, UNDO_WINDOW_MS);

    expect(undone).toEqual({ id: item.id, status: 'flagged', revision: item.revision + 1 });
    expect((await comments.get(item.id))!.status).toBe('flagged');
  });

  it('refuses once the window has passed, and leaves the decision standing', async () => {
    const item = await rejectedByAna();

    const refused = await undoAt(item, UNDO_WINDOW_MS + 1).catch((e: unknown) => e);

    expect(refused).toBeInstanceOf(ConflictError);
    expect(refused).toMatchObject({ code: 'undo_expired' });
    expect((await comments.get(item.id))!).toMatchObject({ status: 'rejected', label: 'spam' });
  });
});
