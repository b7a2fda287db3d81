import { setTimeout as sleep } from 'node:timers/promises';
import { DeleteMessageBatchCommand, ReceiveMessageCommand, type Message, type SQSClient } from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { FunctionSpec, QueueTrigger } from '../functions/manifest.ts';
import { invoke, type LambdaHandler } from './invoke.ts';

// A local stand-in for Lambda's SQS event source mapping: gather a batch the way Lambda
// does (below), invoke the worker with a real SQS event, delete what succeeded. Messages
// named in batchItemFailures (or the whole batch, if the invocation throws) are left alone:
// they reappear after the visibility timeout and the queue's redrive policy moves them to
// the DLQ after maxReceiveCount receives, exactly as in AWS.
//
// Batching, as Lambda documents it: once a receive has brought at least one message, keep
// receiving until the batch holds batchSize messages, the batching window (counted from
// that first message) has passed, or the payload has reached 6 MB; then invoke once.
// Without this, steady traffic would reach the worker one message at a time here while AWS
// hands it full batches.

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

/** SQS's limit per ReceiveMessage and per DeleteMessageBatch; Lambda's batchSize may be larger. */
const SQS_BATCH_MAX = 10;
/** Longest long poll SQS accepts. */
const RECEIVE_WAIT_MAX_SECONDS = 20;
/** Lambda's invocation payload limit, which also closes a batch. */
const PAYLOAD_MAX_BYTES = 6 * 1024 * 1024;
/**
 * Pause between short polls in the last (sub-second) part of a window: WaitTimeSeconds is a
 * whole number, so a long poll there would overrun the window. (Cutting such a poll short
 * with an abort is no way out: the server still hands the next message to the abandoned
 * request, and it stays invisible for the visibility timeout.) Short enough that a batch
 * still fills at a few dozen messages a second, long enough not to spin.
 */
const SHORT_POLL_PAUSE_MS = 25;

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

const bodyBytes = (message: Message) => Buffer.byteLength(message.Body ?? '', 'utf8');

/** Messages received but not yet invoked, and when the first of them arrived. */
interface Gathered {
  messages: Message[];
  bytes: number;
  firstAt: number;
}

export interface Poller {
  stop(): Promise<void>;
}

export const startPoller = (options: PollerOptions): Poller => {
  let running = true;
  const abort = new AbortController();
  const { batchSize, maxBatchingWindowSeconds } = options.spec.trigger;
  const windowMs = maxBatchingWindowSeconds * 1000;

  const receive = async (maxMessages: number, waitSeconds: number): Promise<Message[]> => {
    const { Messages = [] } = await options.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: options.queueUrl,
        MaxNumberOfMessages: Math.min(SQS_BATCH_MAX, maxMessages),
        WaitTimeSeconds: waitSeconds,
        MessageSystemAttributeNames: ['All'],
      }),
      { abortSignal: abort.signal },
    );
    return Messages;
  };

  /**
   * Adds received messages to the batch while it stays within the payload limit; returns
   * those that would push it over (they open the next batch). The first message of a batch
   * is always taken: SQS's own size limit keeps one message far below Lambda's.
   */
  const add = (batch: Gathered, received: Message[]): Message[] => {
    for (const [i, message] of received.entries()) {
      const size = bodyBytes(message);
      if (batch.messages.length && batch.bytes + size > PAYLOAD_MAX_BYTES) return received.slice(i);
      batch.messages.push(message);
      batch.bytes += size;
    }
    return [];
  };

  /** Tops `batch` up until it is full, its window has passed or its payload is at the limit. */
  const gather = async (batch: Gathered): Promise<Message[]> => {
    for (;;) {
      const missing = batchSize - batch.messages.length;
      const leftMs = batch.firstAt + windowMs - Date.now();
      if (missing <= 0 || leftMs <= 0 || !running) return [];
      // Whole seconds only, rounded down so the long poll ends inside the window.
      const waitSeconds = Math.min(RECEIVE_WAIT_MAX_SECONDS, Math.floor(leftMs / 1000));
      const received = await receive(missing, waitSeconds);
      const overflow = add(batch, received);
      if (overflow.length) return overflow;
      if (!received.length && waitSeconds === 0) {
        await sleep(Math.min(leftMs, SHORT_POLL_PAUSE_MS), undefined, { signal: abort.signal });
      }
    }
  };

  /**
   * The next batch to invoke (empty when an idle poll found nothing) and the received
   * messages that did not fit its payload: they open the batch after it.
   */
  const nextBatch = async (carried: Message[]): Promise<{ messages: Message[]; overflow: Message[] }> => {
    // Short long-poll when idle: idle loops stay cheap and shutdown stays quick.
    const first = carried.length ? carried : await receive(batchSize, 1);
    const batch: Gathered = { messages: [], bytes: 0, firstAt: Date.now() };
    const overflow = add(batch, first);
    if (!batch.messages.length || overflow.length) return { messages: batch.messages, overflow };
    return { messages: batch.messages, overflow: await gather(batch) };
  };

  const loop = async () => {
    let carried: Message[] = [];
    while (running) {
      try {
        const next = await nextBatch(carried);
        carried = next.overflow;
        if (!next.messages.length) continue;
        // Stopping mid-window: what was gathered is not invoked; it reappears after the
        // visibility timeout, as it would if a Lambda poller went away.
        if (!running) return;
        const event: SQSEvent = { Records: next.messages.map((m) => toRecord(m, options.queueArn)) };
        let failed: Set<string> | 'all';
        try {
          failed = failedIds(await invoke(options.spec, options.handler, event));
        } catch (error) {
          options.onError?.(error);
          failed = 'all';
        }
        if (failed === 'all') continue;
        const done = next.messages.filter((m) => !failed.has(m.MessageId ?? ''));
        for (let start = 0; start < done.length; start += SQS_BATCH_MAX) {
          await options.sqs.send(
            new DeleteMessageBatchCommand({
              QueueUrl: options.queueUrl,
              Entries: done.slice(start, start + SQS_BATCH_MAX).map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle ?? '' })),
            }),
          );
        }
      } catch (error) {
        // Whatever was held is dropped with the failed attempt and reappears after the
        // visibility timeout.
        carried = [];
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
