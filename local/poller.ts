import { DeleteMessageBatchCommand, ReceiveMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { FunctionSpec, QueueTrigger } from '../functions/manifest.ts';
import { invoke, type LambdaHandler } from './invoke.ts';

// A local stand-in for Lambda's SQS event source mapping: receive up to batchSize
// messages, invoke the worker with a real SQS event, delete what succeeded. Messages named
// in batchItemFailures (or the whole batch, if the invocation throws) are left alone: they
// reappear after the visibility timeout and the queue's redrive policy moves them to the
// DLQ after maxReceiveCount receives, exactly as in AWS.

export interface PollerOptions {
  sqs: SQSClient;
  queueUrl: string;
  queueArn: string;
  spec: FunctionSpec & { trigger: QueueTrigger };
  handler: LambdaHandler;
  /** Parallel receive loops, like Lambda's concurrent pollers. */
  concurrency?: number;
  onError?: (error: unknown) => void;
}

const toRecord = (message: Message, queueArn: string): SQSRecord => ({
  messageId: message.MessageId ?? '',
  receiptHandle: message.ReceiptHandle ?? '',
  body: message.Body ?? '',
  attributes: {
    ApproximateReceiveCount: message.Attributes?.ApproximateReceiveCount ?? '1',
    SentTimestamp: message.Attributes?.SentTimestamp ?? String(Date.now()),
    SenderId: message.Attributes?.SenderId ?? 'local',
    ApproximateFirstReceiveTimestamp: message.Attributes?.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
  },
  messageAttributes: {},
  md5OfBody: message.MD5OfBody ?? '',
  eventSource: 'aws:sqs',
  eventSourceARN: queueArn,
  awsRegion: 'us-east-1',
});

const failedIds = (result: unknown): Set<string> =>
  new Set(((result as SQSBatchResponse | undefined)?.batchItemFailures ?? []).map((f) => f.itemIdentifier));

export interface Poller {
  stop(): Promise<void>;
}

export const startPoller = (options: PollerOptions): Poller => {
  let running = true;
  const abort = new AbortController();

  const loop = async () => {
    while (running) {
      try {
        const { Messages = [] } = await options.sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: options.queueUrl,
            MaxNumberOfMessages: options.spec.trigger.batchSize,
            // Short long-poll: idle loops stay cheap and shutdown stays quick.
            WaitTimeSeconds: 1,
            MessageSystemAttributeNames: ['All'],
          }),
          { abortSignal: abort.signal },
        );
        if (!Messages.length) continue;
        const event: SQSEvent = { Records: Messages.map((m) => toRecord(m, options.queueArn)) };
        let failed: Set<string> | 'all';
        try {
          failed = failedIds(await invoke(options.spec, options.handler, event));
        } catch (error) {
          options.onError?.(error);
          failed = 'all';
        }
        if (failed === 'all') continue;
        const done = Messages.filter((m) => !failed.has(m.MessageId ?? ''));
        if (done.length) {
          await options.sqs.send(
            new DeleteMessageBatchCommand({
              QueueUrl: options.queueUrl,
              Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle ?? '' })),
            }),
          );
        }
      } catch (error) {
        if (!running) return;
        options.onError?.(error);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  };

  const loops = Array.from({ length: options.concurrency ?? 2 }, loop);
  return {
    stop: async () => {
      running = false;
      abort.abort();
      await Promise.allSettled(loops);
    },
  };
};
