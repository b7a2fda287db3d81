// Where an operator command acts: the local runtime's data folder (the default) or a
// deployed stage (`--stage NAME`). Every command that touches a deployment gets its table,
// queues and moderator accounts from here, so "which system am I changing" is decided in
// one place.
//
// Local: a running `npm start` has written endpoints.json into the data folder; the CLI
// talks to its emulators. When nothing runs, the CLI starts the emulators on the same
// folder for the length of the command (and provisions the table and queues exactly as
// the local stack does), so the data is the same either way.
//
// Stage: the CloudFormation stack `Sieve-<stage>` lists the table, queues and user pool in
// its outputs; the operator's own AWS credentials are used.

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { InvalidStageNameError, parseStageName } from '../../cdk/stage-name.ts';
import { readEndpoints } from '../endpoints-file.ts';
import { runningStacks } from '../running-stacks.ts';
import { notice } from './command-context.ts';
import { CommandError, UsageError } from './command.ts';
import { fauxqsPeek, type PeekQueue } from './dead-letter-queue.ts';
import { LocalModerators } from './local-moderators.ts';
import type { ModeratorAccounts } from './moderator-accounts.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const LOCAL_TABLE = 'sieve';
const LOCAL_QUEUE_PREFIX = 'sieve';
const LOCAL_REGION = 'us-east-1';
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

export interface TableAccess {
  doc: DynamoDBDocumentClient;
  tableName: string;
}

export interface QueueAccess {
  sqs: SQSClient;
  moderationQueueUrl: string;
  deadLetterQueueUrl: string;
  /** Set where the SQS server can show a queue without receiving from it (the embedded one). */
  peek?: PeekQueue;
  /** Where `sieve webhooks redeliver` queues events again. */
  webhookQueueUrl: string;
}

export interface Target {
  /** For messages: `local data folder /x/.sieve` or `stage prod (eu-west-1)`. */
  label: string;
  kind: 'local' | 'stage';
  /** What the operator should know before the command acts (a stack running on another folder). */
  warnings: string[];
  table(): Promise<TableAccess>;
  queues(): Promise<QueueAccess>;
  moderators(): Promise<ModeratorAccounts>;
  /** Stops whatever the target started (clients, emulators). Safe to call twice. */
  close(): Promise<void>;
}

/** The options every deployment command takes, for `parseArgs`. */
export const TARGET_OPTIONS = {
  stage: { type: 'string' },
  region: { type: 'string' },
} as const;

export const TARGET_HELP = `Where it acts:
  (default)        the local runtime's data folder: SIEVE_DATA_DIR, default .sieve in the
                   repository (a running \`npm start\` is used; otherwise its emulators are
                   started on the folder for this command, with a warning when a stack runs
                   on another folder)
  --stage NAME     the deployed stage NAME (lowercase, as given at deploy): CloudFormation
                   stack Sieve-NAME, with your AWS credentials (profile, environment or SSO)
  --region R       the stage's region (default: your AWS configuration)
The target it acted on is named on stderr.
`;

export interface TargetChoice {
  stage?: string | undefined;
  region?: string | undefined;
}

export const localDataDir = (env: NodeJS.ProcessEnv = process.env): string => resolve(REPO_ROOT, env.SIEVE_DATA_DIR ?? '.sieve');

export async function resolveTarget(choice: TargetChoice, env: NodeJS.ProcessEnv = process.env): Promise<Target> {
  if (choice.region !== undefined && choice.stage === undefined) throw new CommandError('--region only applies with --stage');
  if (choice.stage !== undefined) return stageTarget(stageNameOf(choice.stage), choice.region);
  return localTarget(localDataDir(env));
}

/**
 * Resolves the target, says on stderr which one the command acts on (and any warning), runs
 * `work`, and always releases the target.
 */
export async function withTarget<T>(choice: TargetChoice, work: (target: Target) => Promise<T>): Promise<T> {
  const target = await resolveTarget(choice);
  notice(`acting on ${target.label}`);
  for (const warning of target.warnings) notice(`warning: ${warning}`);
  try {
    return await work(target);
  } finally {
    await target.close();
  }
}

/** The deploy setting's own rule (cdk/stage-name.ts): a name `cdk deploy` would refuse names no stage. */
const stageNameOf = (raw: string): string => {
  try {
    return parseStageName(raw);
  } catch (error) {
    if (error instanceof InvalidStageNameError) {
      throw new UsageError(`--stage must be 1-16 characters of lowercase letters, digits and hyphens, starting with a letter (as at deploy); got ${JSON.stringify(raw)}`);
    }
    throw error;
  }
};

const documentClient = (client: DynamoDBClient): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false } });

/** Starts a piece once, on first use, and remembers it. */
const once = <T>(start: () => Promise<T>): (() => Promise<T>) => {
  let started: Promise<T> | undefined;
  return () => (started ??= start());
};

function localTarget(dataDir: string): Target {
  const stops: Array<() => Promise<void>> = [];
  const running = readEndpoints(dataDir);
  const label = `local data folder ${dataDir} (${running ? `the stack running at ${running.url}` : 'no stack runs on it; its emulators start for this command'})`;
  const elsewhere = running ? [] : runningStacks().filter((other) => other.dataDir !== dataDir);
  const warnings = elsewhere.map(
    (other) =>
      `a stack is running at ${other.url} on another data folder, ${other.dataDir}; this command does not change what it serves (to act on it: SIEVE_DATA_DIR=${other.dataDir})`,
  );

  const table = once(async (): Promise<TableAccess> => {
    let endpoint = running?.dynamodb;
    if (!endpoint) {
      // Imported here: a command with a running stack (or none needing DynamoDB) skips loading the emulator.
      const { startDynamoDb } = await import('../emulators/dynamodb.ts');
      const emulator = await startDynamoDb({ path: resolve(dataDir, 'dynamodb') }).catch((error: Error) => {
        throw new CommandError(`cannot open the local DynamoDB data in ${dataDir}: ${error.message}`);
      });
      stops.push(emulator.stop);
      endpoint = emulator.endpoint;
    }
    const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    stops.push(async () => client.destroy());
    if (!running) {
      const { ensureTable } = await import('../provision.ts');
      await ensureTable(client, LOCAL_TABLE);
    }
    return { doc: documentClient(client), tableName: running?.tableName ?? LOCAL_TABLE };
  });

  const queues = once(async (): Promise<QueueAccess> => {
    let endpoint = running?.sqs;
    if (!endpoint) {
      const { startSqs } = await import('../emulators/sqs.ts');
      const emulator = await startSqs({ dataDir: resolve(dataDir, 'sqs') });
      stops.push(emulator.stop);
      endpoint = emulator.endpoint;
    }
    // The queue URLs name a host that does not resolve: send every call to the endpoint.
    const sqs = new SQSClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, useQueueUrlAsEndpoint: false });
    stops.push(async () => sqs.destroy());
    let moderation = running?.queues.moderation;
    let webhooks = running?.queues.webhooks;
    if (!moderation || !webhooks) {
      const { ensureQueues } = await import('../provision.ts');
      ({ moderation, webhooks } = await ensureQueues(sqs, { namePrefix: LOCAL_QUEUE_PREFIX }));
    }
    return { sqs, moderationQueueUrl: moderation.url, deadLetterQueueUrl: moderation.deadLetterUrl, webhookQueueUrl: webhooks.url, peek: fauxqsPeek(endpoint) };
  });

  // The directory file is what the running stack reads at each sign-in: no emulator needed.
  const moderators = once(async () => new LocalModerators(resolve(dataDir, 'moderators.json')));

  return {
    label,
    kind: 'local',
    warnings,
    table,
    queues,
    moderators,
    close: async () => {
      for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
    },
  };
}

/** The stack's outputs this CLI reads; see cdk/sieve-stack.ts. */
interface StageOutputs {
  TableName: string;
  ModerationQueueUrl: string;
  ModerationDeadLetterQueueUrl: string;
  WebhooksQueueUrl: string;
  UserPoolId: string;
  ApiUrl?: string;
}

async function stageTarget(stage: string, region: string | undefined): Promise<Target> {
  const stackName = `Sieve-${stage}`;
  // AWS-only clients load on demand: local runs never pay for them.
  const { CloudFormationClient, DescribeStacksCommand } = await import('@aws-sdk/client-cloudformation');
  const cfn = new CloudFormationClient(region ? { region } : {});
  const regionName = await cfn.config.region().catch(() => undefined);
  if (!regionName) {
    cfn.destroy();
    throw new CommandError('no AWS region: pass --region or set AWS_REGION (or a region in your AWS profile)');
  }
  let outputs: Partial<StageOutputs>;
  try {
    const { Stacks = [] } = await cfn.send(new DescribeStacksCommand({ StackName: stackName }));
    outputs = Object.fromEntries((Stacks[0]?.Outputs ?? []).map((o) => [o.OutputKey ?? '', o.OutputValue ?? '']));
  } catch (error) {
    if ((error as Error).name === 'ValidationError' && /does not exist/.test((error as Error).message)) {
      throw new CommandError(`no stack ${stackName} in region ${regionName}: deploy it (cdk deploy ${stackName}) or pass the right --stage/--region`);
    }
    throw error;
  } finally {
    cfn.destroy();
  }
  const need = (key: keyof StageOutputs): string => {
    const value = outputs[key];
    if (!value) throw new CommandError(`stack ${stackName} in ${regionName} has no output ${key}; redeploy it with this version of Sieve`);
    return value;
  };

  const stops: Array<() => Promise<void>> = [];
  const table = once(async (): Promise<TableAccess> => {
    const client = new DynamoDBClient({ region: regionName });
    stops.push(async () => client.destroy());
    return { doc: documentClient(client), tableName: need('TableName') };
  });
  const queues = once(async (): Promise<QueueAccess> => {
    const sqs = new SQSClient({ region: regionName, useQueueUrlAsEndpoint: false });
    stops.push(async () => sqs.destroy());
    return {
      sqs,
      moderationQueueUrl: need('ModerationQueueUrl'),
      deadLetterQueueUrl: need('ModerationDeadLetterQueueUrl'),
      // Read when used: a stage deployed before webhooks still answers the dlq commands.
      get webhookQueueUrl() {
        return need('WebhooksQueueUrl');
      },
    };
  });
  const moderators = once(async () => {
    const { CognitoIdentityProviderClient } = await import('@aws-sdk/client-cognito-identity-provider');
    const { CognitoModerators } = await import('./cognito-moderators.ts');
    const cognito = new CognitoIdentityProviderClient({ region: regionName });
    stops.push(async () => cognito.destroy());
    return new CognitoModerators(cognito, need('UserPoolId'));
  });

  return {
    label: `stage ${stage} (${stackName} in ${regionName})`,
    kind: 'stage',
    warnings: [],
    table,
    queues,
    moderators,
    close: async () => {
      for (const stop of stops.splice(0).reverse()) await stop().catch(() => undefined);
    },
  };
}
