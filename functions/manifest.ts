// The one description of every function. The CDK stack (cdk/) and the local runtime
// (local/) are both built from this module, so a route, queue or permission cannot exist
// in one and not the other. Plain data only: no CDK or SDK imports here.

import { ENV, type QueueName } from '../shared/environment.ts';

// The names the functions read at run time live in shared/ (shared/config.ts parses them); re-exported
// so the stack and the local runtime read everything about a function from here.
export { ENV, type QueueName };
import { webhookPartitionPrefix } from '../shared/store/keys.ts';

export type TableAction =
  | 'dynamodb:GetItem'
  | 'dynamodb:BatchGetItem'
  | 'dynamodb:PutItem'
  | 'dynamodb:UpdateItem'
  | 'dynamodb:DeleteItem'
  | 'dynamodb:Query';

export type QueueAction = 'sqs:SendMessage' | 'consume';

/**
 * siteKey: a site's API key (Lambda authorizer, below). moderator: a moderator's JWT (Cognito
 * user pool in AWS, the local issuer in `npm start`), checked by API Gateway's JWT authorizer.
 */
export type Auth = 'siteKey' | 'moderator' | 'none';

export interface HttpTrigger {
  kind: 'http';
  method: 'GET' | 'POST';
  /** API Gateway HTTP API route path, `{name}` for path parameters. */
  path: string;
  auth: Auth;
  /**
   * API Gateway's throttling of this route, across every caller (requests per second, and the
   * burst the token bucket holds), below the stage's default. Only in AWS: the per-site limit
   * (shared/comments/intake-limit.ts) runs in the function, on both.
   */
  throttle?: { rateLimit: number; burstLimit: number };
}

export interface QueueTrigger {
  kind: 'queue';
  queue: QueueName;
  batchSize: number;
  maxBatchingWindowSeconds: number;
}

/** A Lambda authorizer for HTTP API routes (simple responses, payload 2.0). */
export interface AuthorizerTrigger {
  kind: 'authorizer';
  auth: Auth;
  /** Header carrying the credential; API Gateway answers 401 itself when it is missing. */
  identityHeader: string;
  resultTtlSeconds: number;
}

/**
 * A timer: an EventBridge schedule in AWS (rate from the deploy setting the trigger names, this
 * value by default), a timer in the local runtime (this rate, or `localIntervalEnv` in ms).
 */
export interface ScheduleTrigger {
  kind: 'schedule';
  everyMinutes: number;
  /** The deploy setting (cdk/deploy-config.ts) that may choose another rate in AWS; without one, everyMinutes. */
  deploySetting?: 'trainerScheduleMinutes';
  /** Milliseconds between local runs when this variable is set (tests shorten the wait). */
  localIntervalEnv: string;
}

export interface FunctionSpec {
  /** Logical name: CDK construct id and local log label. */
  name: string;
  /** Path from the repo root to the module exporting `handler`. */
  entry: string;
  description: string;
  memoryMb: number;
  timeoutSeconds: number;
  trigger: HttpTrigger | QueueTrigger | AuthorizerTrigger | ScheduleTrigger;
  access: {
    table: TableAction[];
    /**
     * When set, the table actions are allowed only on items whose partition key starts with
     * one of these prefixes (IAM `dynamodb:LeadingKeys`): the webhook delivery function sees
     * the sites' webhook items and nothing else.
     */
    tableKeyPrefixes?: string[];
    queues: Partial<Record<QueueName, QueueAction[]>>;
  };
  /**
   * The function shares no module state with the others (its own logger, no metrics
   * singleton), so the local runtime runs it beside them instead of in turn (local/invoke.ts):
   * a webhook receiver that never answers then cannot hold up moderation on `npm start`.
   */
  localRunsBeside?: boolean;
}

export interface QueueSpec {
  /** Logical name; the deployed name is generated. */
  name: string;
  visibilityTimeoutSeconds: number;
  /**
   * The visibility timeout in the local runtime: one function timeout and a margin. AWS needs
   * six (a batch may wait out Lambda's own retries); locally nothing does, and after a crash an
   * in-flight message comes back this much sooner (35 s instead of 180 s).
   */
  localVisibilityTimeoutSeconds: number;
  retentionDays: number;
  deadLetter: { maxReceiveCount: number; retentionDays: number };
  /** Age of the oldest message that raises the queue's alarm, instead of the stage's setting. */
  oldestMessageAlarmSeconds?: number;
}

const WORKER_TIMEOUT_SECONDS = 30;
/** Each receiver has 10 s (shared/webhooks/config.ts); a batch is delivered in parallel. */
const WEBHOOK_TIMEOUT_SECONDS = 30;

export const QUEUES = {
  moderation: {
    name: 'moderation',
    // AWS advises at least 6x the consumer's timeout so a batch in flight is not redelivered
    // while a slow invocation (plus its retries) still holds it.
    visibilityTimeoutSeconds: WORKER_TIMEOUT_SECONDS * 6,
    localVisibilityTimeoutSeconds: WORKER_TIMEOUT_SECONDS + 5,
    retentionDays: 4,
    deadLetter: { maxReceiveCount: 5, retentionDays: 14 },
  },
  webhooks: {
    name: 'webhooks',
    visibilityTimeoutSeconds: WEBHOOK_TIMEOUT_SECONDS * 6,
    localVisibilityTimeoutSeconds: WEBHOOK_TIMEOUT_SECONDS + 5,
    // Retries wait up to about a day (shared/webhooks/retry-schedule.ts); keep messages well past it.
    retentionDays: 4,
    // MAX_DELIVERY_ATTEMPTS in shared/webhooks/retry-schedule.ts (a test keeps the two equal).
    deadLetter: { maxReceiveCount: 14, retentionDays: 14 },
    // A receiver that is down makes its messages wait out the retry schedule on purpose; only
    // one older than the whole schedule (33 hours at most) means deliveries are stuck.
    oldestMessageAlarmSeconds: 36 * 3600,
  },
} as const satisfies Record<QueueName, QueueSpec>;

export const FUNCTIONS: FunctionSpec[] = [
  {
    name: 'siteKeyAuthorizer',
    entry: 'functions/site-key-authorizer.ts',
    description: 'Resolves the x-api-key header to its site by key hash',
    memoryMb: 256,
    timeoutSeconds: 5,
    trigger: { kind: 'authorizer', auth: 'siteKey', identityHeader: 'x-api-key', resultTtlSeconds: 60 },
    access: { table: ['dynamodb:GetItem'], queues: {} },
  },
  {
    name: 'submitComment',
    entry: 'functions/submit-comment.ts',
    description: 'Validates a comment, stores it as pending and queues it for moderation',
    memoryMb: 512,
    timeoutSeconds: 10,
    // Intake gets 30 of the stage's 50 requests a second, so reads and moderation keep room
    // while a burst of submissions is throttled (429 from API Gateway, before any function runs).
    trigger: { kind: 'http', method: 'POST', path: '/v1/comments', auth: 'siteKey', throttle: { rateLimit: 30, burstLimit: 60 } },
    // PutItem: the comment (and the IP salt, once per deployment); UpdateItem: the site's intake counter.
    access: { table: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'], queues: { moderation: ['sqs:SendMessage'] } },
  },
  {
    name: 'getComment',
    entry: 'functions/get-comment.ts',
    description: 'Returns one comment of the calling site with its status and decision',
    memoryMb: 256,
    timeoutSeconds: 10,
    trigger: { kind: 'http', method: 'GET', path: '/v1/comments/{id}', auth: 'siteKey' },
    access: { table: ['dynamodb:GetItem'], queues: {} },
  },
  {
    name: 'listPostComments',
    entry: 'functions/list-post-comments.ts',
    description: 'Lists the public comments of a post (replies only under public parents), oldest or newest first, cursor-paginated, with an ETag',
    memoryMb: 256,
    timeoutSeconds: 10,
    trigger: { kind: 'http', method: 'GET', path: '/v1/posts/{postId}/comments', auth: 'siteKey' },
    // BatchGetItem: the parents of replies whose parents are not on the page.
    access: { table: ['dynamodb:Query', 'dynamodb:BatchGetItem'], queues: {} },
  },
  {
    name: 'getOpenApi',
    entry: 'functions/get-openapi.ts',
    description: 'Serves the OpenAPI 3.1 description of the blog-facing API, generated from the request schemas',
    memoryMb: 256,
    timeoutSeconds: 10,
    // Public like any API description: it holds the shapes of requests, nothing of a site.
    trigger: { kind: 'http', method: 'GET', path: '/v1/openapi.json', auth: 'none' },
    access: { table: [], queues: {} },
  },
  // Perspective API's two calls, so a Perspective client (Coral Talk) switches by changing its
  // endpoint to {api}/v1alpha1. auth none: the site key comes as `?key=` and a missing or wrong
  // one must be answered in Perspective's error shape, so the handler checks it (by hash, as the
  // site-key authorizer does) instead of API Gateway's authorizer, whose 401/403 bodies are its own.
  {
    name: 'perspectiveAnalyze',
    entry: 'functions/perspective-analyze.ts',
    description: "Scores a text the Perspective API way (comments:analyze) with the site's policy and model; stores nothing",
    // Coral Talk gives up after 500 ms, and a cold start is CPU: importing the bundle (the engine
    // builds its vocabulary at load) takes 160-240 ms of CPU (npm run bench:perspective), which
    // 1,769 MB (one full vCPU) spends in about that time, where 1,024 MB (0.58 vCPU) would need
    // nearly twice as long. Warm calls bill 2-3 ms, so the extra memory costs cents per million.
    memoryMb: 1769,
    timeoutSeconds: 5,
    trigger: { kind: 'http', method: 'POST', path: '/v1alpha1/comments:analyze', auth: 'none' },
    // GetItem: the key's hash, the site's policy and model pointers and versions; BatchGetItem: a model's parts.
    access: { table: ['dynamodb:GetItem', 'dynamodb:BatchGetItem'], queues: {} },
  },
  {
    name: 'perspectiveSuggestScore',
    entry: 'functions/perspective-suggest-score.ts',
    description: "Stores a moderator's verdict sent the Perspective API way (comments:suggestscore) as a training label",
    memoryMb: 512,
    timeoutSeconds: 10,
    trigger: { kind: 'http', method: 'POST', path: '/v1alpha1/comments:suggestscore', auth: 'none' },
    access: { table: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:PutItem'], queues: {} },
  },
  {
    name: 'reportComment',
    entry: 'functions/report-comment.ts',
    description: "Records a reader's report on a comment, moving an approved one to the Reported queue",
    memoryMb: 256,
    timeoutSeconds: 10,
    trigger: { kind: 'http', method: 'POST', path: '/v1/comments/{id}/reports', auth: 'siteKey' },
    // GetItem: the comment, the site's policy pointers and document; UpdateItem: the report.
    access: { table: ['dynamodb:GetItem', 'dynamodb:UpdateItem'], queues: {} },
  },
  {
    name: 'moderateComments',
    entry: 'functions/moderate-comments.ts',
    description: 'Runs the moderation engine over queued comments and stores each decision',
    // Waiting on DynamoDB, not computing: the engine takes well under a millisecond for a
    // typical comment (~5 ms for a 10,000-character worst case at a full vCPU), while each
    // record makes four round trips. More memory would buy CPU it cannot use.
    memoryMb: 512,
    timeoutSeconds: WORKER_TIMEOUT_SECONDS,
    trigger: { kind: 'queue', queue: 'moderation', batchSize: 10, maxBatchingWindowSeconds: 1 },
    access: {
      table: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:UpdateItem'],
      // webhooks: the comment.decided event (the site's endpoints are read with GetItem).
      queues: { moderation: ['consume'], webhooks: ['sqs:SendMessage'] },
    },
  },
  {
    name: 'moderationMe',
    entry: 'functions/moderation-me.ts',
    description: 'Tells a moderator who they are and which sites they moderate',
    memoryMb: 256,
    timeoutSeconds: 10,
    trigger: { kind: 'http', method: 'GET', path: '/v1/moderation/me', auth: 'moderator' },
    // Query: admins list every site from the site registry partition.
    access: { table: ['dynamodb:Query'], queues: {} },
  },
  {
    name: 'listReviewQueue',
    entry: 'functions/list-review-queue.ts',
    description: "Lists a site's flagged, rejected or approved comments with counts, filters and pages",
    memoryMb: 512,
    timeoutSeconds: 10,
    trigger: { kind: 'http', method: 'GET', path: '/v1/moderation/sites/{siteId}/comments', auth: 'moderator' },
    access: { table: ['dynamodb:Query'], queues: {} },
  },
  {
    name: 'getReviewItem',
    entry: 'functions/get-review-item.ts',
    description: 'One comment with its reasons, author history, thread and decision history',
    memoryMb: 512,
    timeoutSeconds: 10,
    trigger: { kind: 'http', method: 'GET', path: '/v1/moderation/comments/{id}', auth: 'moderator' },
    access: { table: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'], queues: {} },
  },
  {
    name: 'decideComment',
    entry: 'functions/decide-comment.ts',
    description: "Applies a moderator's approve or reject to one comment, conditionally, with an audit entry",
    memoryMb: 512,
    timeoutSeconds: 10,
    trigger: { kind: 'http', method: 'POST', path: '/v1/moderation/comments/{id}/decision', auth: 'moderator' },
    access: { table: ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:PutItem'], queues: { webhooks: ['sqs:SendMessage'] } },
  },
  {
    name: 'decideComments',
    entry: 'functions/decide-comments.ts',
    description: 'Applies one moderator action to many comments, reporting per id',
    memoryMb: 512,
    timeoutSeconds: 29,
    trigger: { kind: 'http', method: 'POST', path: '/v1/moderation/decisions', auth: 'moderator' },
    access: { table: ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:PutItem'], queues: { webhooks: ['sqs:SendMessage'] } },
  },
  {
    name: 'undoDecisions',
    entry: 'functions/undo-decisions.ts',
    description: "Reverts a moderator's own latest decision on each comment, within the undo window, with an audit entry",
    memoryMb: 512,
    timeoutSeconds: 29,
    trigger: { kind: 'http', method: 'POST', path: '/v1/moderation/undo', auth: 'moderator' },
    access: { table: ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:PutItem'], queues: {} },
  },
  {
    name: 'setAuthorAction',
    entry: 'functions/set-author-action.ts',
    description: "Trusts, pre-moderates or bans a comment's author on its site (optional expiry and note), or lifts it",
    memoryMb: 256,
    timeoutSeconds: 10,
    trigger: { kind: 'http', method: 'POST', path: '/v1/moderation/comments/{id}/author-action', auth: 'moderator' },
    access: { table: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem'], queues: {} },
  },
  {
    name: 'trainModels',
    entry: 'functions/train-models.ts',
    description: "Trains each site with new labels and publishes its next model version",
    // 1,769 MB is one full vCPU: training is CPU-bound (100,000 labels train in about half a
    // minute on one core) and holds the labels' texts and features in memory (~400 MB then).
    memoryMb: 1769,
    timeoutSeconds: 900,
    trigger: { kind: 'schedule', everyMinutes: 15, deploySetting: 'trainerScheduleMinutes', localIntervalEnv: 'SIEVE_TRAINER_INTERVAL_MS' },
    access: {
      // Query: sites (registry), labels (byLabel, byQueue) and model versions; BatchGetItem:
      // site items; Put/Update/Delete: model parts, manifests, pointers and pruning old versions.
      table: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
      queues: {},
    },
  },
  {
    name: 'sweepStuckComments',
    entry: 'functions/sweep-stuck-comments.ts',
    description: 'Re-queues comments left pending past the threshold (a crash or failed send after the pending write)',
    memoryMb: 256,
    timeoutSeconds: 60,
    // A stuck comment waits the threshold (shared/sweeper/config.ts) plus at most one interval.
    trigger: { kind: 'schedule', everyMinutes: 5, localIntervalEnv: 'SIEVE_SWEEPER_INTERVAL_MS' },
    access: {
      // Query: the site registry and each site's pending partition of byQueue; UpdateItem: the
      // conditional claim (or retirement) of a stuck comment. It reads no comment by key.
      table: ['dynamodb:Query', 'dynamodb:UpdateItem'],
      queues: { moderation: ['sqs:SendMessage'] },
    },
  },
  {
    name: 'deliverWebhooks',
    entry: 'functions/deliver-webhooks.ts',
    description: "Posts signed comment events to each site's webhook endpoints, retrying with backoff",
    // Waiting on receivers, not computing.
    memoryMb: 256,
    timeoutSeconds: WEBHOOK_TIMEOUT_SECONDS,
    trigger: { kind: 'queue', queue: 'webhooks', batchSize: 10, maxBatchingWindowSeconds: 1 },
    access: {
      // GetItem: the site's endpoints; UpdateItem: the delivery log. Webhook items only.
      table: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
      tableKeyPrefixes: [webhookPartitionPrefix],
      queues: { webhooks: ['consume'] },
    },
    localRunsBeside: true,
  },
];

/** Moderator routes are checked by API Gateway's JWT authorizer, not by a function. */
export const JWT_AUTH = {
  moderator: {
    identityHeader: 'authorization',
    /** Cognito groups claim: `admins`, or `site:<siteId>` per moderated site. */
    groupsClaim: 'cognito:groups',
  },
} as const;

export const httpFunctions = (): Array<FunctionSpec & { trigger: HttpTrigger }> =>
  FUNCTIONS.filter((f): f is FunctionSpec & { trigger: HttpTrigger } => f.trigger.kind === 'http');

export const authorizerFor = (auth: Auth): (FunctionSpec & { trigger: AuthorizerTrigger }) | undefined =>
  FUNCTIONS.find(
    (f): f is FunctionSpec & { trigger: AuthorizerTrigger } => f.trigger.kind === 'authorizer' && f.trigger.auth === auth,
  );
