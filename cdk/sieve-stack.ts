import { join } from 'node:path';
import { CfnOutput, Duration, RemovalPolicies, Stack, type StackProps } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { ENV, FUNCTIONS, QUEUES, type QueueName, type QueueSpec } from '../functions/manifest.ts';
import { CommentsTable, type TableCapacity } from './constructs/comments-table.ts';
import { ConsolePublication } from './constructs/console-publication.ts';
import { ConsoleSite } from './constructs/console-site.ts';
import { assertConsumesOnlyItsTrigger, grantManifestAccess } from './constructs/manifest-access.ts';
import { ModeratorPool } from './constructs/moderator-pool.ts';
import { metricsNamespace, SieveFunction } from './constructs/sieve-function.ts';
import { ScheduledRun } from './constructs/scheduled-run.ts';
import { SieveHttpApi } from './constructs/sieve-http-api.ts';
import { WorkQueue } from './constructs/work-queue.ts';
import { type DeployConfig, PROVISIONED_MIN_UNITS } from './deploy-config.ts';
import { AlarmTopic } from './observability/alarm-topic.ts';
import { SieveAlarms } from './observability/sieve-alarms.ts';
import { SieveDashboard } from './observability/sieve-dashboard.ts';
import { REPO_ROOT } from './repo-root.ts';

export interface SieveStackProps extends StackProps {
  config: DeployConfig;
  /** The moderator console build; `npm run build:console` writes it (default web/dist). */
  consoleDistDir?: string;
}

export const DEFAULT_CONSOLE_DIST_DIR = join(REPO_ROOT, 'web', 'dist');

// AWS's guidance for SQS-triggered Lambdas: visibility timeout at least six times the
// function timeout, or a slow batch is redelivered while it is still being processed.
const MIN_VISIBILITY_TO_TIMEOUT_RATIO = 6;

/** Everything Sieve runs on, built from functions/manifest.ts and shared/store/table.ts. */
export class SieveStack extends Stack {
  readonly table: CommentsTable;
  readonly queues: Record<QueueName, WorkQueue>;
  readonly functions: ReadonlyMap<string, SieveFunction>;
  /** The EventBridge schedules of the scheduled functions, by manifest name. */
  readonly schedules: ReadonlyMap<string, ScheduledRun>;
  readonly httpApi: SieveHttpApi;
  readonly moderators: ModeratorPool;
  readonly console: ConsoleSite;
  readonly alarmTopic: AlarmTopic;
  readonly alarms: SieveAlarms;
  readonly dashboard: SieveDashboard;

  constructor(scope: Construct, id: string, { config, consoleDistDir = DEFAULT_CONSOLE_DIST_DIR, ...props }: SieveStackProps) {
    super(scope, id, { description: `Sieve comment moderation (${config.stage})`, ...props });

    this.table = new CommentsTable(this, 'Table', { retain: config.retainData, capacity: tableCapacityOf(config) });
    this.queues = mapQueues((name, spec) => new WorkQueue(this, `${capitalize(name)}Queue`, spec));

    const environment: Record<string, string> = { [ENV.tableName]: this.table.tableName };
    for (const [name, workQueue] of queueEntries(this.queues)) {
      environment[ENV.queueUrl(name)] = workQueue.queue.queueUrl;
    }

    const namespace = metricsNamespace(config.stage);
    const functions = new Map<string, SieveFunction>();
    const schedules = new Map<string, ScheduledRun>();
    for (const spec of FUNCTIONS) {
      assertConsumesOnlyItsTrigger(spec);
      const fn = new SieveFunction(this, capitalize(spec.name), { spec, environment, tracing: config.tracing, metricsNamespace: namespace });
      grantManifestAccess(fn, this.table, this.queues);
      if (spec.trigger.kind === 'queue') {
        const { queue, spec: queueSpec } = this.queues[spec.trigger.queue];
        assertVisibilityCoversTimeout(queueSpec.name, queueSpec.visibilityTimeoutSeconds, spec.timeoutSeconds);
        fn.addEventSource(
          new SqsEventSource(queue, {
            batchSize: spec.trigger.batchSize,
            // The manifest's window unless the stage chose another (deploy setting batchingWindowSeconds).
            maxBatchingWindow: Duration.seconds(config.batchingWindowSeconds),
            reportBatchItemFailures: true,
          }),
        );
      }
      if (spec.trigger.kind === 'schedule') {
        // The manifest's rate, or the deploy setting the trigger names (the trainer's trainerScheduleMinutes).
        const setting = spec.trigger.deploySetting;
        const everyMinutes = setting ? config[setting] : spec.trigger.everyMinutes;
        schedules.set(spec.name, new ScheduledRun(this, `${capitalize(spec.name)}Schedule`, { fn, everyMinutes, ...(setting ? { setting } : {}) }));
      }
      functions.set(spec.name, fn);
    }
    this.functions = functions;
    this.schedules = schedules;

    this.moderators = new ModeratorPool(this, 'Moderators', { retain: config.retainData });
    this.console = new ConsoleSite(this, 'Console');
    this.httpApi = new SieveHttpApi(this, 'Http', {
      functions,
      jwtIssuers: { moderator: { issuer: this.moderators.issuerUrl, audience: [this.moderators.client.userPoolClientId] } },
      corsOrigins: [this.console.origin],
    });
    new ConsolePublication(this, 'ConsolePublication', {
      site: this.console,
      distDir: consoleDistDir,
      config: {
        // The $default stage is served at the API's root, so its endpoint is the base URL.
        apiUrl: this.httpApi.api.apiEndpoint,
        auth: { mode: 'cognito', region: this.region, clientId: this.moderators.client.userPoolClientId },
      },
      logGroup: new LogGroup(this, 'ConsolePublicationLogs', { retention: RetentionDays.ONE_MONTH }),
    });

    this.alarmTopic = new AlarmTopic(this, 'AlarmTopic', { email: config.alarmEmail });
    this.alarms = new SieveAlarms(this, 'Alarms', {
      functions,
      queues: this.queues,
      api: this.httpApi.api,
      topic: this.alarmTopic.topic,
      oldestMessageAlarmSeconds: config.oldestMessageAlarmSeconds,
      table: this.table,
      metricsNamespace: namespace,
    });
    this.dashboard = new SieveDashboard(this, 'Dashboard', {
      api: this.httpApi.api,
      moderationQueue: this.queues.moderation,
      functions,
      alarms: this.alarms.alarms,
      oldestMessageAlarmSeconds: config.oldestMessageAlarmSeconds,
      metricsNamespace: namespace,
      table: this.table,
    });

    if (!config.retainData) {
      // A throwaway stage leaves nothing behind; the table and pool take their policy from the flag too.
      RemovalPolicies.of(this).destroy({ applyToResourceTypes: ['AWS::Logs::LogGroup'] });
    }

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.stage.url, description: 'Base URL of the Sieve HTTP API' });
    new CfnOutput(this, 'ConsoleUrl', { value: this.console.consoleUrl, description: 'The moderator console' });
    new CfnOutput(this, 'UserPoolId', {
      value: this.moderators.userPool.userPoolId,
      description: 'Cognito user pool of the moderators (admin-create-user, admin-add-user-to-group)',
    });
    new CfnOutput(this, 'UserPoolClientId', { value: this.moderators.client.userPoolClientId });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarmTopic.topic.topicArn, description: 'Subscribe here to hear of alarms' });
    new CfnOutput(this, 'DashboardName', { value: this.dashboard.dashboard.dashboardName });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    for (const [name, workQueue] of queueEntries(this.queues)) {
      new CfnOutput(this, `${capitalize(name)}QueueUrl`, { value: workQueue.queue.queueUrl });
      new CfnOutput(this, `${capitalize(name)}DeadLetterQueueUrl`, {
        value: workQueue.deadLetterQueue.queueUrl,
        description: `Messages that failed ${workQueue.spec.deadLetter.maxReceiveCount} times; replay after fixing the cause`,
      });
    }
  }
}

const tableCapacityOf = (config: DeployConfig): TableCapacity =>
  config.capacity === 'provisioned'
    ? { mode: 'provisioned', minUnits: PROVISIONED_MIN_UNITS, maxReadUnits: config.capacityMaxReadUnits, maxWriteUnits: config.capacityMaxWriteUnits }
    : { mode: 'on-demand' };

const assertVisibilityCoversTimeout = (queue: string, visibilitySeconds: number, timeoutSeconds: number): void => {
  if (visibilitySeconds < MIN_VISIBILITY_TO_TIMEOUT_RATIO * timeoutSeconds) {
    throw new Error(
      `manifest: queue ${queue} visibility timeout ${visibilitySeconds}s is under ${MIN_VISIBILITY_TO_TIMEOUT_RATIO}x its consumer's ${timeoutSeconds}s timeout`,
    );
  }
};

const queueEntries = <T>(queues: Record<QueueName, T>) => Object.entries(queues) as Array<[QueueName, T]>;

const mapQueues = <T>(build: (name: QueueName, spec: QueueSpec) => T): Record<QueueName, T> =>
  Object.fromEntries(queueEntries<QueueSpec>(QUEUES).map(([name, spec]) => [name, build(name, spec)])) as Record<QueueName, T>;

const capitalize = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
