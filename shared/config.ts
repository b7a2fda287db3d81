import { z } from 'zod';
import { ENV } from './environment.ts';

// Parsed once per cold start; a missing variable stops the function from starting with a
// message naming it, instead of failing later on the first request.

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const nonEmpty = z.string({ error: 'is not set' }).min(1, 'is not set');

const parse = <T extends z.ZodRawShape>(shape: T, env: NodeJS.ProcessEnv): z.infer<z.ZodObject<T>> => {
  const result = z.object(shape).safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${String(i.path[0])} ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return result.data;
};

export const tableConfig = (env: NodeJS.ProcessEnv = process.env) => ({
  tableName: parse({ [ENV.tableName]: nonEmpty }, env)[ENV.tableName] as string,
});

export const moderationQueueConfig = (env: NodeJS.ProcessEnv = process.env) => {
  const name = ENV.queueUrl('moderation');
  return { queueUrl: parse({ [name]: nonEmpty }, env)[name] as string };
};

/** Submissions per site per minute before POST /v1/comments answers 429 (SIEVE_SITE_INTAKE_PER_MINUTE). */
export const DEFAULT_SITE_INTAKE_PER_MINUTE = 600;

export const intakeLimitConfig = (env: NodeJS.ProcessEnv = process.env) => {
  const raw = env[ENV.siteIntakePerMinute];
  if (raw === undefined || raw === '') return { perMinute: DEFAULT_SITE_INTAKE_PER_MINUTE };
  const perMinute = Number(raw);
  if (!Number.isInteger(perMinute) || perMinute < 1) throw new ConfigError(`Invalid configuration: ${ENV.siteIntakePerMinute} must be a whole number of submissions, at least 1, got ${JSON.stringify(raw)}`);
  return { perMinute };
};

/** How long a warm worker trusts what it read of a site's policy and model pointers (SIEVE_SITE_CACHE_TTL_MS; tests shorten it). */
export const DEFAULT_SITE_CACHE_TTL_MS = 60_000;

export const siteCacheConfig = (env: NodeJS.ProcessEnv = process.env) => {
  const raw = env[ENV.siteCacheTtlMs];
  if (raw === undefined || raw === '') return { ttlMs: DEFAULT_SITE_CACHE_TTL_MS };
  const ttlMs = Number(raw);
  if (!Number.isInteger(ttlMs) || ttlMs < 0) throw new ConfigError(`Invalid configuration: ${ENV.siteCacheTtlMs} must be a whole number of milliseconds, got ${JSON.stringify(raw)}`);
  return { ttlMs };
};
