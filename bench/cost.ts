// The AWS cost per million comments (`npm run bench:cost`, not part of `npm test`): the
// synthesized template says what runs (memory, architecture, batch size, authorizer cache,
// indexes), a run of the local pipeline says how long and how much (handler durations,
// worker batches, DynamoDB request units, log bytes), bench/prices.json says what each unit
// costs. Prints the breakdown, the assumptions, the levers, `total: $X.XX per million comments`,
// and then the Perspective analyze route's cost per million calls (bench/perspective.ts).
//
// The pipeline runs twice: as the default site (no webhooks), and with one webhook endpoint per
// site receiving every event, so the report gives both totals.
//
// BENCH_COMMENTS (default 500) comments per run, BENCH_RATE (default 15) per second;
// BENCH_SITE_PER_MINUTE and BENCH_FLEET_PER_SECOND override the traffic assumptions. The
// stage's deploy settings come from the environment as for `cdk deploy`
// (`SIEVE_CAPACITY=provisioned npm run bench:cost` prices a provisioned table).

import { DEFAULT_ASSUMPTIONS, type Assumptions } from './cost/assumptions.ts';
import { allLeversTotal, levers, perRequestFloor } from './cost/levers.ts';
import { captureProcessOutput } from './cost/log-capture.ts';
import { costBreakdown, fixedMonthlyCosts } from './cost/model.ts';
import { loadPrices } from './cost/prices.ts';
import { buildProfile } from './cost/profile.ts';
import { renderReport } from './cost/report.ts';
import { readTemplateFacts } from './cost/template-facts.ts';
import { webhookLines } from './cost/webhooks.ts';
import type { Measurement } from './cost/measure.ts';

const GOAL_PER_MILLION = 2.5;
const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 500);
// The local runtime runs one invocation at a time; with AWS's round trips added, 15/s keeps it
// below saturation while batches still fill within the worker's batching window.
const RATE_PER_SECOND = Number(process.env.BENCH_RATE ?? 15);
const assumptions: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  ...(process.env.BENCH_SITE_PER_MINUTE ? { siteCommentsPerMinute: Number(process.env.BENCH_SITE_PER_MINUTE) } : {}),
  ...(process.env.BENCH_FLEET_PER_SECOND ? { fleetCommentsPerSecond: Number(process.env.BENCH_FLEET_PER_SECOND) } : {}),
};

const prices = loadPrices();
// Everything the handlers (and CDK synthesis) print is captured from here on: it is what
// the logs cost is measured from, and it would drown the report.
const capture = captureProcessOutput();
try {
  capture.printError('synthesizing the stack ...');
  const facts = readTemplateFacts();
  capture.take();
  capture.printError(`running the local pipeline (${COMMENTS} comments four times, ${RATE_PER_SECOND}/s: twice without webhooks, twice with) ...`);
  // Imported only now: it sets the Lambda-like logging environment before any handler module loads.
  const { measure } = await import('./cost/measure.ts');
  const keysOnly = { ...facts.table, indexes: facts.table.indexes.map((i) => ({ ...i, projection: 'KEYS_ONLY' as const })) };
  const measured = await measure({
    comments: COMMENTS,
    ratePerSecond: RATE_PER_SECOND,
    table: facts.table,
    alternatives: { keysOnly },
    capture,
    progress: (line) => capture.printError(line),
    roundTripMs: { dynamo: assumptions.dynamoRoundTripMs, sqs: assumptions.sqsRoundTripMs },
    batchingWindowSeconds: facts.worker.batchingWindowSeconds,
    traced: facts.worker.tracing,
    withWebhooks: true,
  });
  const priced = (measurement: Measurement) => {
    if (measurement.metered.unpriced.length) capture.printError(`warning: DynamoDB actions not priced: ${measurement.metered.unpriced.join(', ')}`);
    const { profile, context } = buildProfile(measurement, facts, assumptions);
    return { measurement, profile, context, breakdown: costBreakdown(profile, prices) };
  };
  const off = priced(measured);
  const on = priced(measured.withWebhooks!);

  const { measurement, profile, context, breakdown } = off;
  const lines = renderReport({
    facts,
    measurement,
    profile,
    context,
    assumptions,
    prices,
    breakdown,
    levers: levers(profile, prices, assumptions, facts.worker.batchSize),
    allLevers: allLeversTotal(profile, prices, assumptions, facts.worker.batchSize),
    floor: perRequestFloor(profile, prices, facts.worker.batchSize),
    goalPerMillion: GOAL_PER_MILLION,
    fixedMonthly: fixedMonthlyCosts({ idlePollers: assumptions.idlePollers, emfSeries: context.emfSeries, tableBilling: facts.tableBilling }, prices),
  });
  // The report ends with the total (webhooks off); the webhook figures go just before it.
  const total = lines.pop()!;
  for (const line of [...lines, ...webhookLines(off.breakdown, on.breakdown, on.measurement.timing), total]) capture.print(line);
  capture.printError('measuring the Perspective analyze route ...');
  // Its own fresh process (bench/perspective.ts --cost-once): a synchronous route, priced per call, not per comment.
  const { costReport } = await import('./perspective.ts');
  capture.print('');
  for (const line of costReport(facts.worker.tracing)) capture.print(line);
} finally {
  capture.restore();
}
