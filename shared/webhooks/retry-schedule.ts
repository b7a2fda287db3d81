// When a failed delivery is tried again: exponential backoff from BASE doubling up to CAP,
// with "equal jitter" (half the delay fixed, half random) so receivers that come back after
// an outage are not hit by every site's retries at once. MAX_ATTEMPTS is the webhook queue's
// maxReceiveCount: after the last attempt the message moves to the dead-letter queue.
//
// With these numbers the 13 waits add up to 16 to 33 hours (24 on average): about a day.

export const RETRY_BASE_SECONDS = 30;
/** Below SQS's 12-hour ceiling for a message's visibility timeout. */
export const RETRY_CAP_SECONDS = 8 * 3600;
export const MAX_DELIVERY_ATTEMPTS = 14;

/** The longest wait after failed attempt `attempt` (1-based), before jitter. */
export const backoffCeilingSeconds = (attempt: number): number => Math.min(RETRY_CAP_SECONDS, RETRY_BASE_SECONDS * 2 ** (attempt - 1));

/**
 * Seconds to wait after failed attempt `attempt`; `random` in [0, 1). `scale` shortens the
 * whole schedule (tests; 1 in a deployment).
 */
export const retryDelaySeconds = (attempt: number, random: number, scale = 1): number => {
  const ceiling = backoffCeilingSeconds(attempt) * scale;
  return Math.round(ceiling / 2 + (random * ceiling) / 2);
};
