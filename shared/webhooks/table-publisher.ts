import type { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { STATUS_OF_OUTCOME, type Comment } from '../comments/comment.ts';
import type { Decision } from '../engine/types.ts';
import { siteCacheConfig } from '../config.ts';
import { createSqsClient } from '../queue/client.ts';
import { WebhookStore } from '../store/webhooks.ts';
import { webhookQueueUrl } from './config.ts';
import { decidedEvent, storedDecisionEvent, type WebhookEvent } from './events.ts';
import { createWebhookPublisher, type PublishWebhookEvent } from './publisher.ts';
import { WebhookQueue } from './webhook-queue.ts';

/** The publisher the worker and the review functions use: endpoints from the table, messages to the webhook queue. */
export const tableWebhookPublisher = (doc: DynamoDBDocumentClient, tableName: string, sqs: SQSClient, ttlMs: number): PublishWebhookEvent => {
  const store = new WebhookStore(doc, tableName);
  const queue = new WebhookQueue(sqs, webhookQueueUrl());
  return createWebhookPublisher({ endpointsOf: async (siteId) => (await store.endpoints(siteId)).endpoints, send: (m) => queue.send(m) }, ttlMs);
};

/**
 * The comment.decided event of a moderation result: the new decision, or (for a redelivered
 * message that found the comment decided) the stored one again, with the same event id, in
 * case the first try stored the decision but failed before its event was queued.
 */
export const decidedEventOf = (
  outcome: { result: 'decided'; comment: Comment; decision: Decision } | { result: 'already-decided'; comment: Comment },
  decidedAt: Date,
): WebhookEvent | undefined =>
  outcome.result === 'decided'
    ? decidedEvent(outcome.comment, outcome.decision, decidedAt.toISOString(), STATUS_OF_OUTCOME[outcome.decision.outcome], outcome.comment.revision + 1)
    : storedDecisionEvent(outcome.comment);

/**
 * For the review functions: the moderator's decision is stored before its event is queued,
 * and a failed send must not turn that stored decision into an error the moderator would
 * retry (the retry would meet a changed revision). The failure is logged instead.
 */
export const moderatedEventPort = (
  doc: DynamoDBDocumentClient,
  tableName: string,
  logger: { error(message: string, attributes: Record<string, unknown>): void },
) => {
  const publish = tableWebhookPublisher(doc, tableName, createSqsClient(), siteCacheConfig().ttlMs);
  return async (event: WebhookEvent): Promise<void> => {
    try {
      await publish(event, Date.now());
    } catch (error) {
      logger.error('Webhook event not queued; the decision stands', { eventId: event.id, siteId: event.siteId, commentId: event.data.commentId, error });
    }
  };
};
