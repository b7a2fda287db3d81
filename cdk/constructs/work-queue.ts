import { Duration, Validations } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { QueueSpec } from '../../functions/manifest.ts';

/** A queue from the manifest and the dead-letter queue its poison messages end up in. */
export class WorkQueue extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly spec: QueueSpec;

  constructor(scope: Construct, id: string, spec: QueueSpec) {
    super(scope, id);
    this.spec = spec;

    this.deadLetterQueue = new Queue(this, 'DeadLetter', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(spec.deadLetter.retentionDays),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'Serverless::Serverless-SQSRedrivePolicy',
      reason: 'This is the dead-letter queue itself: its messages wait here to be inspected and replayed, a further redrive would only move them out of sight',
    });

    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(spec.visibilityTimeoutSeconds),
      retentionPeriod: Duration.days(spec.retentionDays),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: spec.deadLetter.maxReceiveCount },
    });
  }
}
