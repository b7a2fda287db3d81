import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDb, type Emulator } from '../../local/emulators/dynamodb.ts';
import { ensureTable } from '../../local/provision.ts';
import { contextQuery, DEFAULT_POLICY, type CommentInput } from '../../shared/engine/index.ts';
import { DynamoContextSource } from '../../shared/store/context.ts';

// The worker's stream context against a real DynamoDB API: what one comment records, the
// next one sees (duplicates by anyone and by the author, flood, history), per site.

let emulator: Emulator;
let doc: DynamoDBDocumentClient;
const T0 = Date.parse('2026-11-26T12:00:00.000Z');

const comment = (id: string, authorId: string, text: string, at: number): CommentInput => ({ id, text, author: { name: authorId, id: authorId }, createdAt: at });

const seen = async (siteId: string, c: CommentInput, outcome: 'approve' | 'flag' | 'reject' = 'approve') => {
  const source = new DynamoContextSource(doc, 'ctx-test', siteId, c.id);
  const query = contextQuery(c, DEFAULT_POLICY);
  const facts = await source.lookup(query);
  await source.record(query, outcome);
  return facts;
};

beforeAll(async () => {
  emulator = await startDynamoDb();
  const client = new DynamoDBClient({ endpoint: emulator.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  await ensureTable(client, 'ctx-test');
  doc = DynamoDBDocumentClient.from(client);
});

afterAll(async () => {
  await emulator?.stop();
});

describe('DynamoContextSource', () => {
  it('sees earlier copies of a text, by anyone and by the same author, and near copies too', async () => {
    const text = 'Win a free phone today at my page';
    expect((await seen('s1', comment('c1', 'ann', text, T0))).sameText).toEqual({ byAnyone: 0, byAuthor: 0 });
    expect((await seen('s1', comment('c2', 'bob', text, T0 + 1000))).sameText).toEqual({ byAnyone: 1, byAuthor: 0 });
    expect((await seen('s1', comment('c3', 'ann', 'WIN a FREE phone TODAY at my page!!', T0 + 2000))).sameText).toEqual({ byAnyone: 2, byAuthor: 1 });
    expect((await seen('s2', comment('c4', 'ann', text, T0 + 3000))).sameText).toEqual({ byAnyone: 0, byAuthor: 0 });
  });

  it('counts an author’s recent posts for the flood check and keeps their history', async () => {
    for (let i = 0; i < 4; i++) await seen('s3', comment(`f${i}`, 'cat', `message number ${'abcd'[i]} about things`, T0 + i * 1000), i === 3 ? 'reject' : 'approve');
    const facts = await seen('s3', comment('f9', 'cat', 'yet another message', T0 + 5000));
    expect(facts.authorRecent).toBe(4);
    expect(facts.authorHistory).toEqual({ approved: 3, rejected: 1, flagged: 0 });
    const later = await seen('s3', comment('f10', 'cat', 'much later message', T0 + DEFAULT_POLICY.windows.floodMs + 10_000));
    expect(later.authorRecent).toBe(0);
  });

  it('counts posts of the same burst that were decided first, though written a moment later', async () => {
    // A batch holds a burst in no particular order: the comment written first may be decided last.
    await seen('s4', comment('g2', 'dan', 'second thought on the matter', T0 + 2000));
    await seen('s4', comment('g3', 'dan', 'third thought on the matter', T0 + 3000));
    const first = await seen('s4', comment('g1', 'dan', 'first thought on the matter', T0 + 1000));
    expect(first.authorRecent).toBe(2);
  });
});
