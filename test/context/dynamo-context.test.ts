import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDb, type Emulator } from '../../local/emulators/dynamodb.ts';
import { ensureTable } from '../../local/provision.ts';
import { contextQuery } from '../../shared/engine/index.ts';
import { DynamoContextSource } from '../../shared/store/context.ts';
import { ReviewStore } from '../../shared/store/review.ts';
import { CONTRACT_POLICY, contextSourceContract } from './context-source.contract.ts';

// The worker's stream context against a real DynamoDB API (the embedded dynalite server), with
// a new source per comment as the worker makes them, and one site per stream.

const TABLE = 'ctx-test';
const T0 = Date.UTC(2026, 10, 26, 12, 0, 0);
let emulator: Emulator;
let client: DynamoDBClient;
let doc: DynamoDBDocumentClient;
let sites = 0;

beforeAll(async () => {
  emulator = await startDynamoDb();
  client = new DynamoDBClient({ endpoint: emulator.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  await ensureTable(client, TABLE);
  doc = DynamoDBDocumentClient.from(client);
});

afterAll(async () => {
  await emulator?.stop();
});

const newSite = () => `site-${++sites}`;

const query = (id: string, text: string, authorId: string, at = T0) =>
  contextQuery({ id, text, author: { id: authorId, name: authorId }, createdAt: at }, CONTRACT_POLICY);

describe('DynamoContextSource', () => {
  contextSourceContract(() => {
    const siteId = newSite();
    return { sourceFor: (commentId) => new DynamoContextSource(doc, TABLE, siteId, commentId) };
  });

  it('keeps each site’s stream apart', async () => {
    // Prepare
    const [one, two] = [newSite(), newSite()];
    const text = 'Win a free phone today at my page';
    const first = query('n1', text, 'ann');
    await new DynamoContextSource(doc, TABLE, one, 'n1').record(first, 'approve');

    // Act
    const elsewhere = await new DynamoContextSource(doc, TABLE, two, 'n2').lookup(query('n2', text, 'ann', T0 + 1000));

    // Assert
    expect(elsewhere.sameText).toEqual({ byAnyone: 0, byAuthor: 0, recentByOthers: 0 });
    expect(elsewhere.authorHistory.approved).toBe(0);
  });

  it('lists the author’s recent comments for the review console', async () => {
    // Prepare
    const siteId = newSite();
    for (const [i, id] of ['o1', 'o2'].entries()) {
      const source = new DynamoContextSource(doc, TABLE, siteId, id);
      const q = query(id, `comment ${'ab'[i]} about the park`, 'ann', T0 + i * 1000);
      await source.lookup(q);
      await source.record(q, 'approve');
    }

    // Act
    const stats = await new ReviewStore(doc, TABLE).authorStats(siteId, 'id:ann');

    // Assert
    expect(stats.recentIds).toEqual(['o2', 'o1']);
  });

  it('reads two items in one request per lookup and writes each once per record', async () => {
    // Prepare: a client of its own that counts the requests it sends.
    const sent: string[] = [];
    const counted = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: emulator.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } }));
    counted.middlewareStack.add((next, context) => (args) => {
      sent.push(String(context.commandName));
      return next(args);
    });
    const source = new DynamoContextSource(counted, TABLE, newSite(), 'p1');
    const q = query('p1', 'Vote for Zorg!', 'ann');

    // Act
    await source.lookup(q);
    await source.record(q, 'approve');

    // Assert
    expect(sent.sort()).toEqual(['BatchGetItemCommand', 'UpdateItemCommand', 'UpdateItemCommand']);
  });
});
