import { join } from 'node:path';
import { Duration, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { ApplicationLogLevel, Architecture, LoggingFormat, Runtime, SystemLogLevel, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { FunctionSpec } from '../../functions/manifest.ts';
import { REPO_ROOT } from '../repo-root.ts';

export interface SieveFunctionProps {
  spec: FunctionSpec;
  /** Manifest `ENV` variables (table name, queue URLs); the Powertools defaults are added here. */
  environment: Record<string, string>;
  /** X-Ray active tracing (the `tracing` deploy setting). */
  tracing: boolean;
  /** CloudWatch namespace of the function's EMF metrics: `metricsNamespace(stage)`. */
  metricsNamespace: string;
}

// Bundled dependencies that are still CommonJS call `require` for Node built-ins; an ESM
// bundle has no `require`, so one is recreated at the top of every output file.
/**
 * Powertools names: the logger's service, and the metrics namespace the EMF metrics land
 * in. Powertools adds the service as a `service` dimension to every metric it emits. One
 * namespace per stage: two stages in one account must not add up on each other's dashboard.
 */
export const POWERTOOLS_SERVICE_NAME = 'sieve';
export const metricsNamespace = (stage: string): string => `Sieve/${stage}`;

const ESM_REQUIRE_SHIM = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/**
 * A manifest function with the defaults every Sieve Lambda shares: Node 24 on arm64, an ESM
 * bundle that carries its own AWS SDK, a log group kept one month, and a role that may only
 * write to that log group until the stack grants it the manifest's `access`.
 */
export class SieveFunction extends NodejsFunction {
  readonly spec: FunctionSpec;

  constructor(scope: Construct, id: string, { spec, environment, tracing, metricsNamespace }: SieveFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}LogGroup`, { retention: RetentionDays.ONE_MONTH });
    // An explicit role instead of the default one, which carries the AWS managed
    // AWSLambdaBasicExecutionRole policy (logs on every log group of the account).
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Sieve ${spec.name}: its own log group plus the manifest's access`,
    });
    logGroup.grantWrite(role);

    super(scope, id, {
      entry: join(REPO_ROOT, spec.entry),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
      description: spec.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: spec.memoryMb,
      timeout: Duration.seconds(spec.timeoutSeconds),
      role,
      logGroup,
      // JSON format so Lambda's own START/END/REPORT events carry a level, and WARN so they
      // are dropped: three log events per invocation were a fifth of the log bill. Duration,
      // errors and throttles stay in CloudWatch's Lambda metrics. Powertools writes its own
      // JSON lines, which pass through unchanged at the application level below.
      loggingFormat: LoggingFormat.JSON,
      systemLogLevelV2: SystemLogLevel.WARN,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      // Off: DISABLED, not PASS_THROUGH. Both leave Lambda in its default pass-through mode and
      // cost nothing while no caller sends a sampled trace header, but CDK grants PASS_THROUGH
      // functions xray:* on every resource; DISABLED keeps the role without X-Ray rights.
      tracing: tracing ? Tracing.ACTIVE : Tracing.DISABLED,
      environment: {
        ...environment,
        POWERTOOLS_SERVICE_NAME,
        POWERTOOLS_METRICS_NAMESPACE: metricsNamespace,
        // Stack traces in the logs then point at the TypeScript sources, not the minified bundle.
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node24',
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_SHIM,
        minify: true,
        sourceMap: true,
        // Line mappings are enough for readable traces; embedding the sources would double the zip.
        sourcesContent: false,
        // The runtime's built-in SDK is a different version from the one the tests ran against.
        bundleAwsSDK: true,
        logLevel: LogLevel.WARNING,
      },
    });
    this.spec = spec;
    acknowledgeInvocationModel(this, spec);
    acknowledgeTracing(this, role, tracing);
  }
}

/** Either tracing is on and needs X-Ray's resource-less write actions, or it is off on purpose. */
const acknowledgeTracing = (fn: SieveFunction, role: Role, tracing: boolean): void => {
  if (tracing) {
    Validations.of(role).acknowledge({
      id: 'AwsSolutions::AwsSolutions-IAM5[Resource::*]',
      reason: 'Active tracing needs xray:PutTraceSegments and xray:PutTelemetryRecords, which support no resource-level permissions',
    });
  } else {
    Validations.of(fn).acknowledge({
      id: 'Serverless::Serverless-LambdaTracing',
      reason:
        'X-Ray active tracing is off by default: at the default sampling rule it adds about $1.31 per million comments to $7.35 (SIEVE_TRACING=true npm run bench:cost); deploy with -c tracing=true or SIEVE_TRACING=true to turn it on',
    });
  }
};

/**
 * Lambda's dead-letter and failure destinations catch failed asynchronous invocations; no
 * Sieve function is invoked asynchronously, so each says where its failures go instead.
 */
const acknowledgeInvocationModel = (fn: SieveFunction, spec: FunctionSpec): void => {
  const reason =
    spec.trigger.kind === 'queue'
      ? `Invoked synchronously by the SQS event source mapping of the ${spec.trigger.queue} queue, whose redrive policy moves a message that keeps failing to its dead-letter queue`
      : spec.trigger.kind === 'schedule'
        ? 'Invoked by its EventBridge schedule with an empty event: a failed run holds nothing worth capturing; it is not retried (the next scheduled run does the same work) and raises the function error alarm'
        : 'Invoked synchronously by API Gateway, which answers the caller with the error; nothing is left to retry or capture';
  Validations.of(fn).acknowledge({ id: 'Serverless::Serverless-LambdaDLQ', reason });
  if (spec.trigger.kind === 'queue') {
    Validations.of(fn).acknowledge({
      id: 'Serverless::Serverless-LambdaEventSourceMappingDestination',
      reason: `SQS event source mappings take no on-failure destination; the ${spec.trigger.queue} queue's redrive policy sends a message that keeps failing to its dead-letter queue`,
    });
  }
};
