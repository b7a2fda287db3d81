import type { Assumptions } from './assumptions.ts';
import type { Prices } from './prices.ts';
import { costBreakdown, logBytesPerComment, readUnitsPerComment, sumOf, unitPricesPerMillion, writeUnitsPerComment } from './model.ts';
import type { DynamoBilling, UsageProfile } from './profile.ts';

// Changes that would lower the cost per comment, each priced from the same usage profile.
// The cost model only measures; none of these is applied to the pipeline.

export interface Lever {
  name: string;
  savingPerMillion: number;
  /** What it takes, and what it costs elsewhere. */
  tradeOff: string;
}

/** The provisioned-capacity lever: the table's units at the assumed utilisation. */
const assumedProvisioned = (assumptions: Assumptions): DynamoBilling => ({
  mode: 'provisioned',
  readUtilisation: assumptions.provisionedUtilisation,
  writeUtilisation: assumptions.provisionedUtilisation,
});

export const levers = (p: UsageProfile, prices: Prices, assumptions: Assumptions, workerBatchSize: number): Lever[] => {
  // Units saved are priced as the template bills them: on demand, or provisioned at its target.
  const { write: wru, read: rru } = unitPricesPerMillion(p.dynamodbBilling, prices);
  const rows = (operation: string, kind: string) => p.dynamodb.filter((d) => d.operation === operation && d.kind === kind);
  const list: Lever[] = [];

  const indexUnits = sumOf(p.dynamodb, (d) => d.indexWriteUnitsPerComment);
  const keysOnly = sumOf(p.dynamodb, (d) => d.keysOnlyIndexWriteUnitsPerComment);
  list.push({
    name: 'GSI projections KEYS_ONLY (or INCLUDE of a few attributes) instead of ALL',
    savingPerMillion: (indexUnits - keysOnly) * wru,
    tradeOff: 'listings then read full items with BatchGetItem: extra reads per listing page viewed, not per comment moderated',
  });

  // Only an on-demand stage has this lever; a provisioned one has pulled it already.
  if (p.dynamodbBilling.mode === 'on-demand') {
    const provisioned = unitPricesPerMillion(assumedProvisioned(assumptions), prices);
    list.push({
      name: `DynamoDB provisioned capacity at ${assumptions.provisionedUtilisation * 100}% utilisation (steady traffic; deploy with capacity=provisioned)`,
      savingPerMillion: writeUnitsPerComment(p) * (wru - provisioned.write) + readUnitsPerComment(p) * (rru - provisioned.read),
      tradeOff: 'traffic steady enough to keep the units busy; an auto-scaling floor paid when idle; bursts beyond the units are throttled (503) until auto scaling catches up',
    });
  }

  const xray = costBreakdown(p, prices).lines.find((l) => l.component.startsWith('X-Ray'))?.perMillion ?? 0;
  list.push({
    name: 'Active X-Ray tracing off (or a sampling rule with no reservoir and ~1%)',
    savingPerMillion: xray,
    tradeOff: 'fewer or no traces to debug slow requests with; HTTP APIs pass no trace downstream anyway',
  });

  const worker = p.lambda.at(-1)!;
  const batches = 1 / workerBatchSize;
  list.push({
    name: `Full worker batches of ${workerBatchSize} (local batches held ${(1 / worker.invocationsPerComment).toFixed(1)})`,
    savingPerMillion:
      Math.max(0, p.sqsRequestsPerComment.receive + p.sqsRequestsPerComment.delete - 2 * batches) * prices.sqs.standardRequestsPerMillion +
      Math.max(0, worker.invocationsPerComment - batches) * prices.lambda.requestsPerMillion,
    tradeOff: 'comes with traffic (or a longer batching window, which adds latency); the per-comment compute barely changes',
  });

  const compute = costBreakdown(p, prices).lines.filter((l) => l.component.startsWith('Lambda compute'));
  list.push({
    name: 'Halve the memory of every function in the path (an upper bound)',
    savingPerMillion: sumOf(compute, (l) => l.perMillion) / 2,
    tradeOff: 'holds only while durations stay put; CPU scales with memory, so the engine runs slower and the saving shrinks',
  });

  const author = rows('UpdateItem', 'AUTHOR');
  const authorExtra = sumOf(author, (d) => d.tableWriteUnitsPerComment - d.itemsPerComment);
  list.push({
    name: 'Author context item kept under 1 KB (fewer recent posts, shorter entries)',
    savingPerMillion: authorExtra * wru,
    tradeOff: 'less history for flood and duplicate checks; the workload caps authors at 5 comments, so a site with heavy posters pays more than measured',
  });

  const handlerLogs = p.logs.handlerBytes + p.logs.handlerEvents * p.logs.overheadBytesPerEvent;
  list.push({
    name: 'Per-comment INFO log lines off in production (log level WARN; EMF metrics kept)',
    savingPerMillion: (handlerLogs / logBytesPerComment(p.logs)) * (costBreakdown(p, prices).lines.find((l) => l.component.startsWith('CloudWatch Logs'))?.perMillion ?? 0),
    tradeOff: 'no per-comment trail in the logs; decisions stay in the table',
  });

  return list.sort((a, b) => b.savingPerMillion - a.savingPerMillion);
};

/**
 * The cost with the levers that do not change what the product does applied together:
 * tracing off, full worker batches (same compute per comment), no per-comment INFO lines,
 * KEYS_ONLY indexes, and provisioned DynamoDB capacity (at the assumed
 * utilisation, unless the template provisions it already).
 */
export const allLeversTotal = (p: UsageProfile, prices: Prices, assumptions: Assumptions, workerBatchSize: number): number => {
  const batches = 1 / workerBatchSize;
  const invocationsBefore = sumOf(p.lambda, (l) => l.invocationsPerComment);
  const lambda = p.lambda.map((l, i) =>
    i === p.lambda.length - 1
      ? { ...l, invocationsPerComment: batches, billedMsPerInvocation: (l.billedMsPerInvocation * l.invocationsPerComment) / batches }
      : l,
  );
  const invocationsAfter = sumOf(lambda, (l) => l.invocationsPerComment);
  const changed: UsageProfile = {
    ...p,
    lambda,
    sqsRequestsPerComment: { send: p.sqsRequestsPerComment.send, receive: batches, delete: batches },
    dynamodb: p.dynamodb.map((d) => ({ ...d, indexWriteUnitsPerComment: d.keysOnlyIndexWriteUnitsPerComment })),
    logs: {
      ...p.logs,
      handlerBytes: 0,
      handlerEvents: 0,
      platformBytes: (p.logs.platformBytes * invocationsAfter) / invocationsBefore,
      platformEvents: (p.logs.platformEvents * invocationsAfter) / invocationsBefore,
    },
    xray: { ...p.xray, sampledShare: 0 },
    dynamodbBilling: p.dynamodbBilling.mode === 'on-demand' ? assumedProvisioned(assumptions) : p.dynamodbBilling,
  };
  return costBreakdown(changed, prices).totalPerMillion;
};

/** What a comment costs in per-request charges alone, whatever else changes: API Gateway, SQS at full batches, Lambda requests. */
export const perRequestFloor = (p: UsageProfile, prices: Prices, workerBatchSize: number): number => {
  const batches = 1 / workerBatchSize;
  const invocations = sumOf(p.lambda.slice(0, -1), (l) => l.invocationsPerComment) + batches;
  return (
    p.apiRequestsPerComment * prices.apiGateway.httpRequestsPerMillion +
    (p.sqsRequestsPerComment.send + 2 * batches) * prices.sqs.standardRequestsPerMillion +
    invocations * prices.lambda.requestsPerMillion
  );
};
