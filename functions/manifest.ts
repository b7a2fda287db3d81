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
    retentionDays: 4,
    deadLetter: { maxReceiveCount: 5, retentionDays: 14 },
  },
  webhooks: {
    name: 'webhooks',
    visibilityTimeoutSeconds: WEBHOOK_TIMEOUT_SECONDS * 6,
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
    trigger: { kind: 'http', method: 'POST', path: '/v1/comments', auth: 'siteKey' },
    access: { table: ['dynamodb:GetItem', 'dynamodb:PutItem'], queues: { moderation: ['sqs:SendMessage'] } },
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
    description: 'Lists the approved comments of a post, oldest first, cursor-paginated',
    memoryMb: 256,
    timeoutSeconds: 10,
    trigger: { kind: 'http', method: 'GET', path: '/v1/posts/{postId}/comments', auth: 'siteKey' },
    access: { table: ['dynamodb:Query'], queues: {} },
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
    trigger: { kind: 'schedule', everyMinutes: 15, localIntervalEnv: 'SIEVE_TRAINER_INTERVAL_MS' },
    access: {
      // Query: sites (registry), labels (byLabel, byQueue) and model versions; BatchGetItem:
      // site items; Put/Update/Delete: model parts, manifests, pointers and pruning old versions.
      table: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
      queues: {},
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
