import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  ComparisonOperator,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import type { QueueName } from '../../functions/manifest.ts';
import type { SieveFunction } from '../constructs/sieve-function.ts';
import type { WorkQueue } from '../constructs/work-queue.ts';
import { learningMetric, sweeperMetric, tableAndIndexMetrics } from './sieve-metrics.ts';

/** Percentage of API requests answered 5xx over one period that raises the alarm. */
export const API_5XX_RATE_PERCENT = 1;

const PERIOD = Duration.minutes(5);
// SQS publishes queue metrics every minute: a message in the dead-letter queue or a stuck
// queue is reported within a minute or two instead of a five-minute period.
const QUEUE_PERIOD = Duration.minutes(1);

export interface SieveAlarmsProps {
  functions: ReadonlyMap<string, SieveFunction>;
  queues: Record<QueueName, WorkQueue>;
  api: HttpApi;
  topic: ITopic;
  oldestMessageAlarmSeconds: number;
  table: TableV2;
  /** Where the functions' EMF metrics land (the stage's namespace). */
  metricsNamespace: string;
}

/**
 * Everything an operator must hear about: a message given up on (dead-letter queue), the
 * moderation backlog ageing, any function failing or throttled, and the API answering 5xx.
 * No data (an idle stack) is never an alarm. Each alarm notifies the topic when it fires and
 * when it clears.
 */
export class SieveAlarms extends Construct {
  readonly alarms: Alarm[] = [];
  private readonly action: SnsAction;

  constructor(scope: Construct, id: string, { functions, queues, api, topic, oldestMessageAlarmSeconds, table, metricsNamespace }: SieveAlarmsProps) {
    super(scope, id);
    this.action = new SnsAction(topic);

    for (const [name, workQueue] of Object.entries(queues) as Array<[QueueName, WorkQueue]>) {
      this.add(`${capitalize(name)}DeadLetters`, {
        description: `Messages of the ${name} queue failed ${workQueue.spec.deadLetter.maxReceiveCount} times and wait in its dead-letter queue: find the cause in the worker's logs, fix it, then replay them`,
        metric: workQueue.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: QUEUE_PERIOD, statistic: 'Maximum' }),
        threshold: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      });
      this.add(`${capitalize(name)}OldestMessageAge`, {
        description: `A message has waited in the ${name} queue over ${workQueue.spec.oldestMessageAlarmSeconds ?? oldestMessageAlarmSeconds} s: the worker is failing, throttled or behind`,
        metric: workQueue.queue.metricApproximateAgeOfOldestMessage({ period: QUEUE_PERIOD, statistic: 'Maximum' }),
        threshold: workQueue.spec.oldestMessageAlarmSeconds ?? oldestMessageAlarmSeconds,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      });
    }

    for (const [name, fn] of functions) {
      this.add(`${capitalize(name)}Errors`, {
        description: `${name} failed (unhandled error or timeout); see its log group`,
        metric: fn.metricErrors({ period: PERIOD, statistic: 'Sum' }),
        threshold: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      });
      this.add(`${capitalize(name)}Throttles`, {
        description: `${name} was throttled: the account's concurrency is exhausted`,
        metric: fn.metricThrottles({ period: PERIOD, statistic: 'Sum' }),
        threshold: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      });
    }

    this.add('TableThrottles', {
      description:
        'DynamoDB throttled reads or writes of the Sieve table (after the SDK retried): intake answers 503 and queued comments wait. With capacity=provisioned raise capacityMaxReadUnits/capacityMaxWriteUnits or deploy on-demand',
      metric: tableThrottles(table),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    });

    this.add('ModelLoadFailures', {
      description:
        "The worker refused a site's stored model (corrupt, from an incompatible version, or parts missing) and decides that site with the rules alone: see the worker's log line 'Stored model refused', then sieve model rollback or sieve model train",
      metric: learningMetric(metricsNamespace, 'ModelLoadFailures'),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    });

    this.add('StuckComments', {
      description:
        "The sweeper found comments left pending past its threshold and sent them to the moderation queue again: something lost them between the pending write and the queue send (a crash, SQS refusing). See the sweeper's log line 'Re-queued comments left pending' and the intake's errors",
      metric: sweeperMetric(metricsNamespace, 'StuckCommentsFound'),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    });

    this.add('Api5xxRate', {
      description: `${API_5XX_RATE_PERCENT}% or more of API requests answered 5xx over 5 minutes`,
      metric: api5xxRate(api),
      threshold: API_5XX_RATE_PERCENT,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    });
  }

  private add(
    id: string,
    props: { description: string; metric: IMetric; threshold: number; comparisonOperator: ComparisonOperator },
  ): void {
    const alarm = new Alarm(this, id, {
      alarmDescription: props.description,
      metric: props.metric,
      threshold: props.threshold,
      comparisonOperator: props.comparisonOperator,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    this.alarms.push(alarm);
  }
}

/** Read and write throttle events of the table and of each index over one period. */
export const tableThrottles = (table: TableV2): MathExpression => {
  const writes = tableAndIndexMetrics(table, 'WriteThrottleEvents');
  const usingMetrics: Record<string, Metric> = {};
  tableAndIndexMetrics(table, 'ReadThrottleEvents').forEach((reads, i) => {
    usingMetrics[`reads${i}`] = reads;
    usingMetrics[`writes${i}`] = writes[i]!;
  });
  return new MathExpression({
    expression: Object.keys(usingMetrics).map((id) => `FILL(${id}, 0)`).join(' + '),
    usingMetrics,
    period: PERIOD,
    label: 'DynamoDB throttle events',
  });
};

/** 5xx answers as a percentage of requests; a period with no requests has no value (not breaching). */
export const api5xxRate = (api: HttpApi): MathExpression =>
  new MathExpression({
    expression: '100 * FILL(serverErrors, 0) / requests',
    usingMetrics: {
      serverErrors: api.metricServerError({ period: PERIOD, statistic: 'Sum' }),
      requests: api.metricCount({ period: PERIOD, statistic: 'Sum' }),
    },
    period: PERIOD,
    label: 'API 5xx (%)',
  });

const capitalize = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
