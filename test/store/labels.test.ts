import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDb, type Emulator } from '../../local/emulators/dynamodb.ts';
import { ensureTable } from '../../local/provision.ts';
import { newComment, type Comment, type StoredDecision } from '../../shared/comments/comment.ts';
import { importedComment, parseImportLine } from '../../shared/labels/import.ts';
import { CommentStore } from '../../shared/store/comments.ts';
import { LabelStore } from '../../shared/store/labels.ts';
import { ReviewStore } from '../../shared/store/review.ts';

// Labels in the table, against a real DynamoDB API (dynalite, in memory): where each kind
// of label is written, that the site's label index lists them in the order they were given,
// and that imported history stays out of every public and moderator listing.

let emulator: Emulator;
let comments: CommentStore;
let review: ReviewStore;
let labels: LabelStore;

const TABLE = 'labels-test';

const decision = (outcome: StoredDecision['outcome'], scores: StoredDecision['scores'] = {}): StoredDecision => ({
  outcome,
  scores,
  reasons: [],
  policyVersion: 'test-1',
  by: 'engine',
});

let seq = 0;
const stored = async (siteId: string, createdAt: string, text = `comment ${++seq}`): Promise<Comment> => {
  const c = newComment({
    id: `c_label${String(++seq).padStart(17, '0')}`,
    siteId,
    submission: { postId: 'post-l', author: { name: 'Lee' }, text },
    bodyHash: 'h',
    now: new Date(createdAt),
    correlationId: 'corr',
  });
  await comments.create(c);
  return c;
};

const decided = async (c: Comment, d: StoredDecision) => {
  await comments.recordDecision(c, d, new Date(Date.parse(c.createdAt) + 500));
  return (await comments.get(c.id))!;
};

const moderate = async (c: Comment, action: 'approve' | 'reject', at: string, label?: 'ok' | 'spam' | 'abuse') => {
  const ok = await review.applyReview(c, action === 'approve' ? 'approved' : 'rejected', { by: 'moderator:ana', action, at }, label);
  expect(ok).toBe(true);
  return (await comments.get(c.id))!;
};

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};

const importLine = (siteId: string, json: object, now = new Date('2026-02-01T00:00:00.000Z')) => {
  const parsed = parseImportLine(JSON.stringify(json), 1);
  if (!parsed.ok) throw new Error(parsed.problem);
  return importedComment(siteId, parsed.line, now);
};

beforeAll(async () => {
  emulator = await startDynamoDb();
  const client = new DynamoDBClient({ endpoint: emulator.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  await ensureTable(client, TABLE);
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  comments = new CommentStore(doc, TABLE);
  review = new ReviewStore(doc, TABLE);
  labels = new LabelStore(doc, TABLE);
});

afterAll(async () => {
  await emulator?.stop();
});

describe('labels written with decisions', () => {
  it('labels a clean engine approval ok (auto) in the decision write, dated by its arrival, and neither a doubtful approval nor a flag', async () => {
    // Prepare
    const clean = await stored('site-auto', '2026-01-01T10:00:00.000Z');
    const doubtful = await stored('site-auto', '2026-01-01T10:00:01.000Z');
    const flagged = await stored('site-auto', '2026-01-01T10:00:02.000Z');

    // Act
    const a = await decided(clean, decision('approve', { spam: 0.1 }));
    const b = await decided(doubtful, decision('approve', { spam: 0.6 }));
    const c = await decided(flagged, decision('flag', { spam: 1.2 }));

    // Assert
    expect(a).toMatchObject({ label: 'ok', labelSource: 'auto' });
    expect(b.label).toBeUndefined();
    expect(c.label).toBeUndefined();
    expect((await collect(labels.autoSince('site-auto'))).map((l) => [l.id, l.labelledAt])).toEqual([[clean.id, clean.createdAt]]);
    // No index entry of its own: the label index holds only people's and imported labels.
    expect(await collect(labels.givenSince('site-auto'))).toEqual([]);
  });

  it('labels a moderator decision in the same write and lists it in the label index in the order given', async () => {
    // Prepare
    const first = await decided(await stored('site-mod', '2026-01-02T09:00:00.000Z'), decision('flag', { spam: 1.5 }));
    const second = await decided(await stored('site-mod', '2026-01-02T08:00:00.000Z'), decision('flag', { insult: 1.5 }));
    const third = await decided(await stored('site-mod', '2026-01-02T07:00:00.000Z'), decision('flag', { spam: 1.1 }));

    // Act
    await moderate(first, 'reject', '2026-01-03T10:00:00.000Z', 'spam');
    await moderate(second, 'reject', '2026-01-03T10:00:01.000Z', 'abuse');
    const approved = await moderate(third, 'approve', '2026-01-03T10:00:02.000Z', 'ok');

    // Assert
    expect(approved).toMatchObject({ label: 'ok', labelSource: 'moderator', labelledAt: '2026-01-03T10:00:02.000Z', status: 'approved' });
    const given = await collect(labels.givenSince('site-mod'));
    expect(given.map((l) => [l.id, l.label])).toEqual([
      [first.id, 'spam'],
      [second.id, 'abuse'],
      [third.id, 'ok'],
    ]);
    expect(given[0]).not.toHaveProperty('gsi3pk');
    expect((await collect(labels.givenSince('site-mod', '2026-01-03T10:00:01.000Z'))).map((l) => l.id)).toEqual([second.id, third.id]);
    expect(await labels.latestGivenAt('site-mod')).toBe('2026-01-03T10:00:02.000Z');
    expect(await labels.latestGivenAt('site-none')).toBeUndefined();
  });

  it('removes an auto label when a moderator overturns the approval, even for a reason that teaches nothing', async () => {
    // Prepare
    const c = await decided(await stored('site-over', '2026-01-04T10:00:00.000Z'), decision('approve'));
    expect(c.labelSource).toBe('auto');

    // Act
    const rejected = await moderate(c, 'reject', '2026-01-05T10:00:00.000Z');

    // Assert
    expect(rejected.label).toBeUndefined();
    expect(rejected.labelSource).toBeUndefined();
    expect(await collect(labels.labelsSince('site-over'))).toEqual([]);
  });

  it('merges auto labels with people’s into one stream in label order', async () => {
    // Prepare
    const early = await decided(await stored('site-merge', '2026-01-06T10:00:00.000Z'), decision('approve'));
    const flagged = await decided(await stored('site-merge', '2026-01-06T10:00:01.000Z'), decision('flag', { spam: 2 }));
    const late = await decided(await stored('site-merge', '2026-01-06T12:00:00.000Z'), decision('approve'));
    await moderate(flagged, 'reject', '2026-01-06T11:00:00.000Z', 'spam');

    // Act
    const all = await collect(labels.labelsSince('site-merge'));

    // Assert
    expect(all.map((l) => [l.id, l.labelSource])).toEqual([
      [early.id, 'auto'],
      [flagged.id, 'moderator'],
      [late.id, 'auto'],
    ]);
  });
});

describe('imported labels', () => {
  it('stores an imported line once, replaces it when its label changes, and never overwrites a posted comment', async () => {
    // Prepare
    const line = { id: 'wp-1', text: 'Cheap pills', label: 'spam' };

    // Act
    const first = await labels.putImported(importLine('site-imp', line));
    const again = await labels.putImported(importLine('site-imp', line, new Date('2026-02-02T00:00:00.000Z')));
    const relabelled = await labels.putImported(importLine('site-imp', { ...line, label: 'ok' }, new Date('2026-02-03T00:00:00.000Z')));
    const posted = await stored('site-imp', '2026-02-01T00:00:00.000Z');
    const taken = await labels.putImported({ ...importLine('site-imp', { id: 'wp-2', text: 'x', label: 'ok' }), id: posted.id });

    // Assert
    expect([first, again, relabelled, taken]).toEqual(['created', 'unchanged', 'updated', 'taken']);
    const given = await collect(labels.givenSince('site-imp'));
    expect(given).toHaveLength(1);
    expect(given[0]).toMatchObject({ externalId: 'wp-1', label: 'ok', status: 'approved', labelSource: 'import', labelledAt: '2026-02-03T00:00:00.000Z' });
    expect((await comments.get(posted.id))?.labelSource).toBeUndefined();
  });

  it('keeps imported history out of the post listing and the moderators’ queues', async () => {
    // Prepare
    const ok = importLine('site-hidden', { id: 'h-1', text: 'Nice', label: 'ok', postId: 'post-h' });
    const spam = importLine('site-hidden', { id: 'h-2', text: 'Spam', label: 'spam', postId: 'post-h' });

    // Act
    await labels.putImported(ok);
    await labels.putImported(spam);

    // Assert
    expect((await comments.listApproved('site-hidden', 'post-h', { limit: 10 })).items).toEqual([]);
    for (const status of ['approved', 'rejected', 'flagged'] as const) {
      expect((await review.listQueue('site-hidden', { status, order: 'oldest', limit: 10 })).items).toEqual([]);
    }
    expect((await review.countByStatus('site-hidden')).counts).toEqual({ pending: 0, flagged: 0, rejected: 0, approved: 0, reported: 0 });
    expect((await collect(labels.labelsSince('site-hidden'))).map((l) => l.externalId).sort()).toEqual(['h-1', 'h-2']);
  });
});
