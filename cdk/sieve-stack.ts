import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Construct } from 'constructs';
import { ENV, FUNCTIONS, QUEUES, type QueueName } from '../functions/manifest.ts';
import { CommentsTable } from './constructs/comments-table.ts';
import { assertConsumesOnlyItsTrigger, grantManifestAccess } from './constructs/manifest-access.ts';
import { SieveFunction } from './constructs/sieve-function.ts';
import { SieveHttpApi } from './constructs/sieve-http-api.ts';
import { WorkQueue } from './constructs/work-queue.ts';

export interface SieveStackProps extends StackProps {
  stage: string;
}

// AWS's guidance for SQS-triggered Lambdas: visibility timeout at least six times the
// function timeout, or a slow batch is redelivered while it is still being processed.
const MIN_VISIBILITY_TO_TIMEOUT_RATIO = 6;

/** Everything Sieve runs on, built from functions/manifest.ts and shared/store/table.ts. */
export class SieveStack extends Stack {
  readonly table: CommentsTable;
  readonly queues: Record<QueueName, WorkQueue>;
  readonly functions: ReadonlyMap<string, SieveFunction>;
  readonly httpApi: SieveHttpApi;

  constructor(scope: Construct, id: string, props: SieveStackProps) {
    super(scope, id, { description: `Sieve comment moderation (${props.stage})`, ...props });

    this.table = new CommentsTable(this, 'Table');
    this.queues = mapQueues((name, spec) => new WorkQueue(this, `${capitalize(name)}Queue`, spec));

    const environment: Record<string, string> = { [ENV.tableName]: this.table.tableName };
    for (const [name, workQueue] of queueEntries(this.queues)) {
      environment[ENV.queueUrl(name)] = workQueue.queue.queueUrl;
    }

    const functions = new Map<string, SieveFunction>();
    for (const spec of FUNCTIONS) {
      assertConsumesOnlyItsTrigger(spec);
      const fn = new SieveFunction(this, capitalize(spec.name), { spec, environment });
      grantManifestAccess(fn, this.table, this.queues);
      if (spec.trigger.kind === 'queue') {
        const { queue, spec: queueSpec } = this.queues[spec.trigger.queue];
        assertVisibilityCoversTimeout(queueSpec.name, queueSpec.visibilityTimeoutSeconds, spec.timeoutSeconds);
        fn.addEventSource(
          new SqsEventSource(queue, {
            batchSize: spec.trigger.batchSize,
            maxBatchingWindow: Duration.seconds(spec.trigger.maxBatchingWindowSeconds),
            reportBatchItemFailures: true,
          }),
        );
      }
      functions.set(spec.name, fn);
    }
    this.functions = functions;

    this.httpApi = new SieveHttpApi(this, 'Http', { functions });

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.stage.url, description: 'Base URL of the Sieve HTTP API' });
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

const assertVisibilityCoversTimeout = (queue: string, visibilitySeconds: number, timeoutSeconds: number): void => {
  if (visibilitySeconds < MIN_VISIBILITY_TO_TIMEOUT_RATIO * timeoutSeconds) {
    throw new Error(
      `manifest: queue ${queue} visibility timeout ${visibilitySeconds}s is under ${MIN_VISIBILITY_TO_TIMEOUT_RATIO}x its consumer's ${timeoutSeconds}s timeout`,
    );
  }
};

const queueEntries = <T>(queues: Record<QueueName, T>) => Object.entries(queues) as Array<[QueueName, T]>;

const mapQueues = <T>(build: (name: QueueName, spec: (typeof QUEUES)[QueueName]) => T): Record<QueueName, T> =>
  Object.fromEntries(queueEntries(QUEUES).map(([name, spec]) => [name, build(name, spec)])) as Record<QueueName, T>;

const capitalize = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
