import { authorizerMissRate, xraySampledShare, type Assumptions } from './assumptions.ts';
import type { CapturedLine } from './log-capture.ts';
import type { Measurement } from './measure.ts';
import { accessLogEventBytes, lambdaPlatformEvents, platformEventsLogged } from './platform-logs.ts';
import type { FunctionFacts, TableBilling, TemplateFacts } from './template-facts.ts';

// Turns what the local run measured, what the template says and the stated assumptions
// into usage per comment: the one input of the cost model (model.ts).

export interface LambdaUsage {
  name: string;
  memoryMb: number;
  architecture: 'arm64' | 'x86_64';
  invocationsPerComment: number;
  /** Mean billed duration: the local mean plus 0.5 ms, the expected rounding up to the next 1 ms. */
  billedMsPerInvocation: number;
  traced: boolean;
}

export interface DynamoUsage {
  operation: string;
  kind: string;
  itemsPerComment: number;
  readUnitsPerComment: number;
  tableWriteUnitsPerComment: number;
  indexWriteUnitsPerComment: number;
  /** The same writes' index units with KEYS_ONLY projections (the projection lever). */
  keysOnlyIndexWriteUnitsPerComment: number;
}

export interface LogUsage {
  /** What the handlers print, EMF metric lines apart. */
  handlerBytes: number;
  handlerEvents: number;
  emfBytes: number;
  emfEvents: number;
  /** Lambda's START/END/REPORT. */
  platformBytes: number;
  platformEvents: number;
  accessBytes: number;
  accessEvents: number;
  overheadBytesPerEvent: number;
}

/** How DynamoDB charges for the units: per request, or provisioned units that auto scaling keeps this busy (0-1). */
export type DynamoBilling = { mode: 'on-demand' } | { mode: 'provisioned'; readUtilisation: number; writeUtilisation: number };

export interface UsageProfile {
  apiRequestsPerComment: number;
  lambda: LambdaUsage[];
  sqsRequestsPerComment: { send: number; receive: number; delete: number };
  dynamodb: DynamoUsage[];
  dynamodbBilling: DynamoBilling;
  /** Per comment. */
  logs: LogUsage;
  xray: { tracedInvocationsPerComment: number; sampledShare: number };
}

export interface ProfileContext {
  authorizerMissRate: number;
  /** Comments per worker invocation in the local run. */
  localBatchSize: number;
  /** Distinct EMF metric series seen (each a custom metric billed monthly). */
  emfSeries: number;
  decisions: Record<string, number>;
}

const isEmf = (line: CapturedLine) => line.text.startsWith('{"_aws"');

/** Distinct metric name + dimension value combinations in EMF lines. */
export const emfSeries = (lines: CapturedLine[]): Set<string> => {
  const series = new Set<string>();
  for (const line of lines.filter(isEmf)) {
    const doc = JSON.parse(line.text);
    for (const directive of doc._aws.CloudWatchMetrics ?? []) {
      for (const metric of directive.Metrics ?? []) {
        for (const dims of directive.Dimensions ?? [[]]) {
          series.add(`${directive.Namespace}/${metric.Name}/${(dims as string[]).map((d) => `${d}=${doc[d]}`).join(',')}`);
        }
      }
    }
  }
  return series;
};

/**
 * Bytes of a captured line as Lambda would log it: the local runtime names functions
 * `sieve-local-<name>`, AWS `<stack>-<LogicalId>-<12 chars>`; the logger writes the name
 * twice (function_name and function_arn).
 */
export const bytesAsInLambda = (line: CapturedLine, deployedNameLength: (localName: string) => number | undefined): number => {
  const local = /"function_name":"([^"]+)"/.exec(line.text)?.[1];
  const deployed = local ? deployedNameLength(local) : undefined;
  return deployed === undefined ? line.bytes : line.bytes + 2 * (deployed - local!.length);
};

/**
 * The template's billing as the model prices it. Each table and index has its own units, all
 * at the same target in Sieve's stack; were they to differ, the lowest target (the dearest
 * unit) is taken, so the estimate errs high.
 */
export const dynamoBillingOf = (billing: TableBilling): DynamoBilling =>
  billing.mode === 'on-demand'
    ? billing
    : {
        mode: 'provisioned',
        readUtilisation: Math.min(...billing.capacities.map((c) => c.read.targetUtilisation)),
        writeUtilisation: Math.min(...billing.capacities.map((c) => c.write.targetUtilisation)),
      };

export const buildProfile = (measurement: Measurement, facts: TemplateFacts, assumptions: Assumptions): { profile: UsageProfile; context: ProfileContext } => {
  const { timing, metered } = measurement;
  const missRate = authorizerMissRate(facts.authorizer.resultTtlSeconds, assumptions.siteCommentsPerMinute / 60);
  const perComment = (name: string) => (timing.invocations[name]?.count ?? 0) / timing.comments;
  const meanMs = (name: string) => {
    const { count = 0, totalMs = 0 } = timing.invocations[name] ?? {};
    if (!count) throw new Error(`the local run never invoked ${name}`);
    return totalMs / count;
  };
  const usage = (fn: FunctionFacts, invocationsPerComment: number): LambdaUsage => ({
    name: fn.name,
    memoryMb: fn.memoryMb,
    architecture: fn.architecture,
    invocationsPerComment,
    billedMsPerInvocation: meanMs(fn.name) + 0.5,
    traced: fn.tracing,
  });
  // The local gateway has no authorizer cache: it ran the authorizer for every request.
  const functions = [
    { fn: facts.authorizer, usage: usage(facts.authorizer, perComment(facts.authorizer.name) * missRate) },
    { fn: facts.submit, usage: usage(facts.submit, perComment(facts.submit.name)) },
    { fn: facts.worker, usage: usage(facts.worker, perComment(facts.worker.name)) },
  ];
  // With webhooks on: the delivery function, per comment as often as it ran locally.
  const delivery = facts.webhookDelivery;
  const deliveryInvocations = delivery ? perComment(delivery.name) : 0;
  if (delivery && deliveryInvocations > 0) functions.push({ fn: delivery, usage: usage(delivery, deliveryInvocations) });
  const lambda = functions.map((f) => f.usage);
  const workerInvocations = perComment(facts.worker.name);

  const dynamodb = metered.dynamo.map((t): DynamoUsage => {
    // Site-key lookups come from the authorizer, which runs on cache misses only.
    const share = t.kind === 'KEY' && t.operation === 'GetItem' ? missRate : 1;
    const per = (n: number) => (n * share) / metered.comments;
    return {
      operation: t.operation,
      kind: t.kind,
      itemsPerComment: per(t.count),
      readUnitsPerComment: per(t.readUnits),
      tableWriteUnitsPerComment: per(t.tableWriteUnits),
      indexWriteUnitsPerComment: per(Object.values(t.indexWriteUnits).reduce((a, b) => a + b, 0)),
      keysOnlyIndexWriteUnitsPerComment: per(t.alternativeIndexWriteUnits.keysOnly ?? 0),
    };
  });

  const deployedNames = new Map(lambda.map((l) => [`sieve-local-${l.name}`, facts.deployedNameLength[l.name]]));
  const lines = timing.logLines;
  const sum = (ls: CapturedLine[]) => ls.reduce((total, l) => total + bytesAsInLambda(l, (n) => deployedNames.get(n)), 0);
  // Lambda's own START/END/REPORT, for the functions whose logging config lets them through.
  const platform = functions.filter(({ fn }) => platformEventsLogged(fn)).map((f) => f.usage).reduce(
    (acc, l) => {
      const events = lambdaPlatformEvents(l.memoryMb, l.traced);
      return { bytes: acc.bytes + l.invocationsPerComment * events.reduce((a, b) => a + b, 0), events: acc.events + l.invocationsPerComment * events.length };
    },
    { bytes: 0, events: 0 },
  );
  const logs: LogUsage = {
    handlerBytes: sum(lines.filter((l) => !isEmf(l))) / timing.comments,
    handlerEvents: lines.filter((l) => !isEmf(l)).length / timing.comments,
    emfBytes: sum(lines.filter(isEmf)) / timing.comments,
    emfEvents: lines.filter(isEmf).length / timing.comments,
    platformBytes: platform.bytes,
    platformEvents: platform.events,
    accessBytes: accessLogEventBytes(facts.accessLogFormat),
    accessEvents: facts.accessLogFormat ? 1 : 0,
    overheadBytesPerEvent: assumptions.logEventOverheadBytes,
  };

  const traced = lambda.filter((l) => l.traced).reduce((total, l) => total + l.invocationsPerComment, 0);
  return {
    profile: {
      apiRequestsPerComment: 1,
      lambda,
      // One SendMessage per accepted comment; per worker invocation one ReceiveMessage that
      // returned its batch and one DeleteMessageBatch. With webhooks on, one more send per event
      // (one endpoint: one message, in one SendMessageBatch), and a receive and a delete per
      // delivery invocation.
      sqsRequestsPerComment: {
        send: (timing.received + (timing.webhookDeliveries ?? 0)) / timing.comments,
        receive: workerInvocations + deliveryInvocations,
        delete: workerInvocations + deliveryInvocations,
      },
      dynamodb,
      dynamodbBilling: dynamoBillingOf(facts.tableBilling),
      logs,
      xray: {
        tracedInvocationsPerComment: traced,
        sampledShare: xraySampledShare(assumptions.fleetCommentsPerSecond * traced, assumptions.xrayReservoirPerSecond, assumptions.xrayFixedRate),
      },
    },
    context: {
      authorizerMissRate: missRate,
      localBatchSize: workerInvocations ? 1 / workerInvocations : 0,
      emfSeries: emfSeries(lines).size,
      decisions: timing.decisions,
    },
  };
};
