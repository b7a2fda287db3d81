// What an operator needs to know about a message in the dead-letter queue, read from the
// SQS message: which comment of which site, how often it was tried, since when it waits.

import { moderationMessageSchema } from '../queue/moderation-message.ts';

export interface QueuedMessage {
  MessageId?: string;
  Body?: string;
  Attributes?: Partial<Record<string, string>>;
}

export interface DeadLetter {
  messageId: string;
  commentId?: string;
  siteId?: string;
  correlationId?: string;
  receiveCount: number;
  /** When the message was first sent (to the moderation queue; SQS keeps it on the move to the DLQ). */
  firstSentAt?: string;
  /** Set when the body is not a moderation message at all. */
  problem?: string;
}

export function describeDeadLetter(message: QueuedMessage): DeadLetter {
  const sent = Number(message.Attributes?.SentTimestamp);
  const base: DeadLetter = {
    messageId: message.MessageId ?? '',
    receiveCount: Number(message.Attributes?.ApproximateReceiveCount ?? 0),
    ...(Number.isFinite(sent) && sent > 0 ? { firstSentAt: new Date(sent).toISOString() } : {}),
  };
  let json: unknown;
  try {
    json = JSON.parse(message.Body ?? '');
  } catch {
    return { ...base, problem: 'body is not JSON' };
  }
  const parsed = moderationMessageSchema.safeParse(json);
  if (!parsed.success) return { ...base, problem: 'body is not a moderation message' };
  return { ...base, commentId: parsed.data.commentId, siteId: parsed.data.siteId, correlationId: parsed.data.correlationId };
}
