import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SQSClient } from '@aws-sdk/client-sqs';
import { createSqsClient } from '../shared/queue/client.ts';
import { ENV, FUNCTIONS, QUEUES, type Auth, type AuthorizerTrigger, type FunctionSpec, type HttpTrigger, type QueueTrigger, type ScheduleTrigger } from '../functions/manifest.ts';
import { startDynamoDb } from './emulators/dynamodb.ts';
import { startSqs } from './emulators/sqs.ts';
import { jwtAuthorizer, lambdaAuthorizer, startGateway, type Authorizer, type Fallback, type RouteBinding } from './gateway.ts';
import { loadHandler } from './invoke.ts';
import { startPoller, type Poller } from './poller.ts';
import { localIntervalMs, startScheduler, type Scheduler } from './scheduler.ts';
import { ensureQueues, ensureTable, type ProvisionedQueue } from './provision.ts';
import { consoleRoutes } from './console.ts';
import { metricsRoute } from './metrics-route.ts';
import { removeEndpoints, writeEndpoints } from './endpoints-file.ts';
import { authRoutes } from './issuer/auth-routes.ts';
import { ModeratorDirectory } from './issuer/moderator-directory.ts';
import { createTokenIssuer, type TokenIssuer } from './issuer/token-issuer.ts';

// The whole pipeline on one machine: embedded DynamoDB and SQS servers, the table and
// queues from the manifest, the HTTP routes behind a local API Gateway, and a poller per
// queue trigger. Handlers are the deployed modules, talking to the emulators through the
// ordinary SDK clients (endpoint from AWS_ENDPOINT_URL_*): there is no local-only path.

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
export const TABLE_NAME = 'sieve';
export const QUEUE_PREFIX = 'sieve';

export interface LocalStackOptions {
  /** HTTP port; 0 picks a free one. */
  port: number;
  /** Where DynamoDB and SQS keep their data; in memory when omitted. */
  dataDir?: string;
  /**
   * Every queue's visibility timeout; by default each queue's localVisibilityTimeoutSeconds
   * (functions/manifest.ts). Tests shorten it further, so redeliveries happen in seconds.
   */
  visibilityTimeoutSeconds?: number;
  /**
   * Seconds a comment may stay pending before the sweeper re-queues it; by default the local
   * moderation queue's whole retry span (visibility x receives) plus a minute. Tests shorten it.
   */
  sweepAfterSeconds?: number;
  /**
   * Replaces the queue triggers' batching window from the manifest: tests shorten it, since
   * every decision an integration test waits for may otherwise wait out a full window
   * (fractions are accepted; Lambda takes whole seconds), and the benches pass the window of
   * the stage they measure (deploy setting batchingWindowSeconds). `npm start` keeps the
   * manifest's window.
   */
  queueBatchingWindowSeconds?: number;
  /**
   * Milliseconds between runs of every scheduled function (the trainer), instead of the
   * manifest's rate or its SIEVE_TRAINER_INTERVAL_MS-style variable: tests shorten it.
   */
  scheduleIntervalMs?: number;
  /** How long the worker caches a site's policy and model pointers (default 60 s); tests shorten it. */
  siteCacheTtlMs?: number;
  /** Milliseconds a webhook receiver has to answer (default 10 s); tests shorten it. */
  webhookTimeoutMs?: number;
  /** Multiplies the webhook retry schedule (default 1); tests pass 0 to retry at once. */
  webhookRetryScale?: number;
  /** Submissions a site may make per minute before 429 (default 600); tests lower it. */
  siteIntakePerMinute?: number;
  /** Powertools log level of the handlers (they share this process's stdout). */
  logLevel?: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'SILENT';
  /** `line` (default): one JSON line per event, as in CloudWatch; `pretty`: indented JSON (Powertools' dev mode). */
  logFormat?: 'line' | 'pretty';
  fallback?: Fallback;
  /** Authorizers that are not Lambda functions (the moderators' JWT issuer). */
  authorizers?: Partial<Record<Auth, Authorizer>>;
  onError?: (error: unknown) => void;
}

export interface LocalStack {
  url: string;
  tableName: string;
  queues: Record<string, ProvisionedQueue>;
  dynamodb: DynamoDBClient;
  sqs: SQSClient;
  /** The local stand-in for the Cognito user pool. */
  moderators: ModeratorDirectory;
  issuer: TokenIssuer;
  /** The timers of the scheduled functions, by manifest name (`trainModels`): `runNow()` runs one at once. */
  schedules: Record<string, Scheduler>;
  stop(): Promise<void>;
}

/** How long the local moderation queue keeps retrying a message before its dead-letter queue takes it. */
const localRetrySpanSeconds = (visibilityTimeoutSeconds: number | undefined): number =>
  (visibilityTimeoutSeconds ?? QUEUES.moderation.localVisibilityTimeoutSeconds) * QUEUES.moderation.deadLetter.maxReceiveCount;

/** Tries each fallback in turn; the first that answers wins. */
const firstOf =
  (...fallbacks: Array<Fallback | undefined>): Fallback =>
  async (req, res) => {
    for (const fallback of fallbacks) if (fallback && (await fallback(req, res))) return true;
    return false;
  };

const isTrigger =
  <K extends string>(kind: K) =>
  (f: FunctionSpec): f is FunctionSpec & { trigger: Extract<HttpTrigger | QueueTrigger | AuthorizerTrigger | ScheduleTrigger, { kind: K }> } =>
    f.trigger.kind === kind;

export const startLocalStack = async (options: LocalStackOptions): Promise<LocalStack> => {
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    const dynamo = await startDynamoDb(options.dataDir ? { path: join(options.dataDir, 'dynamodb') } : {});
    stops.push(dynamo.stop);
    const sqsServer = await startSqs(options.dataDir ? { dataDir: join(options.dataDir, 'sqs') } : {});
    stops.push(sqsServer.stop);

    // The handlers read these when their modules load (cold start), so set them first.
    Object.assign(process.env, {
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_ENDPOINT_URL_SQS: sqsServer.endpoint,
      POWERTOOLS_SERVICE_NAME: 'sieve',
      POWERTOOLS_LOG_LEVEL: options.logLevel ?? 'INFO',
      // The local runtime serves its metrics at /metrics: no EMF lines among the logs.
      POWERTOOLS_METRICS_DISABLED: 'true',
      [ENV.tableName]: TABLE_NAME,
      ...(options.siteCacheTtlMs === undefined ? {} : { [ENV.siteCacheTtlMs]: String(options.siteCacheTtlMs) }),
      ...(options.webhookTimeoutMs === undefined ? {} : { [ENV.webhookTimeoutMs]: String(options.webhookTimeoutMs) }),
      ...(options.webhookRetryScale === undefined ? {} : { [ENV.webhookRetryScale]: String(options.webhookRetryScale) }),
      ...(options.siteIntakePerMinute === undefined ? {} : { [ENV.siteIntakePerMinute]: String(options.siteIntakePerMinute) }),
      // Receivers on this machine (a blog in development) may be plain http; never in AWS.
      [ENV.webhookAllowLocalHttp]: 'true',
      [ENV.sweepAfterSeconds]: String(options.sweepAfterSeconds ?? localRetrySpanSeconds(options.visibilityTimeoutSeconds) + 60),
    });
    // Dev mode is what indents Powertools' JSON over many lines; it also sends logs through the global console.
    if (options.logFormat === 'pretty') process.env.POWERTOOLS_DEV = 'true';
    else delete process.env.POWERTOOLS_DEV;
    const dynamodb = new DynamoDBClient({});
    const sqs = createSqsClient();
    stops.push(async () => {
      dynamodb.destroy();
      sqs.destroy();
    });

    await ensureTable(dynamodb, TABLE_NAME);
    const queues = await ensureQueues(sqs, {
      namePrefix: QUEUE_PREFIX,
      ...(options.visibilityTimeoutSeconds ? { visibilityTimeoutSeconds: options.visibilityTimeoutSeconds } : {}),
    });
    for (const [name, queue] of Object.entries(queues)) process.env[ENV.queueUrl(name as keyof typeof queues)] = queue.url;

    const bind = async <F extends FunctionSpec>(spec: F) => ({ spec, handler: await loadHandler(REPO_ROOT, spec) });
    const routes: RouteBinding[] = await Promise.all(FUNCTIONS.filter(isTrigger('http')).map(bind));
    const authorizers: Partial<Record<Auth, Authorizer>> = { ...options.authorizers };
    for (const spec of FUNCTIONS.filter(isTrigger('authorizer'))) authorizers[spec.trigger.auth] = lambdaAuthorizer(await bind(spec));

    const pollers: Poller[] = [];
    for (const spec of FUNCTIONS.filter(isTrigger('queue'))) {
      const queue = queues[spec.trigger.queue];
      const window = options.queueBatchingWindowSeconds;
      const polled = window === undefined ? spec : { ...spec, trigger: { ...spec.trigger, maxBatchingWindowSeconds: window } };
      pollers.push(
        startPoller({ sqs, queueUrl: queue.url, queueArn: queue.arn, spec: polled, handler: (await bind(spec)).handler, ...(options.onError ? { onError: options.onError } : {}) }),
      );
    }
    stops.push(async () => {
      await Promise.all(pollers.map((p) => p.stop()));
    });

    const schedules: Record<string, Scheduler> = {};
    for (const spec of FUNCTIONS.filter(isTrigger('schedule'))) {
      schedules[spec.name] = startScheduler({
        spec,
        handler: (await bind(spec)).handler,
        intervalMs: options.scheduleIntervalMs ?? localIntervalMs(spec.trigger),
        ...(options.onError ? { onError: options.onError } : {}),
      });
    }
    stops.push(async () => {
      await Promise.all(Object.values(schedules).map((s) => s.stop()));
    });

    let publicUrl = '';
    const moderators = new ModeratorDirectory(options.dataDir ? join(options.dataDir, 'moderators.json') : undefined);
    const issuer = await createTokenIssuer({
      ...(options.dataDir ? { keyFile: join(options.dataDir, 'issuer-key.json') } : {}),
      issuerUrl: () => `${publicUrl}/auth`,
    });
    authorizers.moderator = jwtAuthorizer(issuer.verify);
    const consoleConfig = () => ({ apiUrl: '', auth: { mode: 'local', tokenUrl: '/auth/token' } });

    const gateway = await startGateway({
      port: options.port,
      routes,
      authorizers,
      fallback: firstOf(metricsRoute(), authRoutes(issuer, moderators), consoleRoutes({ distDir: join(REPO_ROOT, 'web', 'dist'), config: consoleConfig }), options.fallback),
      ...(options.onError ? { onError: options.onError } : {}),
    });
    stops.push(gateway.stop);
    publicUrl = gateway.url;
    if (options.dataDir) {
      const dataDir = options.dataDir;
      writeEndpoints(dataDir, { pid: process.pid, url: gateway.url, dynamodb: dynamo.endpoint, sqs: sqsServer.endpoint, tableName: TABLE_NAME, queues });
      stops.push(async () => removeEndpoints(dataDir));
    }

    return { url: gateway.url, tableName: TABLE_NAME, queues, dynamodb, sqs, moderators, issuer, schedules, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};

/** 32 random bytes for a new site key; a function so callers and tests share one source. */
export const newKeyBytes = () => randomBytes(32);
