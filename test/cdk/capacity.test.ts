import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_CAPACITY_MAX_UNITS, InvalidDeployConfigError, PROVISIONED_MIN_UNITS } from '../../cdk/deploy-config.ts';
import { TABLE_DEFINITION } from '../../shared/store/table.ts';
import { type CfnJson, type SynthesizedSieve, synthesizeSieve } from './sieve-template.ts';

// The `capacity` deploy setting: on-demand by default, or provisioned units that auto scaling
// keeps at 70% busy. TableV2 deploys an AWS::DynamoDB::GlobalTable, whose own
// *CapacityAutoScalingSettings register the Application Auto Scaling targets and
// target-tracking policies at deploy time, so they appear in the template as table properties
// rather than as AWS::ApplicationAutoScaling resources.

const AUTO_SCALING_RESOURCES = ['AWS::ApplicationAutoScaling::ScalableTarget', 'AWS::ApplicationAutoScaling::ScalingPolicy'];
const INDEX_NAMES = TABLE_DEFINITION.indexes.map((index) => index.name);

const tableOf = (sieve: SynthesizedSieve) => sieve.resource(sieve.logicalId(sieve.stack.table)).Properties;
type Json = Record<string, any>;

/** The auto-scaling settings of the table and of each index, for reads and for writes, by name. */
const autoScalingOf = (table: CfnJson) => {
  const replica = (table.Replicas as Json[])[0]!;
  const indexes = table.GlobalSecondaryIndexes as Json[];
  const replicaIndexes = (replica.GlobalSecondaryIndexes ?? []) as Json[];
  return {
    table: {
      read: replica.ReadProvisionedThroughputSettings?.ReadCapacityAutoScalingSettings,
      write: (table.WriteProvisionedThroughputSettings as Json | undefined)?.WriteCapacityAutoScalingSettings,
    },
    ...Object.fromEntries(
      indexes.map((index) => [
        index.IndexName,
        {
          read: replicaIndexes.find((r) => r.IndexName === index.IndexName)?.ReadProvisionedThroughputSettings?.ReadCapacityAutoScalingSettings,
          write: index.WriteProvisionedThroughputSettings?.WriteCapacityAutoScalingSettings,
        },
      ]),
    ),
  } as Record<string, { read: Json | undefined; write: Json | undefined }>;
};

/** cdk-nag findings (both packs) on the table or anything under it. */
const tableFindings = (sieve: SynthesizedSieve) => {
  const tablePath = sieve.stack.table.node.path;
  return [new AwsSolutionsChecks(), new ServerlessChecks()]
    .flatMap((pack) => pack.validateScope(sieve.stack).violations)
    .flatMap((v) => v.violatingResources.map((r) => ({ rule: v.ruleName, path: r.constructPath ?? '' })))
    .filter(({ path }) => path === tablePath || path.startsWith(`${tablePath}/`));
};

describe('by default (on-demand)', () => {
  let sieve: SynthesizedSieve;
  beforeAll(() => {
    sieve = synthesizeSieve({ bundle: false });
  });

  test('the table pays per request, with no provisioned units and nothing to scale', () => {
    const table = tableOf(sieve);

    expect(table.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table).not.toHaveProperty('WriteProvisionedThroughputSettings');
    expect(Object.values(autoScalingOf(table))).toEqual(
      ['table', ...INDEX_NAMES].map(() => ({ read: undefined, write: undefined })),
    );
    for (const type of AUTO_SCALING_RESOURCES) expect(sieve.resourcesOfType(type)).toEqual([]);
  });

  test('cdk-nag finds nothing about the table', () => {
    expect(tableFindings(sieve)).toEqual([]);
  });
});

describe('with capacity=provisioned', () => {
  let sieve: SynthesizedSieve;
  beforeAll(() => {
    sieve = synthesizeSieve({ bundle: false, context: { capacity: 'provisioned' } });
  });

  test('the table and both indexes get provisioned reads and writes that auto scaling keeps at 70% utilisation', () => {
    const table = tableOf(sieve);
    const scaling = autoScalingOf(table);

    expect(table.BillingMode).toBe('PROVISIONED');
    expect(Object.keys(scaling)).toEqual(['table', ...INDEX_NAMES]);
    for (const [resource, { read, write }] of Object.entries(scaling)) {
      for (const settings of [read, write]) {
        expect(settings, resource).toMatchObject({
          MinCapacity: PROVISIONED_MIN_UNITS,
          MaxCapacity: DEFAULT_CAPACITY_MAX_UNITS,
          TargetTrackingScalingPolicyConfiguration: { TargetValue: 70 },
        });
      }
    }
  });

  test('a small floor under a sane ceiling, and a seed so a live on-demand table can switch', () => {
    const { read, write } = autoScalingOf(tableOf(sieve)).table!;

    expect(PROVISIONED_MIN_UNITS).toBeGreaterThanOrEqual(1);
    expect(PROVISIONED_MIN_UNITS).toBeLessThanOrEqual(5);
    expect(DEFAULT_CAPACITY_MAX_UNITS).toBeGreaterThan(PROVISIONED_MIN_UNITS);
    // CloudFormation refuses to switch a table's billing mode without a seed for every scaled resource.
    expect(read!.SeedCapacity).toBeGreaterThanOrEqual(PROVISIONED_MIN_UNITS);
    expect(write!.SeedCapacity).toBeGreaterThanOrEqual(PROVISIONED_MIN_UNITS);
  });

  test('the operator sets the read and write ceilings of the table and of each index', () => {
    const tuned = synthesizeSieve({
      bundle: false,
      context: { capacity: 'provisioned', capacityMaxReadUnits: '40' },
      env: { SIEVE_CAPACITY_MAX_WRITE_UNITS: '250' },
    });

    for (const { read, write } of Object.values(autoScalingOf(tableOf(tuned)))) {
      expect(read).toMatchObject({ MinCapacity: PROVISIONED_MIN_UNITS, MaxCapacity: 40 });
      expect(write).toMatchObject({ MinCapacity: PROVISIONED_MIN_UNITS, MaxCapacity: 250 });
    }
  });

  test('point-in-time recovery and the retention of data stay as they are', () => {
    const table = sieve.resource(sieve.logicalId(sieve.stack.table));

    expect(table.Properties.Replicas).toEqual([
      expect.objectContaining({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }, DeletionProtectionEnabled: true }),
    ]);
    expect(table.DeletionPolicy).toBe('Retain');
  });

  test('cdk-nag finds nothing about the table', () => {
    expect(tableFindings(sieve)).toEqual([]);
  });
});

test.each([
  [{ capacity: 'provisoned' }, /deploy setting capacity \(-c capacity=… or SIEVE_CAPACITY\) must be on-demand or provisioned; got "provisoned"/],
  [{ capacity: 'provisioned', capacityMaxWriteUnits: '2' }, /deploy setting capacityMaxWriteUnits .*SIEVE_CAPACITY_MAX_WRITE_UNITS.* from 5 .* got "2"/],
  [{ capacityMaxReadUnits: '500' }, /deploy setting capacityMaxReadUnits .* only applies with capacity=provisioned/],
])('synthesis with %j stops with a message naming the setting', (context, message) => {
  expect(() => synthesizeSieve({ bundle: false, context })).toThrow(InvalidDeployConfigError);
  expect(() => synthesizeSieve({ bundle: false, context })).toThrow(message);
});
