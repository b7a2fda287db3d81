import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CfnResource } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { REPO_ROOT } from '../../cdk/repo-root.ts';
import { createSieveApp } from '../../cdk/sieve-app.ts';
import type { TableShape } from './capacity.ts';

// What the deployed stack bills by, read from the synthesized template (synthesized in
// process the way test/cdk/sieve-template.ts does, without bundling: only asset hashes
// differ; deploy settings come from cdk.json's context and the SIEVE_* environment, as for
// `cdk deploy`): the functions a comment's life runs through, found by following the
// template's own references from the `POST /v1/comments` route, with their memory,
// architecture, tracing and logging config; the worker's batch size; the authorizer's cache
// TTL; the table's indexes and billing mode; and the access log format.

export const COMMENT_ROUTE = 'POST /v1/comments';

export interface FunctionFacts {
  /** Manifest name, e.g. submitComment. */
  name: string;
  memoryMb: number;
  architecture: 'arm64' | 'x86_64';
  /** Active X-Ray tracing: every sampled invocation records a trace. */
  tracing: boolean;
  /** Lambda's log format: Text unless the function's LoggingConfig says JSON. */
  logFormat: 'Text' | 'JSON';
  /** LoggingConfig's SystemLogLevel (DEBUG, INFO or WARN); Lambda filters its own events by it in JSON format only. */
  systemLogLevel: string | undefined;
}

/** Auto scaling of one table's or index's read or write units. */
export interface ScaledUnits {
  min: number;
  max: number;
  /** Target tracking's utilisation, 0-1. */
  targetUtilisation: number;
}

export type TableBilling =
  | { mode: 'on-demand' }
  /** One entry for the table and one per index, each with its own units. */
  | { mode: 'provisioned'; capacities: Array<{ resource: string; read: ScaledUnits; write: ScaledUnits }> };

export interface TemplateFacts {
  stackName: string;
  route: string;
  submit: FunctionFacts;
  authorizer: FunctionFacts & { resultTtlSeconds: number };
  worker: FunctionFacts & { batchSize: number; batchingWindowSeconds: number };
  /** The webhook delivery function (priced when a run has webhooks on). */
  webhookDelivery?: FunctionFacts;
  table: TableShape;
  tableBilling: TableBilling;
  accessLogFormat: string;
  /** Length of each function's deployed name, `<stack>-<LogicalId>-<12 random chars>` (at most 64), by manifest name. */
  deployedNameLength: Record<string, number>;
}

type Json = Record<string, any>;

/** The logical id in the first `Fn::GetAtt` / `Ref` found anywhere inside a template value. */
const firstReference = (value: unknown, kind: 'Fn::GetAtt' | 'Ref'): string | undefined => {
  if (Array.isArray(value)) return value.map((v) => firstReference(v, kind)).find(Boolean);
  if (!value || typeof value !== 'object') return undefined;
  const ref = (value as Json)[kind];
  if (ref) return kind === 'Ref' ? ref : ref[0];
  return Object.values(value).map((v) => firstReference(v, kind)).find(Boolean);
};

const keyOf = (schema: Array<{ AttributeName: string; KeyType: string }>) => ({
  partitionKey: schema.find((k) => k.KeyType === 'HASH')!.AttributeName,
  ...(schema.some((k) => k.KeyType === 'RANGE') ? { sortKey: schema.find((k) => k.KeyType === 'RANGE')!.AttributeName } : {}),
});

/** A function's log format and system log level; no LoggingConfig (or no LogFormat in it) is Text. */
export const functionLogging = (properties: Json): Pick<FunctionFacts, 'logFormat' | 'systemLogLevel'> => ({
  logFormat: properties.LoggingConfig?.LogFormat === 'JSON' ? 'JSON' : 'Text',
  systemLogLevel: properties.LoggingConfig?.SystemLogLevel,
});

const scaledUnits = (settings: Json | undefined, what: string): ScaledUnits => {
  // Fixed units (ReadCapacityUnits) or a table without auto scaling would be priced quite
  // differently (mostly a monthly cost); Sieve deploys neither, so they are refused, not guessed.
  if (!settings) throw new Error(`template: the provisioned table has no auto scaling for ${what}`);
  return {
    min: settings.MinCapacity,
    max: settings.MaxCapacity,
    targetUtilisation: settings.TargetTrackingScalingPolicyConfiguration.TargetValue / 100,
  };
};

/** The billing mode of an AWS::DynamoDB::GlobalTable (or an on-demand AWS::DynamoDB::Table), with its auto scaling when provisioned. */
export const tableBilling = (table: { Type: string; Properties: Json }): TableBilling => {
  const p = table.Properties;
  if (p.BillingMode === 'PAY_PER_REQUEST') return { mode: 'on-demand' };
  // AWS::DynamoDB::Table keeps its auto scaling in separate Application Auto Scaling resources.
  if (table.Type !== 'AWS::DynamoDB::GlobalTable') throw new Error(`template: cannot read the provisioned capacity of an ${table.Type}`);
  const replica: Json = p.Replicas?.[0] ?? {};
  return {
    mode: 'provisioned',
    capacities: [
      {
        resource: 'table',
        read: scaledUnits(replica.ReadProvisionedThroughputSettings?.ReadCapacityAutoScalingSettings, 'table reads'),
        write: scaledUnits(p.WriteProvisionedThroughputSettings?.WriteCapacityAutoScalingSettings, 'table writes'),
      },
      ...(p.GlobalSecondaryIndexes ?? []).map((index: Json) => ({
        resource: index.IndexName,
        read: scaledUnits(
          replica.GlobalSecondaryIndexes?.find((r: Json) => r.IndexName === index.IndexName)?.ReadProvisionedThroughputSettings?.ReadCapacityAutoScalingSettings,
          `${index.IndexName} reads`,
        ),
        write: scaledUnits(index.WriteProvisionedThroughputSettings?.WriteCapacityAutoScalingSettings, `${index.IndexName} writes`),
      })),
    ],
  };
};

export interface ReadTemplateOptions {
  /** Where deploy settings not in cdk.json's context come from (default process.env): `SIEVE_CAPACITY=provisioned npm run bench:cost`. */
  env?: Record<string, string | undefined>;
}

export const readTemplateFacts = ({ env = process.env }: ReadTemplateOptions = {}): TemplateFacts => {
  const context = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')).context;
  const { stack } = createSieveApp(
    { context: { ...context, 'aws:cdk:bundling-stacks': [] } },
    // The console's files are published to S3 and cost nothing per comment; the test fixture stands in.
    { env, consoleDistDir: join(REPO_ROOT, 'test', 'cdk', 'fixtures', 'console-dist') },
  );
  const resources = Template.fromStack(stack).toJSON().Resources as Record<string, { Type: string; Properties: Json }>;
  const namesById = new Map([...stack.functions].map(([name, fn]) => [stack.getLogicalId(fn.node.defaultChild as CfnResource), name]));
  const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
  const props = (id: string | undefined, what: string): Json => {
    const found = id ? resources[id] : undefined;
    if (!found) throw new Error(`template: cannot follow the ${what} of ${COMMENT_ROUTE}`);
    return found.Properties;
  };
  const fn = (id: string | undefined, what: string): FunctionFacts => {
    const p = props(id, what);
    return {
      name: namesById.get(id!) ?? id!,
      memoryMb: p.MemorySize ?? 128,
      architecture: (p.Architectures?.[0] ?? 'x86_64') as FunctionFacts['architecture'],
      tracing: p.TracingConfig?.Mode === 'Active',
      ...functionLogging(p),
    };
  };

  const [, route] = ofType('AWS::ApiGatewayV2::Route').find(([, r]) => r.Properties.RouteKey === COMMENT_ROUTE) ?? [];
  if (!route) throw new Error(`template: no route ${COMMENT_ROUTE}`);
  const integration = props(firstReference(route.Properties.Target, 'Ref'), 'integration');
  const submitId = firstReference(integration.IntegrationUri, 'Fn::GetAtt');
  const authorizer = props(firstReference(route.Properties.AuthorizerId, 'Ref'), 'authorizer');

  // The worker is whatever consumes the queue the submit function is told to send to.
  const queueIds = Object.values<unknown>(props(submitId, 'function').Environment?.Variables ?? {})
    .map((v) => firstReference(v, 'Ref'))
    .filter(Boolean);
  const [, mapping] = ofType('AWS::Lambda::EventSourceMapping').find(([, m]) => queueIds.includes(firstReference(m.Properties.EventSourceArn, 'Fn::GetAtt'))) ?? [];
  if (!mapping) throw new Error('template: no event source mapping consumes the queue the submit function sends to');

  const deliveryId = [...namesById].find(([, name]) => name === 'deliverWebhooks')?.[0];

  const [, table] = [...ofType('AWS::DynamoDB::GlobalTable'), ...ofType('AWS::DynamoDB::Table')][0] ?? [];
  if (!table) throw new Error('template: no DynamoDB table');
  const [, stage] = ofType('AWS::ApiGatewayV2::Stage')[0] ?? [];

  return {
    stackName: stack.stackName,
    route: COMMENT_ROUTE,
    submit: fn(submitId, 'integration function'),
    authorizer: { ...fn(firstReference(authorizer.AuthorizerUri, 'Fn::GetAtt'), 'authorizer function'), resultTtlSeconds: authorizer.AuthorizerResultTtlInSeconds ?? 300 },
    worker: {
      ...fn(firstReference(mapping.Properties.FunctionName, 'Ref'), 'worker function'),
      batchSize: mapping.Properties.BatchSize ?? 10,
      batchingWindowSeconds: mapping.Properties.MaximumBatchingWindowInSeconds ?? 0,
    },
    ...(deliveryId ? { webhookDelivery: fn(deliveryId, 'webhook delivery function') } : {}),
    table: {
      ...keyOf(table.Properties.KeySchema),
      indexes: (table.Properties.GlobalSecondaryIndexes ?? []).map((i: Json) => ({
        name: i.IndexName,
        ...keyOf(i.KeySchema),
        projection: i.Projection?.ProjectionType ?? 'ALL',
        ...(i.Projection?.NonKeyAttributes ? { nonKeyAttributes: i.Projection.NonKeyAttributes } : {}),
      })),
    },
    tableBilling: tableBilling(table),
    accessLogFormat: stage?.Properties.AccessLogSettings?.Format ?? '',
    deployedNameLength: Object.fromEntries([...namesById].map(([id, name]) => [name, Math.min(64, stack.stackName.length + id.length + 14)])),
  };
};
