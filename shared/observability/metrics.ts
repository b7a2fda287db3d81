import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Category, Outcome } from '../engine/types.ts';
import { localCounters } from './counters.ts';

// Every metric Sieve emits, in one place: CloudWatch EMF through Powertools (namespace
// `Sieve`, which the dashboard and alarms read) and the same numbers in an in-process
// registry the local runtime serves at GET /metrics.

export const METRICS_NAMESPACE = 'Sieve';

export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: 'sieve' });

export const recordCommentReceived = (replayed: boolean): void => {
  if (replayed) return;
  metrics.addMetric('CommentsReceived', MetricUnit.Count, 1);
  localCounters.inc('sieve_comments_received_total', 'Comments accepted for moderation');
};

export const recordDecision = (d: { outcome: Outcome; categories: Category[]; rules: string[]; latencyMs: number }): void => {
  const byOutcome = metrics.singleMetric();
  byOutcome.addDimension('outcome', d.outcome);
  byOutcome.addMetric('Decisions', MetricUnit.Count, 1);
  for (const category of new Set(d.categories)) {
    const byCategory = metrics.singleMetric();
    byCategory.addDimension('category', category);
    byCategory.addMetric('DecisionsByCategory', MetricUnit.Count, 1);
    localCounters.inc('sieve_decisions_by_category_total', 'Decisions with a reason of this category', { category });
  }
  for (const rule of new Set(d.rules)) {
    const byRule = metrics.singleMetric();
    byRule.addDimension('rule', rule);
    byRule.addMetric('RuleHits', MetricUnit.Count, 1);
    localCounters.inc('sieve_rule_hits_total', 'Decisions in which this rule fired', { rule });
  }
  metrics.addMetric('TimeToDecision', MetricUnit.Milliseconds, d.latencyMs);
  localCounters.inc('sieve_decisions_total', 'Engine decisions by outcome', { outcome: d.outcome });
  localCounters.observe('sieve_time_to_decision_milliseconds', 'Time from submission to stored decision', d.latencyMs);
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
