// Looking into and replaying the dead-letter queue without losing anything.
//
// SQS has no "peek": reading a message hides it for the visibility timeout. Listing
// therefore holds what it receives only until it has read through the queue, then hands
// every message back (visible again a second later), so the queue is as it was (only the
// receive counts grow). The hand-back sets 1 second, not 0: the embedded SQS (fauxqs 2.4)
// fails on 0 when it persists to disk and loses track of the message until a restart.
// Redrive sends a message to the moderation queue and deletes it from the DLQ only after
// the send succeeded: a failure in between leaves a copy in both, and the worker's
// idempotent writes make the duplicate harmless. Nothing is ever only in flight.

import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { describeDeadLetter, type DeadLetter } from '../../shared/admin/dead-letters.ts';

/** Long enough to finish a redrive of one batch; messages not taken are handed back at once. */
const HOLD_SECONDS = 60;
/** How long an empty receive waits before the queue counts as read through. */
const WAIT_SECONDS = 1;
const HAND_BACK_SECONDS = 1;
/** Empty receives in a row before ids asked for by name count as absent (one may be held by a listing). */
const PATIENCE = 3;

const receive = async (sqs: SQSClient, queueUrl: string, max: number): Promise<Message[]> => {
  const { Messages = [] } = await sqs.send(
    new ReceiveMessageCommand({
      QueueUrl: queueUrl,
      MaxNumberOfMessages: Math.min(10, Math.max(1, max)),
      VisibilityTimeout: HOLD_SECONDS,
      WaitTimeSeconds: WAIT_SECONDS,
      MessageSystemAttributeNames: ['All'],
    }),
  );
  return Messages;
};

/**
 * Makes held messages visible again. An entry that fails (its handle expired) needs
 * nothing: the message reappears by itself when its hold ends.
 */
const handBack = async (sqs: SQSClient, queueUrl: string, messages: Message[]): Promise<void> => {
  for (let i = 0; i < messages.length; i += 10) {
    const batch = messages.slice(i, i + 10);
    await sqs.send(
      new ChangeMessageVisibilityBatchCommand({
        QueueUrl: queueUrl,
        Entries: batch.map((m, n) => ({ Id: String(n), ReceiptHandle: m.ReceiptHandle ?? '', VisibilityTimeout: HAND_BACK_SECONDS })),
      }),
    );
  }
};

/** Up to `limit` dead letters, oldest first; the queue keeps every one of them. */
export async function listDeadLetters(sqs: SQSClient, queueUrl: string, limit: number): Promise<DeadLetter[]> {
  const held: Message[] = [];
  try {
    while (held.length < limit) {
      const messages = await receive(sqs, queueUrl, limit - held.length);
      if (!messages.length) break;
      held.push(...messages);
    }
  } finally {
    await handBack(sqs, queueUrl, held);
  }
  return held
    .map(describeDeadLetter)
    // The receive count includes this listing's own receive; report what the pipeline did.
    .map((d) => ({ ...d, receiveCount: Math.max(0, d.receiveCount - 1) }))
    .sort((a, b) => (a.firstSentAt ?? '').localeCompare(b.firstSentAt ?? ''));
}

export interface RedriveResult {
  redriven: DeadLetter[];
  /** Requested message ids that were not in the queue. */
  notFound: string[];
}

/** Moves the chosen messages (`all`, or these message ids) back to the moderation queue. */
export async function redriveDeadLetters(
  sqs: SQSClient,
  queues: { deadLetterQueueUrl: string; moderationQueueUrl: string },
  choice: 'all' | ReadonlySet<string>,
  onMoved?: (moved: number) => void,
): Promise<RedriveResult> {
  const redriven: DeadLetter[] = [];
  const skipped: Message[] = [];
  const wanted = choice === 'all' ? undefined : new Set(choice);
  let empty = 0;
  try {
    while (!wanted || wanted.size > 0) {
      const messages = await receive(sqs, queues.deadLetterQueueUrl, 10);
      if (!messages.length) {
        if (!wanted || ++empty >= PATIENCE) break;
        continue;
      }
      empty = 0;
      for (const message of messages) {
        const id = message.MessageId ?? '';
        if (wanted && !wanted.has(id)) {
          skipped.push(message);
          continue;
        }
        await sqs.send(new SendMessageCommand({ QueueUrl: queues.moderationQueueUrl, MessageBody: message.Body ?? '' }));
        await sqs.send(new DeleteMessageCommand({ QueueUrl: queues.deadLetterQueueUrl, ReceiptHandle: message.ReceiptHandle ?? '' }));
        wanted?.delete(id);
        redriven.push(describeDeadLetter(message));
        onMoved?.(redriven.length);
      }
    }
  } finally {
    await handBack(sqs, queues.deadLetterQueueUrl, skipped);
  }
  return { redriven, notFound: [...(wanted ?? [])] };
}
