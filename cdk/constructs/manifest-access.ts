import { Grant, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { type TableV2, TableGrants } from 'aws-cdk-lib/aws-dynamodb';
import type { FunctionSpec, QueueName } from '../../functions/manifest.ts';
import { TABLE_DEFINITION } from '../../shared/store/table.ts';
import type { SieveFunction } from './sieve-function.ts';
import type { WorkQueue } from './work-queue.ts';

/** ARNs of the table's GSIs by name, never `index/*`, so a new index is not readable by accident. */
export const indexArns = (table: TableV2): string[] =>
  TABLE_DEFINITION.indexes.map((index) => `${table.tableArn}/index/${index.name}`);

/**
 * Grants a function exactly the table and queue actions its manifest entry lists. Queue
 * consumption (`consume`) is not granted here: the SQS event source grants it when the
 * queue trigger is wired, and `assertConsumesOnlyItsTrigger` keeps the two consistent.
 */
export const grantManifestAccess = (
  fn: SieveFunction,
  table: TableV2,
  queues: Record<QueueName, WorkQueue>,
): void => {
  const tableActions = fn.spec.access.table;
  const keyPrefixes = fn.spec.access.tableKeyPrefixes;
  if (keyPrefixes && tableActions.length > 0) {
    // Items whose partition key starts with a listed prefix, and no others.
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: tableActions,
        resources: [table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': keyPrefixes.map((prefix) => `${prefix}*`) } },
      }),
    );
  } else if (tableActions.length > 0) {
    // `table.grant` would add `<table>/index/*` to every statement; item reads and writes
    // never touch an index, so they get the table ARN alone.
    TableGrants.fromTable(table, undefined, false).actions(fn, ...tableActions);
  }
  if (tableActions.includes('dynamodb:Query')) {
    Grant.addToPrincipal({ grantee: fn, actions: ['dynamodb:Query'], resourceArns: indexArns(table) });
  }

  for (const [queueName, actions] of queueEntries(fn.spec)) {
    if (actions.includes('sqs:SendMessage')) queues[queueName].queue.grant(fn, 'sqs:SendMessage');
  }
};

/** Fails synthesis when a function may consume a queue it is not triggered by, or vice versa. */
export const assertConsumesOnlyItsTrigger = (spec: FunctionSpec): void => {
  const consumed = queueEntries(spec)
    .filter(([, actions]) => actions.includes('consume'))
    .map(([queueName]) => queueName);
  const triggeredBy = spec.trigger.kind === 'queue' ? [spec.trigger.queue] : [];
  if (consumed.join() !== triggeredBy.join()) {
    throw new Error(
      `manifest: ${spec.name} consumes [${consumed.join(', ')}] but is triggered by [${triggeredBy.join(', ')}]; they must match`,
    );
  }
};

const queueEntries = (spec: FunctionSpec) =>
  Object.entries(spec.access.queues) as Array<[QueueName, NonNullable<FunctionSpec['access']['queues'][QueueName]>]>;
