// Looking into, replaying and deleting dead letters without losing anything by accident.
//
// Listing must not change what it lists. The embedded SQS (fauxqs) can be inspected without
// receiving (its /_fauxqs/queues/NAME view), so locally a listing is a true peek: receive
// counts and visibility stay exactly as they were. SQS in AWS has no peek: there a listing
// receives each message and hands it straight back, which adds one to its receive count
// (reported without that one). The hand-back sets 1 second, not 0: fauxqs 2.4 fails on 0
// when it persists to disk and loses track of the message until a restart.
//
// Taking messages (redrive, delete, purge) receives them: the chosen ones are acted on, the
// rest handed back. Redrive sends a message to the moderation queue and deletes it from the
// DLQ only after the send succeeded: a failure in between leaves a copy in both, and the
// worker's idempotent writes make the duplicate harmless. Nothing is ever only in flight.

import {
  ChangeMessageVisibilityBatchCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  type Message,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { describeDeadLetter, type DeadLetter, type QueuedMessage } from '../../shared/admin/dead-letters.ts';

/** Long enough to finish acting on one batch; messages not taken are handed back at once. */
const HOLD_SECONDS = 60;
/** How long an empty receive waits before the queue counts as read through. */
const WAIT_SECONDS = 1;
const HAND_BACK_SECONDS = 1;
/** Empty receives in a row before ids asked for by name count as absent (one may be held by a listing). */
const PATIENCE = 3;

/** Reads a queue's messages without receiving them, where the SQS server offers that (fauxqs). */
export type PeekQueue = (queueUrl: string) => Promise<QueuedMessage[]>;

interface FauxqsMessage {
  messageId: string;
  body: string;
  sentTimestamp: number;
  approximateReceiveCount: number;
}

interface FauxqsQueueState {
  messages: { ready: FauxqsMessage[]; delayed: FauxqsMessage[]; inflight: Array<{ message: FauxqsMessage }> };
}

/** fauxqs's inspection view (it never modifies the queue), as the SQS messages a receive would give. */
export const fauxqsPeek =
  (endpoint: string): PeekQueue =>
  async (queueUrl) => {
    const name = queueUrl.slice(queueUrl.lastIndexOf('/') + 1);
    const response = await fetch(`${endpoint}/_fauxqs/queues/${encodeURIComponent(name)}`);
    if (!response.ok) throw new Error(`the local SQS server has no queue ${name} (HTTP ${response.status})`);
    const { messages } = (await response.json()) as FauxqsQueueState;
    return [...messages.ready, ...messages.delayed, ...messages.inflight.map((held) => held.message)].map((m) => ({
      MessageId: m.messageId,
      Body: m.body,
      Attributes: { ApproximateReceiveCount: String(m.approximateReceiveCount), SentTimestamp: String(m.sentTimestamp) },
    }));
  };

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

const oldestFirst = (letters: DeadLetter[]): DeadLetter[] => letters.sort((a, b) => (a.firstSentAt ?? '').localeCompare(b.firstSentAt ?? ''));

/** Up to `limit` dead letters, oldest first; the queue keeps every one of them. */
export async function listDeadLetters(sqs: SQSClient, queueUrl: string, limit: number, peek?: PeekQueue): Promise<DeadLetter[]> {
  if (peek) return oldestFirst((await peek(queueUrl)).map(describeDeadLetter)).slice(0, limit);
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
  return oldestFirst(
    held
      .map(describeDeadLetter)
      // The receive count includes this listing's own receive; report what it was before.
      .map((d) => ({ ...d, receiveCount: Math.max(0, d.receiveCount - 1) })),
  );
}

/** How many messages the queue holds (SQS's approximate count: visible, in flight and delayed). */
export async function countDeadLetters(sqs: SQSClient, queueUrl: string): Promise<number> {
  const names = ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'] as const;
  const { Attributes = {} } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: [...names] }));
  return names.reduce((sum, name) => sum + Number(Attributes[name] ?? 0), 0);
}

export interface TakeResult {
  taken: DeadLetter[];
  /** Requested message ids that were not in the queue. */
  notFound: string[];
}

/** Receives the chosen messages (`all`, or these message ids), hands each to `act`, and hands the others back. */
async function takeDeadLetters(
  sqs: SQSClient,
  queueUrl: string,
  choice: 'all' | ReadonlySet<string>,
  act: (message: Message) => Promise<void>,
  onTaken?: (taken: number) => void,
): Promise<TakeResult> {
  const taken: DeadLetter[] = [];
  const skipped: Message[] = [];
  const wanted = choice === 'all' ? undefined : new Set(choice);
  let empty = 0;
  try {
    while (!wanted || wanted.size > 0) {
      const messages = await receive(sqs, queueUrl, 10);
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
        await act(message);
        wanted?.delete(id);
        taken.push(describeDeadLetter(message));
        onTaken?.(taken.length);
      }
    }
  } finally {
    await handBack(sqs, queueUrl, skipped);
  }
  return { taken, notFound: [...(wanted ?? [])] };
}

const deleteFrom = (sqs: SQSClient, queueUrl: string) => async (message: Message) => {
  await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: message.ReceiptHandle ?? '' }));
};

/** Moves the chosen messages back to the moderation queue. */
export const redriveDeadLetters = (
  sqs: SQSClient,
  queues: { deadLetterQueueUrl: string; moderationQueueUrl: string },
  choice: 'all' | ReadonlySet<string>,
  onMoved?: (moved: number) => void,
): Promise<TakeResult> =>
  takeDeadLetters(
    sqs,
    queues.deadLetterQueueUrl,
    choice,
    async (message) => {
      await sqs.send(new SendMessageCommand({ QueueUrl: queues.moderationQueueUrl, MessageBody: message.Body ?? '' }));
      await deleteFrom(sqs, queues.deadLetterQueueUrl)(message);
    },
    onMoved,
  );

/** Deletes the chosen messages for good (a poison message that no fix will ever decide). */
export const deleteDeadLetters = (
  sqs: SQSClient,
  deadLetterQueueUrl: string,
  choice: 'all' | ReadonlySet<string>,
  onDeleted?: (deleted: number) => void,
): Promise<TakeResult> => takeDeadLetters(sqs, deadLetterQueueUrl, choice, deleteFrom(sqs, deadLetterQueueUrl), onDeleted);
