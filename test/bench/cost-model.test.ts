import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, authorizerMissRate, xraySampledShare } from '../../bench/cost/assumptions.ts';
import { writeUnits, type TableShape } from '../../bench/cost/capacity.ts';
import { itemSize, type Item } from '../../bench/cost/item-size.ts';
import { allLeversTotal, levers, perRequestFloor } from '../../bench/cost/levers.ts';
import type { Measurement } from '../../bench/cost/measure.ts';
import { costBreakdown, fixedMonthlyCosts } from '../../bench/cost/model.ts';
import { lambdaPlatformEvents, platformEventsLogged } from '../../bench/cost/platform-logs.ts';
import { loadPrices, type Prices } from '../../bench/cost/prices.ts';
import { buildProfile, type UsageProfile } from '../../bench/cost/profile.ts';
import { type FunctionFacts, type TableBilling, type TemplateFacts, functionLogging, readTemplateFacts, tableBilling } from '../../bench/cost/template-facts.ts';

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
  dynamodbBilling: { mode: 'on-demand' },
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

  it('prices DynamoDB as provisioned units at the target utilisation when the table is provisioned', () => {
    // Prepare: the same usage on a table auto scaling keeps 70% busy.
    const provisioned: UsageProfile = { ...PROFILE, dynamodbBilling: { mode: 'provisioned', readUtilisation: 0.7, writeUtilisation: 0.7 } };

    // Act
    const onDemand = costBreakdown(PROFILE, PRICES);
    const { lines, totalPerMillion } = costBreakdown(provisioned, PRICES);

    // Assert: a unit-hour serves 3600 units at 100%, 2520 at 70%.
    const cost = Object.fromEntries(lines.map((l) => [l.component, l.perMillion]));
    expect(cost['DynamoDB writes (provisioned at 70%)']).toBeCloseTo((7 * 0.00065 * 1e6) / 2520, 9); // $1.805556
    expect(cost['DynamoDB reads (provisioned at 70%)']).toBeCloseTo((1 * 0.00013 * 1e6) / 2520, 9); // $0.051587
    expect(cost).not.toHaveProperty(['DynamoDB writes (on-demand)']);
    expect(totalPerMillion).toBeCloseTo(onDemand.totalPerMillion - 4.375 - 0.125 + 1.805556 + 0.051587, 5);
  });

  it('offers the provisioned-capacity lever only to an on-demand table, and counts it once in all levers together', () => {
    // Prepare: the lever's own utilisation, already applied by the template.
    const utilisation = DEFAULT_ASSUMPTIONS.provisionedUtilisation;
    const provisioned: UsageProfile = { ...PROFILE, dynamodbBilling: { mode: 'provisioned', readUtilisation: utilisation, writeUtilisation: utilisation } };
    const isProvisionedLever = (l: { name: string }) => l.name.startsWith('DynamoDB provisioned capacity');

    // Act
    const onDemandLevers = levers(PROFILE, PRICES, DEFAULT_ASSUMPTIONS, 10);
    const provisionedLevers = levers(provisioned, PRICES, DEFAULT_ASSUMPTIONS, 10);

    // Assert: the lever saves what the provisioned pricing above saves.
    expect(onDemandLevers.find(isProvisionedLever)?.savingPerMillion).toBeCloseTo(4.375 + 0.125 - (7 * 0.00065 * 1e6) / 2520 - (1 * 0.00013 * 1e6) / 2520, 9);
    expect(provisionedLevers.filter(isProvisionedLever)).toEqual([]);
    expect(allLeversTotal(provisioned, PRICES, DEFAULT_ASSUMPTIONS, 10)).toBeCloseTo(allLeversTotal(PROFILE, PRICES, DEFAULT_ASSUMPTIONS, 10), 9);
  });

  it('puts the auto-scaling floor of a provisioned table in the fixed monthly costs', () => {
    // Prepare: a table and two indexes, each at least 5 read and 5 write units.
    const units = { min: 5, max: 100, targetUtilisation: 0.7 };
    const billing: TableBilling = {
      mode: 'provisioned',
      capacities: ['table', 'byPost', 'byQueue'].map((resource) => ({ resource, read: units, write: units })),
    };

    // Act
    const provisioned = fixedMonthlyCosts({ idlePollers: 5, emfSeries: 10, tableBilling: billing }, PRICES);
    const onDemand = fixedMonthlyCosts({ idlePollers: 5, emfSeries: 10, tableBilling: { mode: 'on-demand' } }, PRICES);

    // Assert: (15 x $0.00013 + 15 x $0.00065) x 720 hours.
    const floor = provisioned.find((f) => f.item.startsWith('DynamoDB'));
    expect(floor?.item).toMatch(/floor of 15 read \+ 15 write units \(table, byPost, byQueue\)/);
    expect(floor?.dollars).toBeCloseTo(8.424, 9);
    expect(onDemand.map((f) => f.item)).toEqual(provisioned.filter((f) => f !== floor).map((f) => f.item));
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

describe('Lambda platform logs', () => {
  it('counts START/END/REPORT only when the system log level lets INFO through', () => {
    expect(platformEventsLogged({ logFormat: 'Text', systemLogLevel: undefined })).toBe(true);
    // Text format ignores a system log level; Lambda filters only JSON logs.
    expect(platformEventsLogged({ logFormat: 'Text', systemLogLevel: 'WARN' })).toBe(true);
    expect(platformEventsLogged({ logFormat: 'JSON', systemLogLevel: undefined })).toBe(true);
    expect(platformEventsLogged({ logFormat: 'JSON', systemLogLevel: 'INFO' })).toBe(true);
    expect(platformEventsLogged({ logFormat: 'JSON', systemLogLevel: 'DEBUG' })).toBe(true);
    expect(platformEventsLogged({ logFormat: 'JSON', systemLogLevel: 'WARN' })).toBe(false);
  });

  it('reads the log format and system log level from a function in the template', () => {
    expect(functionLogging({})).toEqual({ logFormat: 'Text', systemLogLevel: undefined });
    expect(functionLogging({ LoggingConfig: { LogGroup: { Ref: 'Logs' } } })).toEqual({ logFormat: 'Text', systemLogLevel: undefined });
    expect(functionLogging({ LoggingConfig: { LogFormat: 'JSON', SystemLogLevel: 'WARN', ApplicationLogLevel: 'INFO' } })).toEqual({
      logFormat: 'JSON',
      systemLogLevel: 'WARN',
    });
  });

  it('leaves the platform events of a function logging JSON at WARN out of the profile', () => {
    // Prepare: one comment; the authorizer and worker log text, the submit function JSON at WARN.
    const fn = (name: string, logging: Pick<FunctionFacts, 'logFormat' | 'systemLogLevel'>): FunctionFacts => ({
      name,
      memoryMb: 512,
      architecture: 'arm64',
      tracing: false,
      ...logging,
    });
    const text = { logFormat: 'Text', systemLogLevel: undefined } as const;
    const facts: TemplateFacts = {
      stackName: 'Sieve-dev',
      route: 'POST /v1/comments',
      // A TTL of 0: the authorizer runs on every request, once per comment.
      authorizer: { ...fn('siteKeyAuthorizer', text), resultTtlSeconds: 0 },
      submit: fn('submitComment', { logFormat: 'JSON', systemLogLevel: 'WARN' }),
      worker: { ...fn('moderateComments', text), batchSize: 10, batchingWindowSeconds: 1 },
      table: { partitionKey: 'pk', sortKey: 'sk', indexes: [] },
      tableBilling: { mode: 'on-demand' },
      accessLogFormat: '',
      deployedNameLength: {},
    };
    const counts = {
      comments: 1,
      received: 1,
      decisions: { approve: 1 },
      recordFailures: 0,
      invocations: { siteKeyAuthorizer: { count: 1, totalMs: 5 }, submitComment: { count: 1, totalMs: 9 }, moderateComments: { count: 1, totalMs: 20 } },
      seconds: 1,
    };
    const measurement = { timing: { ...counts, logLines: [] }, metered: { ...counts, dynamo: [], unpriced: [] } } as unknown as Measurement;

    // Act
    const { profile } = buildProfile(measurement, facts, DEFAULT_ASSUMPTIONS);

    // Assert: two functions' three events each, the submit function's none.
    const perInvocation = lambdaPlatformEvents(512, false);
    expect(profile.logs.platformEvents).toBe(2 * perInvocation.length);
    expect(profile.logs.platformBytes).toBe(2 * perInvocation.reduce((a, b) => a + b, 0));
    expect(profile.dynamodbBilling).toEqual({ mode: 'on-demand' });
  });
});

describe('the table billing in the template', () => {
  it('reads the auto scaling of the table and each index from a provisioned global table', () => {
    // Prepare: what TableV2 synthesizes, reduced to the billing properties.
    const scaling = (min: number, max: number, target: number) => ({ MinCapacity: min, MaxCapacity: max, SeedCapacity: max, TargetTrackingScalingPolicyConfiguration: { TargetValue: target } });
    const table = {
      Type: 'AWS::DynamoDB::GlobalTable',
      Properties: {
        BillingMode: 'PROVISIONED',
        WriteProvisionedThroughputSettings: { WriteCapacityAutoScalingSettings: scaling(5, 100, 70) },
        GlobalSecondaryIndexes: [{ IndexName: 'byPost', WriteProvisionedThroughputSettings: { WriteCapacityAutoScalingSettings: scaling(2, 50, 60) } }],
        Replicas: [
          {
            ReadProvisionedThroughputSettings: { ReadCapacityAutoScalingSettings: scaling(5, 200, 70) },
            GlobalSecondaryIndexes: [{ IndexName: 'byPost', ReadProvisionedThroughputSettings: { ReadCapacityAutoScalingSettings: scaling(1, 10, 80) } }],
          },
        ],
      },
    };

    // Act
    const billing = tableBilling(table);

    // Assert
    expect(billing).toEqual({
      mode: 'provisioned',
      capacities: [
        { resource: 'table', read: { min: 5, max: 200, targetUtilisation: 0.7 }, write: { min: 5, max: 100, targetUtilisation: 0.7 } },
        { resource: 'byPost', read: { min: 1, max: 10, targetUtilisation: 0.8 }, write: { min: 2, max: 50, targetUtilisation: 0.6 } },
      ],
    });
    expect(tableBilling({ Type: 'AWS::DynamoDB::GlobalTable', Properties: { BillingMode: 'PAY_PER_REQUEST' } })).toEqual({ mode: 'on-demand' });
    expect(() => tableBilling({ Type: 'AWS::DynamoDB::GlobalTable', Properties: { BillingMode: 'PROVISIONED', Replicas: [{ ReadProvisionedThroughputSettings: { ReadCapacityUnits: 10 } }] } })).toThrow(
      /no auto scaling for table reads/,
    );
  });

  it('synthesizes the stage the SIEVE_* environment describes, as cdk deploy would', () => {
    // Act
    const onDemand = readTemplateFacts({ env: {} });
    const provisioned = readTemplateFacts({ env: { SIEVE_CAPACITY: 'provisioned' } });

    // Assert
    expect(onDemand.tableBilling).toEqual({ mode: 'on-demand' });
    expect(provisioned.tableBilling.mode).toBe('provisioned');
    const capacities = provisioned.tableBilling.mode === 'provisioned' ? provisioned.tableBilling.capacities : [];
    expect(capacities.map((c) => c.resource)).toEqual(['table', 'byPost', 'byQueue', 'byLabel']);
    for (const c of capacities) {
      expect(c.read.targetUtilisation).toBe(0.7);
      expect(c.write.targetUtilisation).toBe(0.7);
    }
    // Two syntheses, each bundling every function: about 30 s alone on two cores, longer in the full suite.
  }, 180_000);
});
