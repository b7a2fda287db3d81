import { ConfigError } from '../config.ts';
import { ENV } from '../environment.ts';

/**
 * A comment pending longer than this is stuck: 20 minutes, above the moderation queue's whole
 * retry span in AWS (180 s visibility x 5 receives = 15 min, functions/manifest.ts; a test keeps
 * it above), so a comment still being retried is not sent a second time. The local runtime sets
 * SIEVE_SWEEP_AFTER_SECONDS from its own, shorter span.
 */
export const DEFAULT_SWEEP_AFTER_SECONDS = 20 * 60;

export const sweeperConfig = (env: NodeJS.ProcessEnv = process.env) => {
  const raw = env[ENV.sweepAfterSeconds];
  if (raw === undefined || raw === '') return { afterMs: DEFAULT_SWEEP_AFTER_SECONDS * 1000 };
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new ConfigError(`Invalid configuration: ${ENV.sweepAfterSeconds} must be a positive number of seconds, got ${JSON.stringify(raw)}`);
  }
  return { afterMs: seconds * 1000 };
};
