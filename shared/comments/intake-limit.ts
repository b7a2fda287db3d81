import { RateLimitedError } from '../errors.ts';

// A per-site intake limit: at most `perMinute` submissions in each minute of the clock (a
// fixed window: one counter item per site and minute, so the check is a single atomic write;
// a burst straddling two minutes may pass up to twice the limit, which a flood check then
// sees). In AWS, API Gateway's route throttling caps all sites together before this runs
// (functions/manifest.ts, throttle of POST /v1/comments); this keeps one site from using it all.

export const INTAKE_WINDOW_MS = 60_000;

export const intakeWindowOf = (now: number): number => Math.floor(now / INTAKE_WINDOW_MS) * INTAKE_WINDOW_MS;

/** Whole seconds until the window holding `now` ends (at least 1). */
export const retryAfterSeconds = (now: number): number => Math.max(1, Math.ceil((intakeWindowOf(now) + INTAKE_WINDOW_MS - now) / 1000));

/** Counts the submission and throws RateLimitedError when it is beyond the site's limit. */
export const admitSubmission = async (
  input: { siteId: string; now: number; perMinute: number },
  count: (siteId: string, windowStart: number, windowMs: number) => Promise<number>,
): Promise<void> => {
  const submitted = await count(input.siteId, intakeWindowOf(input.now), INTAKE_WINDOW_MS);
  if (submitted <= input.perMinute) return;
  const wait = retryAfterSeconds(input.now);
  throw new RateLimitedError(
    'rate_limited',
    `This site has submitted more than ${input.perMinute} comments this minute; retry after ${wait} seconds`,
    wait,
  );
};
