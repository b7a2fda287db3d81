import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, Capacity, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { TABLE_DEFINITION } from '../../shared/store/table.ts';

const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

/** On-demand, or provisioned units that auto scaling moves between a floor and a ceiling. */
export type TableCapacity =
  | { mode: 'on-demand' }
  | { mode: 'provisioned'; minUnits: number; maxReadUnits: number; maxWriteUnits: number };

/**
 * Auto scaling's target: consumed units at 70% of the provisioned ones. The 30% left over
 * absorbs a rise in traffic during the minutes scaling out takes; a higher target is cheaper
 * per comment and throttles sooner.
 */
export const TARGET_UTILIZATION_PERCENT = 70;

export interface CommentsTableProps {
  /** Keep the table when the stack is deleted or the table replaced (off only for throwaway stages). */
  retain: boolean;
  capacity: TableCapacity;
}

/** The single Sieve table, keys and indexes exactly as shared/store/table.ts defines them. */
export class CommentsTable extends TableV2 {
  constructor(scope: Construct, id: string, { retain, capacity }: CommentsTableProps) {
    super(scope, id, {
      partitionKey: stringKey(TABLE_DEFINITION.partitionKey),
      sortKey: stringKey(TABLE_DEFINITION.sortKey),
      // Indexes take no capacity of their own: with provisioned billing each inherits the
      // table's auto scaling (its own units, the same floor, ceiling and target).
      globalSecondaryIndexes: TABLE_DEFINITION.indexes.map((index) => ({
        indexName: index.name,
        partitionKey: stringKey(index.partitionKey),
        sortKey: stringKey(index.sortKey),
      })),
      timeToLiveAttribute: TABLE_DEFINITION.ttlAttribute,
      billing: billingOf(capacity),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // Comments, decisions and the audit log outlive any one deployment of the stack.
      removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      deletionProtection: retain,
    });
  }
}

const billingOf = (capacity: TableCapacity): Billing => {
  if (capacity.mode === 'on-demand') return Billing.onDemand();
  const autoscaled = (maxCapacity: number) =>
    Capacity.autoscaled({
      minCapacity: capacity.minUnits,
      maxCapacity,
      targetUtilizationPercent: TARGET_UTILIZATION_PERCENT,
      // CloudFormation needs a seed to switch a live table between billing modes (either way,
      // as a failed switch rolls back). The ceiling: a busy table switched to the floor would
      // throttle until auto scaling caught up; the surplus is scaled in within the hour.
      seedCapacity: maxCapacity,
    });
  return Billing.provisioned({ readCapacity: autoscaled(capacity.maxReadUnits), writeCapacity: autoscaled(capacity.maxWriteUnits) });
};
