import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { ChangeMessageVisibilityCommand } from '@aws-sdk/client-sqs';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { tableConfig } from '../shared/config.ts';
import { CompactLogFormatter } from '../shared/observability/compact-log-formatter.ts';
import { createSqsClient } from '../shared/queue/client.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { WebhookStore } from '../shared/store/webhooks.ts';
import { webhookDeliveryConfig, webhookQueueUrl } from '../shared/webhooks/config.ts';
import { deliverWebhook } from '../shared/webhooks/delivery.ts';
import { fetchPost } from '../shared/webhooks/http-post.ts';
import { deliveryIdOf, parseWebhookMessage } from '../shared/webhooks/message.ts';

// Delivers the webhook queue's messages: each is one event for one endpoint. A failure is
// reported in batchItemFailures after the message's visibility is set to the next backoff
// delay, so SQS hands it back then; after the last attempt the queue's redrive policy moves
// it to the dead-letter queue. Log lines name the site, endpoint, event and status: never the
// secret, the signature or the body.

const { tableName } = tableConfig();
const settings = webhookDeliveryConfig();
const queueUrl = webhookQueueUrl();
const store = new WebhookStore(createDocumentClient(), tableName);
const sqs = createSqsClient();
// Its own logger, not the shared singleton: records are delivered in parallel, so nothing is
// appended to it, and the local runtime may run this function beside the others.
const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'sieve', logFormatter: new CompactLogFormatter() });
const processor = new BatchProcessor(EventType.SQS);

const ports = {
  endpointsOf: async (siteId: string) => (await store.endpoints(siteId)).endpoints,
  post: fetchPost,
  recordAttempt: store.recordAttempt.bind(store),
};

class DeliveryFailedError extends Error {
  override name = 'DeliveryFailedError';
}

const deliverRecord = async (record: SQSRecord): Promise<void> => {
  const message = parseWebhookMessage(record.body);
  const attempt = Number(record.attributes.ApproximateReceiveCount) || 1;
  const where = { siteId: message.siteId, endpointId: message.endpointId, eventId: message.event.id, eventType: message.event.type, deliveryId: deliveryIdOf(message), attempt };
  const outcome = await deliverWebhook(message, { ...settings, attempt, now: () => new Date(), random: Math.random }, ports);
  switch (outcome.result) {
    case 'delivered':
      logger.info('Webhook delivered', { ...where, statusCode: outcome.statusCode, ms: outcome.ms });
      return;
    case 'skipped':
      logger.warn('Webhook not sent', { ...where, why: outcome.why });
      return;
    case 'retry':
      logger.warn('Webhook delivery failed; will retry', { ...where, error: outcome.attempt.error, ms: outcome.attempt.ms, retryInSeconds: outcome.delaySeconds });
      // A zero delay (tests only: the schedule scaled to 0) leaves the message to the queue's own visibility timeout.
      if (outcome.delaySeconds > 0) {
        await sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl: queueUrl, ReceiptHandle: record.receiptHandle, VisibilityTimeout: outcome.delaySeconds }));
      }
      throw new DeliveryFailedError(outcome.attempt.error);
    case 'dead':
      logger.error('Webhook delivery failed for the last time; moving it to the dead-letter queue (sieve webhooks redeliver)', { ...where, error: outcome.attempt.error });
      // The next receive, after the queue's visibility timeout, moves it to the dead-letter queue.
      throw new DeliveryFailedError(outcome.attempt.error);
  }
};

export const handler = middy<SQSEvent, SQSBatchResponse, Error, Context>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(async (event, context) =>
    processPartialResponse(
      event,
      async (record: SQSRecord) => {
        try {
          await deliverRecord(record);
        } catch (error) {
          if (!(error instanceof DeliveryFailedError)) logger.error('Webhook message could not be handled; it will be retried', { messageId: record.messageId, error: error as Error });
          throw error;
        }
      },
      processor,
      // Receivers are independent: one slow endpoint must not hold up the batch's others.
      { context, throwOnFullBatchFailure: false, processInParallel: true },
    ),
  );
