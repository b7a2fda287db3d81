import type { Assumptions } from './assumptions.ts';
import type { Lever } from './levers.ts';
import type { Measurement } from './measure.ts';
import type { Breakdown } from './model.ts';
import type { Prices } from './prices.ts';
import type { ProfileContext, UsageProfile } from './profile.ts';
import { platformEventsLogged } from './platform-logs.ts';
import type { FunctionFacts, TableBilling, TemplateFacts } from './template-facts.ts';

// The printed report. The last line is exactly `total: $X.XX per million comments`.

const money = (n: number) => `$${n.toFixed(2)}`;
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const padLeft = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

export interface ReportInput {
  facts: TemplateFacts;
  measurement: Measurement;
  profile: UsageProfile;
  context: ProfileContext;
  assumptions: Assumptions;
  prices: Prices;
  breakdown: Breakdown;
  levers: Lever[];
  /** Total with every product-neutral lever applied, and the per-request floor. */
  allLevers: number;
  floor: number;
  goalPerMillion: number;
  fixedMonthly: Array<{ item: string; dollars: number }>;
}

const logging = (f: FunctionFacts) =>
  `${f.logFormat} logs${f.logFormat === 'JSON' ? `, system level ${f.systemLogLevel ?? 'INFO'}` : ''}${platformEventsLogged(f) ? '' : ' (no START/END/REPORT)'}`;

/** Each value once, `/`-separated: one number when the table and its indexes agree. */
const distinct = (values: Array<number | string>) => [...new Set(values)].join('/');

const billing = (b: TableBilling) => {
  if (b.mode === 'on-demand') return 'on-demand capacity (pay per request)';
  const reads = b.capacities.map((c) => c.read);
  const writes = b.capacities.map((c) => c.write);
  const range = (units: typeof reads) => `${distinct(units.map((u) => u.min))}-${distinct(units.map((u) => u.max))}`;
  const targets = distinct([...reads, ...writes].map((u) => `${Math.round(u.targetUtilisation * 100)}%`));
  return `provisioned capacity, auto scaling at ${targets} target utilisation (read ${range(reads)}, write ${range(writes)} units on each of ${b.capacities.map((c) => c.resource).join(', ')})`;
};

export const renderReport = (r: ReportInput): string[] => {
  const { facts, measurement, context, assumptions, breakdown } = r;
  const ms = (name: string) => {
    const i = measurement.timing.invocations[name];
    return i?.count ? (i.totalMs / i.count).toFixed(1) : '-';
  };
  const out: string[] = [];
  out.push(`Sieve cost per million comments (${r.prices.region}, list prices from bench/prices.json, storage excluded)`);
  out.push('');
  out.push(`Template (${facts.stackName}): ${facts.route} -> ${facts.authorizer.name} (cache TTL ${facts.authorizer.resultTtlSeconds} s) -> ${facts.submit.name} -> SQS -> ${facts.worker.name} (batch size ${facts.worker.batchSize}, window ${facts.worker.batchingWindowSeconds} s)`);
  for (const f of [facts.authorizer, facts.submit, facts.worker]) {
    out.push(`  ${pad(f.name, 18)} ${f.memoryMb} MB ${f.architecture}${f.tracing ? ', active tracing' : ''}, ${logging(f)}`);
  }
  out.push(`  table: ${billing(facts.tableBilling)}; indexes ${facts.table.indexes.map((i) => `${i.name} (${i.projection})`).join(', ')}`);
  out.push('');
  const { timing, metered } = measurement;
  out.push(`Measured on the local runtime (node ${process.version}): ${timing.comments} comments timed + ${metered.comments} metered, mix ${Object.entries(context.decisions).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  out.push(`  mean handler time: ${facts.authorizer.name} ${ms(facts.authorizer.name)} ms, ${facts.submit.name} ${ms(facts.submit.name)} ms, ${facts.worker.name} ${ms(facts.worker.name)} ms per invocation; local worker batches held ${context.localBatchSize.toFixed(2)} comments`);
  out.push('  Local durations stand in for Lambda billed durations (mean + 0.5 ms for the rounding up to 1 ms); cold starts are excluded.');
  out.push('  The timing run delays each DynamoDB and SQS call by the round trip assumed below, which loopback to the emulators lacks.');
  out.push('  DynamoDB units are computed per call from the items read and written (metered run); SQS requests are derived from worker invocations.');
  out.push('');
  out.push('Assumptions:');
  out.push(`  authorizer cache: ${assumptions.siteCommentsPerMinute} comments/min per site and a ${facts.authorizer.resultTtlSeconds} s TTL -> ${(context.authorizerMissRate * 100).toFixed(0)}% of requests run the authorizer`);
  out.push(`  X-Ray default sampling (${assumptions.xrayReservoirPerSecond}/s + ${assumptions.xrayFixedRate * 100}%) at ${assumptions.fleetCommentsPerSecond} comments/s over all sites (${((assumptions.fleetCommentsPerSecond * 86400 * 30) / 1e6).toFixed(0)} M a month)`);
  out.push(`  logs: compact JSON at INFO as in Lambda, ${assumptions.logEventOverheadBytes} bytes counted per log event`);
  out.push(`  each call a function makes waits ${assumptions.dynamoRoundTripMs} ms for DynamoDB and ${assumptions.sqsRoundTripMs} ms for SQS (added in the timing run; billed as Lambda duration)`);
  if (facts.tableBilling.mode === 'provisioned') {
    out.push('  DynamoDB provisioned: units priced as if auto scaling held them at its target; it lags a rise by minutes (throttled requests are retried, not priced), and idle units below the floor are a fixed monthly cost');
  }
  out.push('');
  const width = Math.max(...breakdown.lines.map((l) => l.component.length)) + 2;
  out.push(`${pad('component', width)}${padLeft('$ / million', 12)}  usage per comment`);
  for (const line of breakdown.lines) out.push(`${pad(line.component, width)}${padLeft(money(line.perMillion), 12)}  ${line.usage}`);
  out.push('');
  out.push('DynamoDB by operation (per comment):');
  for (const d of r.profile.dynamodb) {
    const units = d.readUnitsPerComment ? `${d.readUnitsPerComment.toFixed(3)} RRU` : `${(d.tableWriteUnitsPerComment + d.indexWriteUnitsPerComment).toFixed(3)} WRU (index ${d.indexWriteUnitsPerComment.toFixed(3)})`;
    out.push(`  ${pad(`${d.operation} ${d.kind}`, 22)} ${d.itemsPerComment.toFixed(3)} items, ${units}`);
  }
  out.push('');
  out.push('Fixed monthly costs (not per comment, not in the total):');
  for (const f of r.fixedMonthly) out.push(`  ${pad(f.item, 60)} ${money(f.dollars)} / month`);
  out.push('');
  out.push(`Levers (saving per million comments, largest first; the three biggest marked *):`);
  r.levers.forEach((l, i) => out.push(`  ${i < 3 ? '*' : ' '} ${padLeft(money(l.savingPerMillion), 6)}  ${l.name}: ${l.tradeOff}`));
  out.push(`  All but the memory and author-item levers together: ${money(r.allLevers)} per million. Per-request charges alone (API Gateway, SQS at full batches, Lambda requests): ${money(r.floor)}.`);
  out.push('');
  const met = breakdown.totalPerMillion <= r.goalPerMillion;
  out.push(`goal: at most ${money(r.goalPerMillion)} per million comments: ${met ? 'met' : `NOT met (${money(breakdown.totalPerMillion - r.goalPerMillion)} over)`}`);
  out.push(`total: ${money(breakdown.totalPerMillion)} per million comments`);
  return out;
};
