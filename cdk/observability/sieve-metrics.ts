// The worker's own CloudWatch metrics (EMF, via Powertools), as the dashboard reads them. A
// metric is identified by its full dimension set, so the `service` dimension Powertools adds
// to everything it emits is part of each one here.
import { Duration } from 'aws-cdk-lib';
import { Metric } from 'aws-cdk-lib/aws-cloudwatch';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { TABLE_DEFINITION } from '../../shared/store/table.ts';
import type { Outcome } from '../../shared/engine/types.ts';
import { STATUS_OF_OUTCOME } from '../../shared/comments/comment.ts';
import { POWERTOOLS_SERVICE_NAME } from '../constructs/sieve-function.ts';

export const DECISIONS_METRIC = 'Decisions';
export const TIME_TO_DECISION_METRIC = 'TimeToDecision';
export const OUTCOME_DIMENSION = 'outcome';

export const OUTCOMES = Object.keys(STATUS_OF_OUTCOME) as Outcome[];

const PERIOD = Duration.minutes(5);

/** Comments the engine decided with this outcome (count). */
export const decisionsMetric = (namespace: string, outcome: Outcome): Metric =>
  new Metric({
    namespace,
    metricName: DECISIONS_METRIC,
    dimensionsMap: { service: POWERTOOLS_SERVICE_NAME, [OUTCOME_DIMENSION]: outcome },
    statistic: 'Sum',
    period: PERIOD,
    label: outcome,
  });

/** Milliseconds from a comment's acceptance to its stored decision, at a percentile such as `p90`. */
export const timeToDecisionMetric = (namespace: string, statistic: string): Metric =>
  new Metric({
    namespace,
    metricName: TIME_TO_DECISION_METRIC,
    dimensionsMap: { service: POWERTOOLS_SERVICE_NAME },
    statistic,
    period: PERIOD,
    label: `${statistic} (ms)`,
  });

/** Learned models: versions the trainer published, sites whose training failed, models the worker refused (counts). */
export const LEARNING_METRICS = ['ModelsPublished', 'TrainingFailures', 'ModelLoadFailures'] as const;
export type LearningMetric = (typeof LEARNING_METRICS)[number];

/** A count the functions publish under the service dimension, summed per period. */
const serviceCount = (namespace: string, metricName: string): Metric =>
  new Metric({
    namespace,
    metricName,
    dimensionsMap: { service: POWERTOOLS_SERVICE_NAME },
    statistic: 'Sum',
    period: PERIOD,
    label: metricName,
  });

export const learningMetric = (namespace: string, metricName: LearningMetric): Metric => serviceCount(namespace, metricName);

/** The sweeper's counts per run (shared/observability/metrics.ts recordSweep). */
export const SWEEPER_METRICS = ['StuckCommentsFound', 'StuckCommentsRequeued', 'StuckCommentsRetired'] as const;

export const sweeperMetric = (namespace: string, metricName: (typeof SWEEPER_METRICS)[number]): Metric => serviceCount(namespace, metricName);

/**
 * A DynamoDB metric of the table, then of each of its indexes (in TABLE_DEFINITION order):
 * CloudWatch reports an index's units and throttles under its own dimension set, not the
 * table's.
 */
export const tableAndIndexMetrics = (table: TableV2, metricName: string): Metric[] => [
  table.metric(metricName, { period: PERIOD, statistic: 'Sum' }),
  ...TABLE_DEFINITION.indexes.map(
    (index) =>
      new Metric({
        namespace: 'AWS/DynamoDB',
        metricName,
        dimensionsMap: { TableName: table.tableName, GlobalSecondaryIndexName: index.name },
        period: PERIOD,
        statistic: 'Sum',
      }),
  ),
];
