import type { Prices } from './prices.ts';
import type { DynamoBilling, UsageProfile } from './profile.ts';
import type { TableBilling } from './template-facts.ts';

// The arithmetic: usage per comment times list prices, in dollars per million comments.
// Pure, so test/bench/cost-model.test.ts can check it against figures worked by hand.

export interface CostLine {
  component: string;
  /** Usage per comment, for people. */
  usage: string;
  perMillion: number;
}

export interface Breakdown {
  lines: CostLine[];
  totalPerMillion: number;
}

const MILLION = 1_000_000;
const GIB = 2 ** 30;
const SECONDS_PER_HOUR = 3600;

/** Up to `digits` decimals, trailing zeros after the point dropped. */
const fmt = (n: number, digits = 2) => (digits > 0 ? n.toFixed(digits).replace(/\.?0+$/, '') : n.toFixed(0));

export const lambdaGbSeconds = (l: { memoryMb: number; billedMsPerInvocation: number; invocationsPerComment: number }) =>
  l.invocationsPerComment * (l.billedMsPerInvocation / 1000) * (l.memoryMb / 1024);

export const sumOf = <T>(items: T[], value: (item: T) => number) => items.reduce((total, item) => total + value(item), 0);

export const writeUnitsPerComment = (p: UsageProfile) => sumOf(p.dynamodb, (d) => d.tableWriteUnitsPerComment + d.indexWriteUnitsPerComment);
export const readUnitsPerComment = (p: UsageProfile) => sumOf(p.dynamodb, (d) => d.readUnitsPerComment);

/** What a million consumed units cost when each provisioned unit (one unit a second, billed by the hour) is busy `utilisation` of the time. */
export const provisionedPerMillion = (unitHour: number, utilisation: number) => (unitHour / SECONDS_PER_HOUR / utilisation) * MILLION;

/** Dollars per million read and write units under a billing mode. */
export const unitPricesPerMillion = (billing: DynamoBilling, prices: Prices): { read: number; write: number } =>
  billing.mode === 'on-demand'
    ? { read: prices.dynamodb.onDemandReadUnitsPerMillion, write: prices.dynamodb.onDemandWriteUnitsPerMillion }
    : {
        read: provisionedPerMillion(prices.dynamodb.provisionedReadCapacityUnitHour, billing.readUtilisation),
        write: provisionedPerMillion(prices.dynamodb.provisionedWriteCapacityUnitHour, billing.writeUtilisation),
      };

const billingLabel = (billing: DynamoBilling, units: 'read' | 'write') =>
  billing.mode === 'on-demand' ? 'on-demand' : `provisioned at ${fmt((units === 'read' ? billing.readUtilisation : billing.writeUtilisation) * 100, 0)}%`;

export const logBytesPerComment = (logs: UsageProfile['logs']) =>
  logs.handlerBytes +
  logs.emfBytes +
  logs.platformBytes +
  logs.accessBytes +
  (logs.handlerEvents + logs.emfEvents + logs.platformEvents + logs.accessEvents) * logs.overheadBytesPerEvent;

export const costBreakdown = (p: UsageProfile, prices: Prices): Breakdown => {
  const lines: CostLine[] = [];
  lines.push({
    component: 'API Gateway HTTP API requests',
    usage: `${fmt(p.apiRequestsPerComment)} request`,
    perMillion: p.apiRequestsPerComment * prices.apiGateway.httpRequestsPerMillion,
  });
  const invocations = sumOf(p.lambda, (l) => l.invocationsPerComment);
  lines.push({
    component: 'Lambda requests',
    usage: `${fmt(invocations, 3)} invocations (${p.lambda.map((l) => `${l.name} ${fmt(l.invocationsPerComment, 3)}`).join(', ')})`,
    perMillion: invocations * prices.lambda.requestsPerMillion,
  });
  for (const l of p.lambda) {
    const gbSeconds = lambdaGbSeconds(l);
    lines.push({
      component: `Lambda compute ${l.name}`,
      usage: `${fmt(l.invocationsPerComment, 3)} x ${fmt(l.billedMsPerInvocation, 1)} ms x ${l.memoryMb} MB ${l.architecture} = ${fmt(gbSeconds * 1000, 3)} GB-ms`,
      perMillion: gbSeconds * prices.lambda.gbSecond[l.architecture] * MILLION,
    });
  }
  const { send, receive, delete: remove } = p.sqsRequestsPerComment;
  lines.push({
    component: 'SQS requests',
    usage: `${fmt(send + receive + remove, 3)} (send ${fmt(send, 3)}, receive ${fmt(receive, 3)}, delete batch ${fmt(remove, 3)})`,
    perMillion: (send + receive + remove) * prices.sqs.standardRequestsPerMillion,
  });
  const tableWrites = sumOf(p.dynamodb, (d) => d.tableWriteUnitsPerComment);
  const indexWrites = sumOf(p.dynamodb, (d) => d.indexWriteUnitsPerComment);
  const unitPrice = unitPricesPerMillion(p.dynamodbBilling, prices);
  // Provisioned: the units comments keep busy, priced as if auto scaling held them at its target.
  const perUnit = (price: number) => (p.dynamodbBilling.mode === 'provisioned' ? `, $${fmt(price, 3)} per million at that utilisation` : '');
  lines.push({
    component: `DynamoDB writes (${billingLabel(p.dynamodbBilling, 'write')})`,
    usage: `${fmt(tableWrites + indexWrites, 3)} WRU (table ${fmt(tableWrites, 3)}, indexes ${fmt(indexWrites, 3)})${perUnit(unitPrice.write)}`,
    perMillion: (tableWrites + indexWrites) * unitPrice.write,
  });
  const reads = readUnitsPerComment(p);
  lines.push({
    component: `DynamoDB reads (${billingLabel(p.dynamodbBilling, 'read')})`,
    usage: `${fmt(reads, 3)} RRU${perUnit(unitPrice.read)}`,
    perMillion: reads * unitPrice.read,
  });
  const logBytes = logBytesPerComment(p.logs);
  const events = p.logs.handlerEvents + p.logs.emfEvents + p.logs.platformEvents + p.logs.accessEvents;
  lines.push({
    component: 'CloudWatch Logs ingestion',
    usage: `${fmt(logBytes, 0)} bytes in ${fmt(events, 2)} events (handlers ${fmt(p.logs.handlerBytes, 0)}, EMF ${fmt(p.logs.emfBytes, 0)}, Lambda START/END/REPORT ${fmt(p.logs.platformBytes, 0)}, access log ${fmt(p.logs.accessBytes, 0)}, ${p.logs.overheadBytesPerEvent} per event)`,
    perMillion: (logBytes / GIB) * prices.cloudWatchLogs.ingestionPerGb * MILLION,
  });
  const traces = p.xray.tracedInvocationsPerComment * p.xray.sampledShare;
  lines.push({
    component: 'X-Ray traces (active tracing)',
    usage: `${fmt(traces, 3)} traces (${fmt(p.xray.tracedInvocationsPerComment, 3)} traced invocations, ${fmt(p.xray.sampledShare * 100, 1)}% sampled)`,
    perMillion: traces * prices.xray.tracesRecordedPerMillion,
  });
  return { lines, totalPerMillion: sumOf(lines, (l) => l.perMillion) };
};

const HOURS_PER_MONTH = 30 * 24;
const SECONDS_PER_MONTH = HOURS_PER_MONTH * SECONDS_PER_HOUR;
const LONG_POLL_SECONDS = 20;

/**
 * Costs that run whether or not comments arrive: idle queue polling, custom metrics and, for a
 * provisioned table, the units auto scaling never goes below (a floor, not an extra: traffic
 * that fits in it costs nothing more per comment).
 */
export const fixedMonthlyCosts = (
  input: { idlePollers: number; emfSeries: number; tableBilling?: TableBilling },
  prices: Prices,
): Array<{ item: string; dollars: number }> => [
  {
    item: `SQS: ${input.idlePollers} Lambda pollers long-polling an idle queue`,
    dollars: ((input.idlePollers * SECONDS_PER_MONTH) / LONG_POLL_SECONDS / MILLION) * prices.sqs.standardRequestsPerMillion,
  },
  {
    item: `CloudWatch: ${input.emfSeries} custom metric series seen in the EMF lines (grows with rules hit)`,
    dollars: input.emfSeries * prices.cloudWatchMetrics.customMetricMonth,
  },
  ...(input.tableBilling?.mode === 'provisioned' ? [provisionedFloor(input.tableBilling.capacities, prices)] : []),
];

const provisionedFloor = (capacities: Extract<TableBilling, { mode: 'provisioned' }>['capacities'], prices: Prices) => {
  const reads = sumOf(capacities, (c) => c.read.min);
  const writes = sumOf(capacities, (c) => c.write.min);
  return {
    item: `DynamoDB: auto-scaling floor of ${reads} read + ${writes} write units (${capacities.map((c) => c.resource).join(', ')}), paid when idle`,
    dollars: (reads * prices.dynamodb.provisionedReadCapacityUnitHour + writes * prices.dynamodb.provisionedWriteCapacityUnitHour) * HOURS_PER_MONTH,
  };
};
