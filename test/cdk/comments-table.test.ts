import { beforeAll, expect, test } from 'vitest';
import { TABLE_DEFINITION } from '../../shared/store/table.ts';
import { type CfnResourceJson, type SynthesizedSieve, synthesizeSieve } from './sieve-template.ts';

let sieve: SynthesizedSieve;
let table: CfnResourceJson;
beforeAll(() => {
  sieve = synthesizeSieve({ bundle: false });
  table = sieve.resource(sieve.logicalId(sieve.stack.table));
});

const keySchema = (partitionKey: string, sortKey: string) => [
  { AttributeName: partitionKey, KeyType: 'HASH' },
  { AttributeName: sortKey, KeyType: 'RANGE' },
];

test('has the key design of shared/store/table.ts, its indexes projecting every attribute', () => {
  expect(table.Properties.KeySchema).toEqual(keySchema(TABLE_DEFINITION.partitionKey, TABLE_DEFINITION.sortKey));
  expect(table.Properties.GlobalSecondaryIndexes).toEqual(
    TABLE_DEFINITION.indexes.map((index) => ({
      IndexName: index.name,
      KeySchema: keySchema(index.partitionKey, index.sortKey),
      Projection: { ProjectionType: 'ALL' },
    })),
  );
});

test('expires counters through the ttl attribute', () => {
  expect(table.Properties.TimeToLiveSpecification).toEqual({
    AttributeName: TABLE_DEFINITION.ttlAttribute,
    Enabled: true,
  });
});

test('bills on demand and keeps point-in-time recovery on', () => {
  expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
  expect(table.Properties.Replicas).toEqual([
    expect.objectContaining({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
  ]);
});

test('survives the deletion or replacement of the stack', () => {
  expect(table.DeletionPolicy).toBe('Retain');
  expect(table.UpdateReplacePolicy).toBe('Retain');
});

test('lists a site’s labelled comments through a byLabel index keyed by site and label time', () => {
  // The trainer and `sieve learn labels` page a site's labels in the order they were given.
  expect(table.Properties.GlobalSecondaryIndexes).toContainEqual({
    IndexName: 'byLabel',
    KeySchema: keySchema('gsi3pk', 'labelledAt'),
    Projection: { ProjectionType: 'ALL' },
  });
  expect(table.Properties.AttributeDefinitions).toEqual(
    expect.arrayContaining([
      { AttributeName: 'gsi3pk', AttributeType: 'S' },
      { AttributeName: 'labelledAt', AttributeType: 'S' },
    ]),
  );
});
