import { Duration } from 'aws-cdk-lib';
import {
  type Alarm,
  AlarmStatusWidget,
  Dashboard,
  GraphWidget,
  type IMetric,
  type IWidget,
  MathExpression,
  Metric,
  PeriodOverride,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import type { SieveFunction } from '../constructs/sieve-function.ts';
import type { WorkQueue } from '../constructs/work-queue.ts';
import { TABLE_DEFINITION } from '../../shared/store/table.ts';
import { api5xxRate, tableThrottles } from './sieve-alarms.ts';
import { LEARNING_METRICS, OUTCOMES, decisionsMetric, learningMetric, tableAndIndexMetrics, timeToDecisionMetric } from './sieve-metrics.ts';

const PERIOD = Duration.minutes(5);
const FULL_WIDTH = 24;
const HALF_WIDTH = 12;

export interface SieveDashboardProps {
  api: HttpApi;
  /** The queue comments wait in for the worker. */
  moderationQueue: WorkQueue;
  functions: ReadonlyMap<string, SieveFunction>;
  alarms: Alarm[];
  oldestMessageAlarmSeconds: number;
  /** Where the functions' EMF metrics land (the stage's namespace). */
  metricsNamespace: string;
  table: TableV2;
}

/** Widget titles, so tests and runbooks can name them. */
export const DASHBOARD_WIDGETS = {
  alarms: 'Alarms',
  intake: 'Intake: API requests and comments received',
  decisions: 'Decisions by outcome',
  queue: 'Moderation queue: depth and age of the oldest message',
  deadLetters: 'Dead-letter queue: messages waiting for replay',
  timeToDecision: 'Latency to decision (ms)',
  errors: 'Errors: API 5xx rate, function errors and throttles',
  table: 'DynamoDB: units consumed per second, and throttles',
  learning: 'Learned models: versions published, training failures, models refused by the worker',
} as const;

/** One page answering "is Sieve healthy, and what is it deciding?" */
export class SieveDashboard extends Construct {
  readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: SieveDashboardProps) {
    super(scope, id);
    const { api, moderationQueue, functions, alarms, oldestMessageAlarmSeconds, metricsNamespace, table } = props;
    const { queue, deadLetterQueue } = moderationQueue;
    const [tableWrites, ...indexWrites] = tableAndIndexMetrics(table, 'ConsumedWriteCapacityUnits');
    const perFunction = (metric: (fn: SieveFunction) => Metric) =>
      [...functions.entries()].map(([name, fn]) => metric(fn).with({ label: name, period: PERIOD, statistic: 'Sum' }));

    const widgets: IWidget[][] = [
      [new AlarmStatusWidget({ title: DASHBOARD_WIDGETS.alarms, alarms, width: FULL_WIDTH })],
      [
        graph(DASHBOARD_WIDGETS.intake, [
          api.metricCount({ period: PERIOD, statistic: 'Sum', label: 'API requests' }),
          // Each accepted comment is one message on the moderation queue.
          queue.metricNumberOfMessagesSent({ period: PERIOD, statistic: 'Sum', label: 'Comments received' }),
        ]),
        graph(DASHBOARD_WIDGETS.decisions, OUTCOMES.map((outcome) => decisionsMetric(metricsNamespace, outcome)), { stacked: true }),
      ],
      [
        new GraphWidget({
          title: DASHBOARD_WIDGETS.queue,
          width: HALF_WIDTH,
          left: [
            queue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum', label: 'Waiting' }),
            queue.metricApproximateNumberOfMessagesNotVisible({ period: PERIOD, statistic: 'Maximum', label: 'In flight' }),
          ],
          right: [queue.metricApproximateAgeOfOldestMessage({ period: PERIOD, statistic: 'Maximum', label: 'Oldest (s)' })],
          rightAnnotations: [{ value: oldestMessageAlarmSeconds, label: 'Alarm threshold (s)' }],
        }),
        graph(DASHBOARD_WIDGETS.deadLetters, [
          deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: 'Maximum', label: 'Dead letters' }),
        ]),
      ],
      [
        graph(DASHBOARD_WIDGETS.timeToDecision, ['p50', 'p90', 'p99'].map((statistic) => timeToDecisionMetric(metricsNamespace, statistic))),
        new GraphWidget({
          title: DASHBOARD_WIDGETS.errors,
          width: HALF_WIDTH,
          left: [...perFunction((fn) => fn.metricErrors()), ...perFunction((fn) => fn.metricThrottles()).map(asThrottles)],
          right: [api5xxRate(api)],
        }),
      ],
      [
        // What the table bills by (on-demand) or must be provisioned for, next to what it refused.
        new GraphWidget({
          title: DASHBOARD_WIDGETS.table,
          width: FULL_WIDTH,
          left: [
            perSecond(tableWrites, 'writeUnits', 'Table write units / s'),
            perSecond(table.metricConsumedReadCapacityUnits({ period: PERIOD, statistic: 'Sum' }), 'readUnits', 'Table read units / s'),
            // Each index has its own write units (and, provisioned, its own capacity).
            ...indexWrites.map((metric, i) => perSecond(metric, `index${i}Writes`, `${TABLE_DEFINITION.indexes[i]!.name} write units / s`)),
          ],
          right: [tableThrottles(table)],
        }),
      ],
      [graph(DASHBOARD_WIDGETS.learning, LEARNING_METRICS.map((name) => learningMetric(metricsNamespace, name)))],
    ];

    this.dashboard = new Dashboard(this, 'Dashboard', {
      widgets,
      defaultInterval: Duration.hours(6),
      periodOverride: PeriodOverride.AUTO,
    });
  }
}

const graph = (title: string, metrics: Array<Metric | MathExpression>, options: { stacked?: boolean } = {}) =>
  new GraphWidget({ title, width: HALF_WIDTH, left: metrics, stacked: options.stacked ?? false });

/** A five-minute sum as a rate per second, the unit provisioned capacity is set in. */
const perSecond = (metric: IMetric, id: string, label: string): MathExpression =>
  new MathExpression({ expression: `${id} / PERIOD(${id})`, usingMetrics: { [id]: metric }, period: PERIOD, label });

const asThrottles = (metric: Metric): Metric => metric.with({ label: `${metric.label} throttles` });
