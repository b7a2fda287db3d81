// The AWS cost of one Perspective-compatible analyze call (POST /v1alpha1/comments:analyze):
// one HTTP API request, one Lambda invocation billed by its measured duration at the
// manifest's memory, its log lines (the handler's one line plus Lambda's START/END/REPORT),
// and the DynamoDB reads the function's caches still make (the key, the policy and model
// pointers, once per cache TTL per warm instance). Nothing is written. Pure: measurements and
// prices in, dollars per million calls out.

import type { Prices } from './prices.ts';
import { lambdaPlatformEvents } from './platform-logs.ts';

export interface PerspectiveCallProfile {
  memoryMb: number;
  architecture: 'arm64' | 'x86_64';
  /** Mean of the handler's measured durations, each rounded up to the next millisecond as Lambda bills it. */
  billedMsPerCall: number;
  /** The handler's own log bytes per call (measured). */
  appLogBytesPerCall: number;
  traced: boolean;
  /** Calls one warm instance serves per cache TTL: the reads below are spread over them. */
  callsPerInstancePerTtl: number;
  /** GetItems per TTL per instance: the key, the policy pointers, the model pointers. */
  readsPerTtl: number;
}

export interface PerspectiveCost {
  lines: Array<{ what: string; perMillion: number }>;
  totalPerMillion: number;
}

const MILLION = 1_000_000;
const GB = 2 ** 30;

export function perspectiveCallCost(p: PerspectiveCallProfile, prices: Prices): PerspectiveCost {
  const gbSeconds = (p.memoryMb / 1024) * (p.billedMsPerCall / 1000);
  const logBytes = p.appLogBytesPerCall + lambdaPlatformEvents(p.memoryMb, p.traced).reduce((a, b) => a + b, 0);
  // GetItem, eventually consistent, under 4 KB: half a read unit each.
  const readUnits = (p.readsPerTtl * 0.5) / Math.max(1, p.callsPerInstancePerTtl);
  const lines = [
    { what: 'API Gateway HTTP API request', perMillion: prices.apiGateway.httpRequestsPerMillion },
    { what: 'Lambda requests', perMillion: prices.lambda.requestsPerMillion },
    { what: `Lambda duration (${p.billedMsPerCall.toFixed(2)} billed ms at ${p.memoryMb} MB, ${p.architecture})`, perMillion: gbSeconds * prices.lambda.gbSecond[p.architecture] * MILLION },
    { what: `CloudWatch Logs (${Math.round(logBytes)} bytes a call)`, perMillion: (logBytes / GB) * prices.cloudWatchLogs.ingestionPerGb * MILLION },
    { what: `DynamoDB reads (${readUnits.toFixed(3)} read units a call)`, perMillion: readUnits * prices.dynamodb.onDemandReadUnitsPerMillion },
    ...(p.traced ? [{ what: 'X-Ray traces', perMillion: prices.xray.tracesRecordedPerMillion }] : []),
  ];
  return { lines, totalPerMillion: lines.reduce((a, l) => a + l.perMillion, 0) };
}
