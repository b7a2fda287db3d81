import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Category, Outcome } from '../engine/types.ts';
import { localCounters } from './counters.ts';
import { logger } from './logger.ts';

// Every metric Sieve emits, in one place: CloudWatch EMF through Powertools (in the stage's
// namespace, `Sieve/<stage>`, which the stack passes as POWERTOOLS_METRICS_NAMESPACE and its
// dashboard reads) and the same numbers in an in-process registry the local runtime serves
// at GET /metrics.

/**
 * Powertools' own warnings about metrics, as our log lines, less the one it prints whenever an
 * invocation recorded no metric ("No application metrics to publish"): a read or a replayed
 * submission records none by design, so that line said nothing and repeated endlessly.
 */
const metricsWarnings = {
  debug: () => {},
  info: () => {},
  warn: (message: string, ...rest: unknown[]) => {
    if (!message.startsWith('No application metrics to publish')) logger.warn(message, ...(rest as []));
  },
  error: (message: string) => logger.error(message),
};

export const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'Sieve/local',
  serviceName: 'sieve',
  logger: metricsWarnings,
});

export const recordCommentReceived = (replayed: boolean): void => {
  if (replayed) return;
  metrics.addMetric('CommentsReceived', MetricUnit.Count, 1);
  localCounters.inc('sieve_comments_received_total', 'Comments accepted for moderation');
};

export interface DecisionSample {
  outcome: Outcome;
  categories: Category[];
  rules: string[];
  latencyMs: number;
}

const tally = (keys: string[]) => {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
};

/**
 * A worker batch's decisions as one EMF line per dimension value (not one per comment):
 * CloudWatch sums them the same, and log ingestion is a real part of the cost per comment.
 */
export const recordDecisions = (samples: DecisionSample[]): void => {
  const dimensioned = (metric: string, dimension: string, counts: Map<string, number>) => {
    for (const [value, count] of counts) {
      const single = metrics.singleMetric();
      single.addDimension(dimension, value);
      single.addMetric(metric, MetricUnit.Count, count);
    }
  };
  dimensioned('Decisions', 'outcome', tally(samples.map((d) => d.outcome)));
  dimensioned('DecisionsByCategory', 'category', tally(samples.flatMap((d) => [...new Set(d.categories)])));
  dimensioned('RuleHits', 'rule', tally(samples.flatMap((d) => [...new Set(d.rules)])));
  for (const d of samples) {
    metrics.addMetric('TimeToDecision', MetricUnit.Milliseconds, d.latencyMs);
    localCounters.inc('sieve_decisions_total', 'Engine decisions by outcome', { outcome: d.outcome });
    localCounters.observe('sieve_time_to_decision_milliseconds', 'Time from submission to stored decision', d.latencyMs);
    for (const category of new Set(d.categories)) {
      localCounters.inc('sieve_decisions_by_category_total', 'Decisions with a reason of this category', { category });
    }
    for (const rule of new Set(d.rules)) localCounters.inc('sieve_rule_hits_total', 'Decisions in which this rule fired', { rule });
  }
};

export const recordBatchFailures = (failed: number): void => {
  if (!failed) return;
  metrics.addMetric('WorkerBatchFailures', MetricUnit.Count, failed);
  localCounters.inc('sieve_worker_record_failures_total', 'Queue messages the worker failed (retried, then DLQ)', {}, failed);
};

export const recordModeratorDecision = (action: 'approve' | 'reject'): void => {
  const m = metrics.singleMetric();
  m.addDimension('action', action);
  m.addMetric('ModeratorDecisions', MetricUnit.Count, 1);
  localCounters.inc('sieve_moderator_decisions_total', 'Moderator decisions by action', { action });
};

/** A site's stored model was refused (corrupt, incompatible, parts missing): its comments are decided with the rules alone. */
export const recordModelLoadFailure = (): void => {
  metrics.addMetric('ModelLoadFailures', MetricUnit.Count, 1);
  localCounters.inc('sieve_model_load_failures_total', 'Stored models the worker refused (decided with the rules alone)');
};

/** A model version read and parsed by the worker, and how long that took. */
export const recordModelLoad = (ms: number): void => {
  metrics.addMetric('ModelLoadTime', MetricUnit.Milliseconds, ms);
  localCounters.observe('sieve_model_load_milliseconds', 'Time the worker took to read and parse a model version', ms);
};

/** What a trainer run did: versions published, and sites whose training failed. */
export const recordTraining = (published: number, failed: number): void => {
  metrics.addMetric('ModelsPublished', MetricUnit.Count, published);
  metrics.addMetric('TrainingFailures', MetricUnit.Count, failed);
  if (published) localCounters.inc('sieve_models_published_total', 'Model versions the trainer published', {}, published);
  if (failed) localCounters.inc('sieve_training_failures_total', 'Sites whose training failed in a trainer run', {}, failed);
};

/**
 * One sweeper run: stuck comments found (pending past the threshold; any is an alarm, since a
 * healthy pipeline strands none), re-queued, and given up on after the last re-queue.
 */
export const recordSweep = (found: number, requeued: number, retired: number): void => {
  metrics.addMetric('StuckCommentsFound', MetricUnit.Count, found);
  metrics.addMetric('StuckCommentsRequeued', MetricUnit.Count, requeued);
  metrics.addMetric('StuckCommentsRetired', MetricUnit.Count, retired);
  if (found) localCounters.inc('sieve_stuck_comments_found_total', 'Comments the sweeper found pending past its threshold', {}, found);
  if (requeued) localCounters.inc('sieve_stuck_comments_requeued_total', 'Stuck comments the sweeper sent to the moderation queue again', {}, requeued);
  if (retired) localCounters.inc('sieve_stuck_comments_retired_total', 'Stuck comments the sweeper gave up on (see the dead-letter queue)', {}, retired);
};
