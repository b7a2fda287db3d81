import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startDynamoDb, type Emulator } from '../../local/emulators/dynamodb.ts';
import { ensureTable, OutdatedTableError } from '../../local/provision.ts';

// The local table is created once per data folder; a folder made by an earlier version
// with other index keys must stop the start with a way out, not serve empty listings.

let emulator: Emulator;
let client: DynamoDBClient;

beforeAll(async () => {
  emulator = await startDynamoDb();
  client = new DynamoDBClient({ endpoint: emulator.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
});

afterAll(async () => {
  await emulator?.stop();
});

it('creates the table once and accepts it on every later start', async () => {
  await ensureTable(client, 'fresh');
  await expect(ensureTable(client, 'fresh')).resolves.toBeUndefined();
});

it('refuses a table whose indexes an earlier version made, and says to delete the data folder', async () => {
  const keys = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'];
  await client.send(
    new CreateTableCommand({
      TableName: 'older',
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: keys.map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [1, 2].map((n) => ({
        IndexName: n === 1 ? 'byPost' : 'byQueue',
        KeySchema: [
          { AttributeName: `gsi${n}pk`, KeyType: 'HASH' },
          { AttributeName: `gsi${n}sk`, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  );

  const starting = ensureTable(client, 'older');

  await expect(starting).rejects.toThrow(OutdatedTableError);
  await expect(starting).rejects.toThrow(/byPost\(gsi1pk, gsi1sk\).*needs .*byPost\(gsi1pk, createdAt\).*Delete the data folder \(SIEVE_DATA_DIR, default \.sieve\/\)/);
});
