import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ENV, FUNCTIONS, QUEUES, type QueueName } from '../../functions/manifest.ts';
import { type CfnJson, type SynthesizedSieve, ref, synthesizeSieve } from './sieve-template.ts';

let sieve: SynthesizedSieve;
// One esbuild bundle per function (16 now): on two busy cores during the full suite this passed the default minute.
beforeAll(() => {
  sieve = synthesizeSieve();
}, 180_000);

// CDK's own handler that copies the console build into its bucket at deploy time.
const isBucketDeploymentHandler = (logicalId: string) => logicalId.startsWith('CustomCDKBucketDeployment');

test('the stack holds a Lambda function for every manifest entry and, besides CDK\'s console copier, no other', () => {
  const deployed = sieve.resourcesOfType('AWS::Lambda::Function').map(([id]) => id);

  expect(deployed.filter((id) => !isBucketDeploymentHandler(id)).sort()).toEqual(
    FUNCTIONS.map((spec) => sieve.functionIds(spec.name).fn).sort(),
  );
  expect(deployed.filter(isBucketDeploymentHandler)).toHaveLength(1);
});

describe.each(FUNCTIONS.map((spec) => [spec.name, spec] as const))('%s', (name, spec) => {
  const properties = () => sieve.resource(sieve.functionIds(name).fn).Properties;

  test('runs on nodejs24.x, arm64, with the manifest memory and timeout, and by default without X-Ray tracing', () => {
    expect(properties()).toMatchObject({
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      MemorySize: spec.memoryMb,
      Timeout: spec.timeoutSeconds,
      Handler: 'index.handler',
    });
    // No TracingConfig: Lambda's default, which records nothing unless a caller sends a sampled trace header.
    expect(properties()).not.toHaveProperty('TracingConfig');
  });

  test('receives the table name, every queue URL and the Powertools service name', () => {
    const queueUrls = Object.fromEntries(
      (Object.keys(QUEUES) as QueueName[]).map((queue) => [
        ENV.queueUrl(queue),
        ref(sieve.logicalId(sieve.stack.queues[queue].queue)),
      ]),
    );

    expect((properties().Environment as { Variables: CfnJson }).Variables).toMatchObject({
      [ENV.tableName]: ref(sieve.logicalId(sieve.stack.table)),
      ...queueUrls,
      POWERTOOLS_SERVICE_NAME: 'sieve',
      // The stage's own namespace, the one its dashboard reads (see dashboard.test.ts).
      POWERTOOLS_METRICS_NAMESPACE: 'Sieve/dev',
      NODE_OPTIONS: '--enable-source-maps',
    });
  });

  test('logs JSON to its own log group, kept for one month, without Lambda\'s per-invocation INFO events', () => {
    const { logGroup } = sieve.functionIds(name);

    expect(properties().LoggingConfig).toEqual({ LogGroup: ref(logGroup), LogFormat: 'JSON', SystemLogLevel: 'WARN', ApplicationLogLevel: 'INFO' });
    expect(sieve.resource(logGroup).Properties.RetentionInDays).toBe(30);
  });

  const assetDir = () => {
    const code = properties().Code as { S3Key: string };
    return join(sieve.assemblyDir, `asset.${code.S3Key.replace(/\.zip$/, '')}`);
  };

  test('ships an ESM bundle that carries its own AWS SDK and a source map', () => {
    const bundle = readFileSync(join(assetDir(), 'index.mjs'), 'utf8');

    expect(bundle.startsWith("import { createRequire } from 'node:module';")).toBe(true);
    expect(bundle).not.toMatch(/from\s*["']@aws-sdk\//);
    expect(existsSync(join(assetDir(), 'index.mjs.map'))).toBe(true);
  });

  // Catches what only shows at cold start: CommonJS dependencies calling `require` inside an
  // ESM bundle, or imports esbuild left external that the Lambda runtime does not have.
  test('the bundle loads on this Node and exports a handler', () => {
    const environment = {
      PATH: process.env.PATH,
      AWS_REGION: 'eu-west-1',
      [ENV.tableName]: 'sieve-table',
      ...Object.fromEntries(
        (Object.keys(QUEUES) as QueueName[]).map((queue) => [
          ENV.queueUrl(queue),
          `https://sqs.eu-west-1.amazonaws.com/123456789012/${queue}`,
        ]),
      ),
    };

    const loaded = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', 'const m = await import(process.argv[1]); console.log(typeof m.handler);', join(assetDir(), 'index.mjs')],
      { env: environment, encoding: 'utf8' },
    );

    expect(loaded.status, loaded.stderr).toBe(0);
    expect(loaded.stdout.trim()).toBe('function');
  });
});
