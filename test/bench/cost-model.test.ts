import { describe, expect, it } from 'vitest';
import { authorizerMissRate, xraySampledShare } from '../../bench/cost/assumptions.ts';
import { writeUnits, type TableShape } from '../../bench/cost/capacity.ts';
import { itemSize, type Item } from '../../bench/cost/item-size.ts';
import { perRequestFloor } from '../../bench/cost/levers.ts';
import { costBreakdown } from '../../bench/cost/model.ts';
import { loadPrices, type Prices } from '../../bench/cost/prices.ts';
import type { UsageProfile } from '../../bench/cost/profile.ts';

const PRICES: Prices = {
  region: 'us-east-1',
  apiGateway: { httpRequestsPerMillion: 1.0 },
  lambda: { requestsPerMillion: 0.2, gbSecond: { arm64: 0.0000133334, x86_64: 0.0000166667 } },
  sqs: { standardRequestsPerMillion: 0.4 },
  dynamodb: { onDemandWriteUnitsPerMillion: 0.625, onDemandReadUnitsPerMillion: 0.125, provisionedWriteCapacityUnitHour: 0.00065, provisionedReadCapacityUnitHour: 0.00013 },
  cloudWatchLogs: { ingestionPerGb: 0.5 },
  xray: { tracesRecordedPerMillion: 5.0 },
  cloudWatchMetrics: { customMetricMonth: 0.3 },
};

const dynamo = (operation: string, kind: string, units: { read?: number; table?: number; index?: number }) => ({
  operation,
  kind,
  itemsPerComment: 1,
  readUnitsPerComment: units.read ?? 0,
  tableWriteUnitsPerComment: units.table ?? 0,
  indexWriteUnitsPerComment: units.index ?? 0,
  keysOnlyIndexWriteUnitsPerComment: 0,
});

// A round-numbered comment life: authorizer on half the requests, worker batches of 10.
const PROFILE: UsageProfile = {
  apiRequestsPerComment: 1,
  lambda: [
    { name: 'siteKeyAuthorizer', memoryMb: 256, architecture: 'arm64', invocationsPerComment: 0.5, billedMsPerInvocation: 4, traced: true },
    { name: 'submitComment', memoryMb: 512, architecture: 'arm64', invocationsPerComment: 1, billedMsPerInvocation: 10, traced: true },
    { name: 'moderateComments', memoryMb: 1024, architecture: 'arm64', invocationsPerComment: 0.1, billedMsPerInvocation: 50, traced: true },
  ],
  sqsRequestsPerComment: { send: 1, receive: 0.1, delete: 0.1 },
  dynamodb: [dynamo('PutItem', 'COMMENT', { table: 2 }), dynamo('UpdateItem', 'COMMENT', { table: 2, index: 3 }), dynamo('GetItem', 'COMMENT', { read: 1 })],
  logs: {
    handlerBytes: 1000,
    handlerEvents: 2,
    emfBytes: 400,
    emfEvents: 2,
    platformBytes: 700,
    platformEvents: 3,
    accessBytes: 250,
    accessEvents: 1,
    overheadBytesPerEvent: 26,
  },
  xray: { tracedInvocationsPerComment: 1.6, sampledShare: 0.25 },
};

describe('cost model arithmetic', () => {
  it('prices a fixed usage profile component by component, as worked out by hand', () => {
    // Act
    const { lines, totalPerMillion } = costBreakdown(PROFILE, PRICES);

    // Assert: dollars per million comments.
    const cost = Object.fromEntries(lines.map((l) => [l.component, l.perMillion]));
    expect(cost['API Gateway HTTP API requests']).toBeCloseTo(1.0, 9); // 1 request x $1.00
    expect(cost['Lambda requests']).toBeCloseTo(0.32, 9); // (0.5 + 1 + 0.1) x $0.20
    expect(cost['Lambda compute siteKeyAuthorizer']).toBeCloseTo(0.0066667, 6); // 0.5 x 0.004 s x 0.25 GB x $0.0000133334 x 1e6
    expect(cost['Lambda compute submitComment']).toBeCloseTo(0.066667, 6); // 1 x 0.010 s x 0.5 GB
    expect(cost['Lambda compute moderateComments']).toBeCloseTo(0.066667, 6); // 0.1 x 0.050 s x 1 GB
    expect(cost['SQS requests']).toBeCloseTo(0.48, 9); // 1.2 requests x $0.40
    expect(cost['DynamoDB writes (on-demand)']).toBeCloseTo(4.375, 9); // (2 + 2 + 3) WRU x $0.625
    expect(cost['DynamoDB reads (on-demand)']).toBeCloseTo(0.125, 9); // 1 RRU x $0.125
    // (1000 + 400 + 700 + 250) bytes + 8 events x 26 = 2558 bytes; / 2^30 x $0.50 x 1e6
    expect(cost['CloudWatch Logs ingestion']).toBeCloseTo((2558 / 1073741824) * 0.5 * 1e6, 9);
    expect(cost['CloudWatch Logs ingestion']).toBeCloseTo(1.191158, 5);
    expect(cost['X-Ray traces (active tracing)']).toBeCloseTo(2.0, 9); // 1.6 x 25% x $5.00
    expect(lines).toHaveLength(10);
    expect(totalPerMillion).toBeCloseTo(9.631158, 5);
    expect(`total: $${totalPerMillion.toFixed(2)} per million comments`).toBe('total: $9.63 per million comments');
  });

  it('puts the per-request floor at API Gateway, SQS with full batches and Lambda requests', () => {
    // Act: worker batches of 10.
    const floor = perRequestFloor(PROFILE, PRICES, 10);

    // Assert: $1.00 + (1 send + 0.1 receive + 0.1 delete) x $0.40 + (0.5 + 1 + 0.1) x $0.20
    expect(floor).toBeCloseTo(1.0 + 0.48 + 0.32, 9);
  });

  it('derives the authorizer cache miss rate and the X-Ray sampled share from traffic', () => {
    // Prepare: 2 comments a minute against a 60 s TTL; 10 traced invocations a second.
    // Act
    const miss = authorizerMissRate(60, 2 / 60);
    const sampled = xraySampledShare(10, 1, 0.05);

    // Assert: one miss then two hits per cycle; 1 reservoir trace + 5% of the other 9.
    expect(miss).toBeCloseTo(1 / 3, 12);
    expect(sampled).toBeCloseTo(0.145, 12);
    expect(authorizerMissRate(0, 5)).toBe(1);
  });

  it('charges index writes for entries added, moved and failed conditions as DynamoDB bills them', () => {
    // Prepare: a table with one sparse ALL-projected index, and a 1.5 KB comment.
    const table: TableShape = { partitionKey: 'pk', sortKey: 'sk', indexes: [{ name: 'byQueue', partitionKey: 'gsi2pk', sortKey: 'gsi2sk', projection: 'ALL' }] };
    const pending: Item = { pk: { S: 'COMMENT#1' }, sk: { S: 'COMMENT' }, text: { S: 'x'.repeat(1500) } };
    const flagged: Item = { ...pending, gsi2pk: { S: 'QUEUE#s#flagged' }, gsi2sk: { S: 't#1' } };
    const approved: Item = { ...flagged, gsi2pk: { S: 'QUEUE#s#approved' } };

    // Act
    const put = writeUnits(table, undefined, pending);
    const decide = writeUnits(table, pending, flagged);
    const move = writeUnits(table, flagged, approved);
    const failed = writeUnits(table, flagged, flagged, true);

    // Assert
    expect(itemSize(pending)).toBe(2 + 9 + 2 + 7 + 4 + 1500);
    expect(put).toEqual({ table: 2, indexes: {} });
    expect(decide).toEqual({ table: 2, indexes: { byQueue: 2 } });
    expect(move).toEqual({ table: 2, indexes: { byQueue: 4 } });
    expect(failed).toEqual({ table: 2, indexes: {} });
  });

  it('loads bench/prices.json with every price the model multiplies by', () => {
    // Act
    const prices = loadPrices();

    // Assert: the figures the issue names.
    expect(prices.apiGateway.httpRequestsPerMillion).toBe(1.0);
    expect(prices.lambda.gbSecond.arm64).toBe(0.0000133334);
    expect(prices.dynamodb.onDemandWriteUnitsPerMillion).toBe(0.625);
    expect(prices.cloudWatchLogs.ingestionPerGb).toBe(0.5);
  });
});
