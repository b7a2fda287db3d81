import { join } from 'node:path';
import { Duration } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { FunctionSpec } from '../../functions/manifest.ts';
import { REPO_ROOT } from '../repo-root.ts';

export interface SieveFunctionProps {
  spec: FunctionSpec;
  /** Manifest `ENV` variables (table name, queue URLs); the Powertools defaults are added here. */
  environment: Record<string, string>;
}

// Bundled dependencies that are still CommonJS call `require` for Node built-ins; an ESM
// bundle has no `require`, so one is recreated at the top of every output file.
const ESM_REQUIRE_SHIM = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/**
 * A manifest function with the defaults every Sieve Lambda shares: Node 24 on arm64, an ESM
 * bundle that carries its own AWS SDK, a log group kept one month, and a role that may only
 * write to that log group until the stack grants it the manifest's `access`.
 */
export class SieveFunction extends NodejsFunction {
  readonly spec: FunctionSpec;

  constructor(scope: Construct, id: string, { spec, environment }: SieveFunctionProps) {
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
      environment: {
        ...environment,
        POWERTOOLS_SERVICE_NAME: 'sieve',
        POWERTOOLS_METRICS_NAMESPACE: 'Sieve',
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
  }
}
