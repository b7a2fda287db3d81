// The names a function and its deployment agree on: the environment variables every function
// reads (values come from CDK or the local runtime) and the queues it may address. Kept in the
// domain so shared/config.ts needs nothing from functions/; the manifest imports them.

/** Every work queue; functions/manifest.ts gives each its settings. */
export const QUEUE_NAMES = ['moderation', 'webhooks'] as const;

export type QueueName = (typeof QUEUE_NAMES)[number];

/** Environment variable names every function receives. */
export const ENV = {
  tableName: 'SIEVE_TABLE_NAME',
  queueUrl: (queue: QueueName) => `SIEVE_${queue.toUpperCase()}_QUEUE_URL`,
  /** Optional: how long the worker caches a site's policy and model pointers (default 60 s). Never set by CDK; tests shorten it. */
  siteCacheTtlMs: 'SIEVE_SITE_CACHE_TTL_MS',
  /** Optional: milliseconds a webhook receiver has to answer (default 10 s). Never set by CDK; tests shorten it. */
  webhookTimeoutMs: 'SIEVE_WEBHOOK_TIMEOUT_MS',
  /** Optional: multiplies the webhook retry schedule (default 1). Never set by CDK; tests use 0. */
  webhookRetryScale: 'SIEVE_WEBHOOK_RETRY_SCALE',
  /** Optional: submissions a site may make per minute before 429 (default 600). Tests lower it. */
  siteIntakePerMinute: 'SIEVE_SITE_INTAKE_PER_MINUTE',
  /**
   * Optional: seconds a comment may stay pending before the sweeper re-queues it (default in
   * shared/sweeper/config.ts, above the moderation queue's whole retry span). Never set by CDK;
   * the local runtime sets it from its shorter visibility timeout, tests shorten it further.
   */
  sweepAfterSeconds: 'SIEVE_SWEEP_AFTER_SECONDS',
  /** `true` in the local runtime only: webhooks may then post plain http to localhost. */
  webhookAllowLocalHttp: 'SIEVE_WEBHOOK_ALLOW_LOCAL_HTTP',
} as const;
