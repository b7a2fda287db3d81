import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createSite } from '../../shared/sites/create-site.ts';
import { SiteStore } from '../../shared/store/sites.ts';
import { WebhookStore } from '../../shared/store/webhooks.ts';
import { WEBHOOK_EVENT_TYPES } from '../../shared/webhooks/events.ts';
import { addEndpoint } from '../../shared/webhooks/webhook-admin.ts';
import type { TableShape } from './capacity.ts';
import { startDelayProxy } from './delay-proxy.ts';
import { startDynamoMeter, type OperationTally } from './dynamo-meter.ts';
import type { CapturedLine, LogCapture } from './log-capture.ts';
import { parsePrometheus, total, type Sample } from './prometheus.ts';
import { generateWorkload, type WorkloadComment } from './workload.ts';

// Runs the real local pipeline (embedded DynamoDB and SQS, local gateway, poller, the
// deployed handler modules) twice over the same kind of traffic, each time on a fresh site:
// - timing: the DynamoDB proxy only forwards; handler durations, worker batches and log
//   output are read here;
// - metered: the proxy prices every DynamoDB call (its extra reads would inflate durations).

export interface PhaseCounts {
  comments: number;
  /** Webhook deliveries the receiver answered (webhooks on: one endpoint per site, every event). */
  webhookDeliveries: number;
  /** Comments the submit handler accepted (sieve_comments_received_total). */
  received: number;
  decisions: Record<string, number>;
  recordFailures: number;
  /** Per manifest function: invocations and summed duration in the local runtime. */
  invocations: Record<string, { count: number; totalMs: number }>;
  seconds: number;
}

export interface Measurement {
  timing: PhaseCounts & { logLines: CapturedLine[] };
  metered: PhaseCounts & { dynamo: OperationTally[]; unpriced: string[] };
}

export interface MeasureOptions {
  comments: number;
  ratePerSecond: number;
  table: TableShape;
  /** Index layouts to price the same writes under, for the levers (e.g. KEYS_ONLY). */
  alternatives: Record<string, TableShape>;
  capture: LogCapture;
  progress: (line: string) => void;
  /** Whether the template being priced traces its functions with X-Ray. */
  traced: boolean;
  /** The worker's batching window in the template being priced. */
  batchingWindowSeconds: number;
  /** Added to every DynamoDB and SQS call of the handlers in the timing run (see Assumptions). */
  roundTripMs: { dynamo: number; sqs: number };
  /**
   * Also measure a second pair of runs on sites with one webhook endpoint each, for every event
   * (a local receiver answering 204 at once), in the same runtime (handlers keep their clients).
   */
  withWebhooks?: boolean;
}

/** A receiver that answers every delivery at once and counts them. */
const startCountingReceiver = async () => {
  let count = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      count++;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    count: () => count,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

// Lambda's view of the environment where it matters for what gets logged: Powertools reads
// POWERTOOLS_DEV when the logger and metrics are constructed (compact JSON, EMF on), and
// the log lines carry the X-Ray trace id when the trace header Lambda sets says Sampled=1
// (a traced stage; the header is there, unsampled, otherwise).
const lambdaLikeEnv = (traced: boolean) => ({
  POWERTOOLS_SERVICE_NAME: 'sieve',
  POWERTOOLS_METRICS_NAMESPACE: 'Sieve/local',
  POWERTOOLS_LOG_LEVEL: 'INFO',
  _X_AMZN_TRACE_ID: `Root=1-6650f1a2-3b9c4d5e6f708192a3b4c5d6;Parent=4f2e8a1c9b3d7e60;Sampled=${traced ? 1 : 0}`,
});

const DECISION_TIMEOUT_MS = 120_000;

const countsFrom = (before: Sample[], after: Sample[], functions: string[]) => {
  const delta = (name: string, labels: Record<string, string> = {}) => total(after, name, labels) - total(before, name, labels);
  return {
    received: delta('sieve_comments_received_total'),
    decisions: Object.fromEntries(['approve', 'flag', 'reject'].map((outcome) => [outcome, delta('sieve_decisions_total', { outcome })])),
    recordFailures: delta('sieve_worker_record_failures_total'),
    invocations: Object.fromEntries(
      functions.map((name) => [
        name,
        { count: delta('sieve_local_invocation_milliseconds_count', { function: name }), totalMs: delta('sieve_local_invocation_milliseconds_sum', { function: name }) },
      ]),
    ),
  };
};

export const measure = async (options: MeasureOptions): Promise<Measurement & { withWebhooks?: Measurement }> => {
  delete process.env.POWERTOOLS_DEV;
  Object.assign(process.env, lambdaLikeEnv(options.traced));
  // Constructed now, before startLocalStack sets POWERTOOLS_DEV for the handlers it loads;
  // the handlers import these same module instances.
  await import('../../shared/observability/logger.ts');
  await import('../../shared/observability/metrics.ts');
  const { startLocalStack } = await import('../../local/stack.ts');
  const { FUNCTIONS } = await import('../../functions/manifest.ts');

  // The run posts faster than one site may in production (SIEVE_SITE_INTAKE_PER_MINUTE): the
  // limit's counter write is still made and priced, it just never refuses here.
  const stack = await startLocalStack({ port: 0, logLevel: 'INFO', visibilityTimeoutSeconds: 10, siteIntakePerMinute: 1_000_000, queueBatchingWindowSeconds: options.batchingWindowSeconds, onError: (e) => options.progress(`  local runtime error: ${String(e)}`) });
  // Powertools also builds a Metrics instance per singleMetric() call (the decision counts);
  // with POWERTOOLS_DEV set those would be disabled and their EMF lines missing.
  delete process.env.POWERTOOLS_DEV;
  const upstream = process.env.AWS_ENDPOINT_URL_DYNAMODB!;
  const meter = await startDynamoMeter({ upstream, table: options.table, alternatives: options.alternatives });
  // The poller (Lambda's event source mapping, not billed) already holds its SQS endpoint;
  // the handlers' clients resolve theirs on first use, so only they go through the delay.
  const sqsDelay = await startDelayProxy({ upstream: process.env.AWS_ENDPOINT_URL_SQS!, delayMs: options.roundTripMs.sqs });
  process.env.AWS_ENDPOINT_URL_SQS = sqsDelay.url;
  const receiver = options.withWebhooks ? await startCountingReceiver() : undefined;
  try {
    // Sites are created straight against the emulator, before the handlers' clients (which
    // resolve their endpoint on first use) are pointed at the proxy.
    const admin = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: upstream }));
    const sites = new SiteStore(admin, stack.tableName);
    const hooks = new WebhookStore(admin, stack.tableName);
    const newSite = async (siteId: string, hooked = false) => {
      const { apiKey } = await createSite({ siteId, name: siteId, now: new Date(), keyBytes: randomBytes(32) }, sites);
      if (receiver && hooked) {
        await addEndpoint(
          { siteId, url: receiver.url, events: [...WEBHOOK_EVENT_TYPES], now: new Date(), idBytes: randomBytes(6), secretBytes: randomBytes(32), allowLocalHttp: true },
          { getSite: (id) => sites.getSite(id), endpoints: (id) => hooks.endpoints(id), saveEndpoints: (id, e, v) => hooks.saveEndpoints(id, e, v) },
        );
      }
      return apiKey;
    };
    const timingKey = await newSite('cost-timing');
    const meteredKey = await newSite('cost-metered');
    const hookedKeys = receiver ? { timing: await newSite('cost-timing-hooks', true), metered: await newSite('cost-metered-hooks', true) } : undefined;
    process.env.AWS_ENDPOINT_URL_DYNAMODB = meter.url;

    const metrics = async () => parsePrometheus(await (await fetch(`${stack.url}/metrics`)).text());
    const names = FUNCTIONS.map((f) => f.name);

    const runPhase = async (label: string, apiKey: string, comments: WorkloadComment[], hooked: boolean): Promise<PhaseCounts> => {
      const before = await metrics();
      const deliveredBefore = receiver?.count() ?? 0;
      const started = Date.now();
      const posts: Promise<string>[] = [];
      for (const [i, { replyTo, ...comment }] of comments.entries()) {
        const due = started + (i * 1000) / options.ratePerSecond;
        await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
        const parent = replyTo === undefined ? undefined : posts[replyTo];
        posts.push(
          (async () => {
            const body = parent ? { ...comment, parentId: await parent } : comment;
            const res = await fetch(`${stack.url}/v1/comments`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
              body: JSON.stringify(body),
            });
            if (res.status !== 202) throw new Error(`POST answered ${res.status}: ${await res.text()}`);
            return ((await res.json()) as { id: string }).id;
          })(),
        );
      }
      await Promise.all(posts);
      options.progress(`  ${label}: ${comments.length} comments posted at ${options.ratePerSecond}/s; waiting for decisions`);
      const deadline = Date.now() + DECISION_TIMEOUT_MS;
      for (;;) {
        const counts = countsFrom(before, await metrics(), names);
        const decided = Object.values(counts.decisions).reduce((a, b) => a + b, 0);
        // With webhooks on, the phase ends once every decision's event has been delivered too.
        const webhookDeliveries = (receiver?.count() ?? 0) - deliveredBefore;
        if (decided >= comments.length && (!hooked || webhookDeliveries >= decided)) {
          return { comments: comments.length, ...countsFrom(before, await metrics(), names), webhookDeliveries, seconds: (Date.now() - started) / 1000 };
        }
        if (Date.now() > deadline) throw new Error(`${label}: ${decided} of ${comments.length} comments decided after ${DECISION_TIMEOUT_MS / 1000} s`);
        await new Promise((r) => setTimeout(r, 200));
      }
    };

    const pair = async (keys: { timing: string; metered: string }, label: string, hooked: boolean): Promise<Measurement> => {
      options.capture.take();
      meter.roundTripMs = options.roundTripMs.dynamo;
      const timing = await runPhase(`timing run${label}`, keys.timing, generateWorkload({ count: options.comments, seed: 1 }), hooked);
      meter.roundTripMs = 0;
      const logLines = options.capture.take();
      if (!meter.forwarded) throw new Error('the handlers did not call DynamoDB through the proxy; the measurement would be empty');

      meter.reset();
      meter.metering = true;
      const metered = await runPhase(`metered run${label}`, keys.metered, generateWorkload({ count: options.comments, seed: 2 }), hooked);
      meter.metering = false;
      options.capture.take();
      const dynamo = meter.tallies();
      const commentPuts = dynamo.find((t) => t.operation === 'PutItem' && t.kind === 'COMMENT')?.count ?? 0;
      if (commentPuts !== metered.received) throw new Error(`the meter saw ${commentPuts} comment writes for ${metered.received} accepted comments`);
      return { timing: { ...timing, logLines }, metered: { ...metered, dynamo, unpriced: meter.unpriced() } };
    };

    const plain = await pair({ timing: timingKey, metered: meteredKey }, '', false);
    return hookedKeys ? { ...plain, withWebhooks: await pair(hookedKeys, ' with webhooks', true) } : plain;
  } finally {
    await receiver?.stop();
    await sqsDelay.stop();
    await meter.stop();
    await stack.stop();
  }
};
