import { ENV } from '../environment.ts';

// The delivery settings a deployment never sets (the defaults hold in AWS) and the local
// runtime or a test may: parsed once at cold start, failing loudly on a bad value.

export class WebhookConfigError extends Error {
  override name = 'WebhookConfigError';
}

/** How long a receiver has to answer before the attempt counts as failed. */
export const DEFAULT_DELIVERY_TIMEOUT_MS = 10_000;

const numberFrom = (env: NodeJS.ProcessEnv, name: string, fallback: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new WebhookConfigError(`Invalid configuration: ${name} must be a number of 0 or more, got ${JSON.stringify(raw)}`);
  return value;
};

export const webhookDeliveryConfig = (env: NodeJS.ProcessEnv = process.env) => ({
  timeoutMs: numberFrom(env, ENV.webhookTimeoutMs, DEFAULT_DELIVERY_TIMEOUT_MS),
  retryScale: numberFrom(env, ENV.webhookRetryScale, 1),
  /** Only the local runtime sets it: http to this machine is then a valid receiver. */
  allowLocalHttp: env[ENV.webhookAllowLocalHttp] === 'true',
});

export const webhookQueueUrl = (env: NodeJS.ProcessEnv = process.env): string => {
  const url = env[ENV.queueUrl('webhooks')];
  if (!url) throw new WebhookConfigError(`Invalid configuration: ${ENV.queueUrl('webhooks')} is not set`);
  return url;
};
