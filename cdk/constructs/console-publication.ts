import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type CfnResource, DefaultStackSynthesizer, Duration, Stack, Validations } from 'aws-cdk-lib';
import type { ILogGroup } from 'aws-cdk-lib/aws-logs';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { CONSOLE_KEY_PREFIX, CONSOLE_PATH, type ConsoleSite } from './console-site.ts';

/** What the console reads from ./config.json at start (web/src/config.ts parses it). */
export interface ConsoleRuntimeConfig {
  /** The HTTP API's base URL, without a trailing slash. */
  apiUrl: string;
  auth: { mode: 'cognito'; region: string; clientId: string };
}

export interface ConsolePublicationProps {
  site: ConsoleSite;
  /** The console build (`npm run build:console` writes web/dist). */
  distDir: string;
  config: ConsoleRuntimeConfig;
  /** Where the copying function logs; a group with a retention rather than a default one kept forever. */
  logGroup: ILogGroup;
}

export class ConsoleNotBuiltError extends Error {
  override readonly name = 'ConsoleNotBuiltError';
}

// Vite names everything under assets/ by content hash, so those files never change in place.
const ASSETS_DIR = 'assets';

/**
 * Copies the console build into the site's bucket, plus a config.json written at deploy time
 * (API URL, region, app client id are only known then). Hashed assets are cached for a year;
 * index.html and config.json are revalidated on every load and invalidated on deploy, so a new
 * deployment is picked up at once. Old assets are kept (no pruning) so an open tab can still
 * load the chunks of the version it started with.
 */
export class ConsolePublication extends Construct {
  constructor(scope: Construct, id: string, { site, distDir, config, logGroup }: ConsolePublicationProps) {
    super(scope, id);
    assertConsoleBuilt(distDir);

    const assets = new BucketDeployment(this, 'Assets', {
      sources: [Source.asset(join(distDir, ASSETS_DIR))],
      destinationBucket: site.bucket,
      destinationKeyPrefix: `${CONSOLE_KEY_PREFIX}${ASSETS_DIR}/`,
      prune: false,
      cacheControl: [CacheControl.setPublic(), CacheControl.maxAge(Duration.days(365)), CacheControl.immutable()],
      logGroup,
    });

    const shell = new BucketDeployment(this, 'Shell', {
      sources: [
        Source.asset(distDir, { exclude: [ASSETS_DIR] }),
        Source.jsonData('config.json', config),
      ],
      destinationBucket: site.bucket,
      destinationKeyPrefix: CONSOLE_KEY_PREFIX,
      prune: false,
      cacheControl: [CacheControl.noCache()],
      distribution: site.distribution,
      distributionPaths: [`${CONSOLE_PATH}*`],
      logGroup,
    });
    // index.html must never reach a browser before the assets it names.
    shell.node.addDependency(assets);
    acknowledgeDeploymentHandler(this, site);
  }
}

/**
 * BucketDeployment copies with one Lambda per stack that CDK owns and configures: its runtime,
 * managed logging policy and wildcards are CDK's, each limited to the two buckets it copies
 * between. It runs only while CloudFormation deploys, synchronously, as a custom resource.
 */
const acknowledgeDeploymentHandler = (scope: Construct, site: ConsoleSite): void => {
  const stack = Stack.of(scope);
  const handler = stack.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
  if (!handler) throw new Error('BucketDeployment: its handler function was not found in the stack');

  const consoleBucket = stack.getLogicalId(site.bucket.node.defaultChild as CfnResource);
  const assetBucket = `cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-<AWS::AccountId>-<AWS::Region>`;
  const copying = 'BucketDeployment reads the deployment assets and replaces the console files with these object-level actions';
  const acknowledgements: Record<string, string> = {
    'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]':
      'CDK attaches the basic execution policy to its BucketDeployment handler role; the handler writes only to its own log group',
    'AwsSolutions::AwsSolutions-IAM5[Action::s3:GetBucket*]': copying,
    'AwsSolutions::AwsSolutions-IAM5[Action::s3:GetObject*]': copying,
    'AwsSolutions::AwsSolutions-IAM5[Action::s3:List*]': copying,
    'AwsSolutions::AwsSolutions-IAM5[Action::s3:Abort*]': copying,
    'AwsSolutions::AwsSolutions-IAM5[Action::s3:DeleteObject*]': copying,
    [`AwsSolutions::AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::${assetBucket}/*]`]:
      'BucketDeployment reads the zipped console build from the CDK asset bucket of this account and region',
    [`AwsSolutions::AwsSolutions-IAM5[Resource::<${consoleBucket}.Arn>/*]`]:
      'BucketDeployment writes every object of the console build into the console bucket',
    'AwsSolutions::AwsSolutions-IAM5[Resource::*]':
      'cloudfront:CreateInvalidation and GetInvalidation as CDK grants them for the console distribution after a deployment',
    'AwsSolutions::AwsSolutions-L1': 'CDK pins the Python runtime of its BucketDeployment handler and moves it forward with aws-cdk-lib releases',
    'Serverless::Serverless-LambdaLatestVersion':
      'CDK pins the Python runtime of its BucketDeployment handler and moves it forward with aws-cdk-lib releases',
    'Serverless::Serverless-LambdaDLQ':
      'CloudFormation invokes the BucketDeployment handler as a custom resource and fails the deployment on its error; there is nothing to capture',
    'Serverless::Serverless-LambdaTracing':
      'The BucketDeployment handler runs only during deployments, where CloudFormation events already show its outcome',
  };
  for (const [id, reason] of Object.entries(acknowledgements)) Validations.of(handler).acknowledge({ id, reason });
};

const assertConsoleBuilt = (distDir: string): void => {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new ConsoleNotBuiltError(
      `The moderator console is not built (${join(distDir, 'index.html')} is missing): run npm run build:console`,
    );
  }
};
