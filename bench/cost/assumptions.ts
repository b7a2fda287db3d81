// What the cost model cannot measure locally and therefore assumes. Each is printed with
// the result; change one here (or through the environment, see bench/cost.ts) to see its
// effect.

export interface Assumptions {
  /** Comments a site posts per minute: with the authorizer's result TTL, it sets the cache hit rate. */
  siteCommentsPerMinute: number;
  /** Comments per second over all sites: X-Ray's per-second reservoir is shared by all of them. */
  fleetCommentsPerSecond: number;
  /** X-Ray's default sampling rule, which Lambda applies to traced functions. */
  xrayReservoirPerSecond: number;
  xrayFixedRate: number;
  /** CloudWatch Logs counts 26 bytes per log event on top of the message (the PutLogEvents batch size rule); counted, to stay on the safe side. */
  logEventOverheadBytes: number;
  /** Lambda's SQS pollers while the queue is idle: parallel long polls of 20 s (a fixed monthly cost). */
  idlePollers: number;
  /** Utilisation a provisioned-capacity table would run at (the provisioned-capacity lever). */
  provisionedUtilisation: number;
  /**
   * What one call from a function to DynamoDB and to SQS takes in the region (network and
   * service time), added to each call of the timing run: the local emulators answer over
   * loopback in a fraction of that, and Lambda bills the wait.
   */
  dynamoRoundTripMs: number;
  sqsRoundTripMs: number;
}

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  // A busy blog at its daytime peak; a quiet site sees a cache miss on almost every comment.
  siteCommentsPerMinute: 2,
  // About 13 million comments a month.
  fleetCommentsPerSecond: 5,
  xrayReservoirPerSecond: 1,
  xrayFixedRate: 0.05,
  logEventOverheadBytes: 26,
  idlePollers: 5,
  provisionedUtilisation: 0.7,
  // DynamoDB answers single-item calls in single-digit milliseconds; SendMessage is slower.
  dynamoRoundTripMs: 5,
  sqsRoundTripMs: 10,
};

/**
 * Share of requests that miss the authorizer cache. After a miss the result is cached for
 * `ttlSeconds`; with requests arriving at `perSecond` (Poisson), a cycle holds one miss and
 * on average `ttlSeconds * perSecond` hits.
 */
export const authorizerMissRate = (ttlSeconds: number, perSecond: number): number => (ttlSeconds <= 0 ? 1 : 1 / (1 + ttlSeconds * perSecond));

/** Share of invocations X-Ray records when `perSecond` traced invocations arrive: the reservoir, then the fixed rate. */
export const xraySampledShare = (perSecond: number, reservoirPerSecond: number, fixedRate: number): number =>
  perSecond <= 0 ? 0 : (Math.min(perSecond, reservoirPerSecond) + fixedRate * Math.max(0, perSecond - reservoirPerSecond)) / perSecond;
