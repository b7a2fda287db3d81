import { CreateTableCommand, DescribeTableCommand, ResourceNotFoundException, type DynamoDBClient, type TableDescription } from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, GetQueueAttributesCommand, SetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { QUEUES, type QueueName } from '../functions/manifest.ts';
import { TABLE_DEFINITION } from '../shared/store/table.ts';

// Creates the table and queues from the same definitions the CDK stack deploys, so the
// local runtime cannot drift from AWS. Safe to run on every start.

export class OutdatedTableError extends Error {
  override readonly name = 'OutdatedTableError';
}

const indexSchema = (index: { name: string; partitionKey: string; sortKey: string }) => `${index.name}(${index.partitionKey}, ${index.sortKey})`;

/**
 * A data folder made by an earlier Sieve may hold the table with other index keys; the
 * emulator cannot change them in place, and queries would silently find nothing.
 */
const assertIndexesMatch = (table: TableDescription | undefined, tableName: string): void => {
  const found = (table?.GlobalSecondaryIndexes ?? [])
    .map((i) => indexSchema({
      name: i.IndexName ?? '',
      partitionKey: i.KeySchema?.find((k) => k.KeyType === 'HASH')?.AttributeName ?? '',
      sortKey: i.KeySchema?.find((k) => k.KeyType === 'RANGE')?.AttributeName ?? '',
    }))
    .sort();
  const wanted = TABLE_DEFINITION.indexes.map(indexSchema).sort();
  if (found.join() !== wanted.join()) {
    throw new OutdatedTableError(
      `the local table ${tableName} has indexes ${found.join(', ') || 'none'}, but this version of Sieve needs ${wanted.join(', ')}: it was made by an earlier version. Delete the data folder (SIEVE_DATA_DIR, default .sieve/) and start again.`,
    );
  }
};

export const ensureTable = async (dynamodb: DynamoDBClient, tableName: string): Promise<void> => {
  try {
    const { Table } = await dynamodb.send(new DescribeTableCommand({ TableName: tableName }));
    assertIndexesMatch(Table, tableName);
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  // Both indexes sort by the same attribute: each name is defined once.
  const keyNames = [
    ...new Set([TABLE_DEFINITION.partitionKey, TABLE_DEFINITION.sortKey, ...TABLE_DEFINITION.indexes.flatMap((i) => [i.partitionKey, i.sortKey])]),
  ];
  await dynamodb.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: keyNames.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: TABLE_DEFINITION.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_DEFINITION.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: TABLE_DEFINITION.indexes.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: index.projection },
      })),
    }),
  );
};

export interface ProvisionedQueue {
  url: string;
  arn: string;
  deadLetterUrl: string;
  deadLetterArn: string;
}

const DAY_SECONDS = 86_400;

const createQueue = async (sqs: SQSClient, name: string, attributes: Record<string, string>) => {
  // Create bare, then set attributes: CreateQueue fails on an existing queue whose
  // attributes differ, and a restart with other settings must still work.
  const { QueueUrl } = await sqs.send(new CreateQueueCommand({ QueueName: name }));
  if (!QueueUrl) throw new Error(`CreateQueue returned no URL for ${name}`);
  await sqs.send(new SetQueueAttributesCommand({ QueueUrl, Attributes: attributes }));
  const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['QueueArn'] }));
  return { url: QueueUrl, arn: Attributes?.QueueArn ?? '' };
};

export const ensureQueues = async (
  sqs: SQSClient,
  options: { namePrefix: string; visibilityTimeoutSeconds?: number },
): Promise<Record<QueueName, ProvisionedQueue>> => {
  const entries = await Promise.all(
    Object.entries(QUEUES).map(async ([key, spec]) => {
      const dlq = await createQueue(sqs, `${options.namePrefix}-${spec.name}-dlq`, {
        MessageRetentionPeriod: String(spec.deadLetter.retentionDays * DAY_SECONDS),
      });
      const main = await createQueue(sqs, `${options.namePrefix}-${spec.name}`, {
        VisibilityTimeout: String(options.visibilityTimeoutSeconds ?? spec.localVisibilityTimeoutSeconds),
        MessageRetentionPeriod: String(spec.retentionDays * DAY_SECONDS),
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: spec.deadLetter.maxReceiveCount }),
      });
      return [key, { url: main.url, arn: main.arn, deadLetterUrl: dlq.url, deadLetterArn: dlq.arn }] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<QueueName, ProvisionedQueue>;
};
