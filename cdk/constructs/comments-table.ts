import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { TABLE_DEFINITION } from '../../shared/store/table.ts';

const stringKey = (name: string) => ({ name, type: AttributeType.STRING });

export interface CommentsTableProps {
  /** Keep the table when the stack is deleted or the table replaced (off only for throwaway stages). */
  retain: boolean;
}

/** The single Sieve table, keys and indexes exactly as shared/store/table.ts defines them. */
export class CommentsTable extends TableV2 {
  constructor(scope: Construct, id: string, { retain }: CommentsTableProps) {
    super(scope, id, {
      partitionKey: stringKey(TABLE_DEFINITION.partitionKey),
      sortKey: stringKey(TABLE_DEFINITION.sortKey),
      globalSecondaryIndexes: TABLE_DEFINITION.indexes.map((index) => ({
        indexName: index.name,
        partitionKey: stringKey(index.partitionKey),
        sortKey: stringKey(index.sortKey),
      })),
      timeToLiveAttribute: TABLE_DEFINITION.ttlAttribute,
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // Comments, decisions and the audit log outlive any one deployment of the stack.
      removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      deletionProtection: retain,
    });
  }
}
