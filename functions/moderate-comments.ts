import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import { metrics, recordBatchFailures, recordDecisions, recordModelLoad, recordModelLoadFailure, type DecisionSample } from '../shared/observability/metrics.ts';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { siteCacheConfig, tableConfig } from '../shared/config.ts';
import { moderateComment } from '../shared/moderation/moderate-comment.ts';
import { createPolicyCache } from '../shared/moderation/policy-cache.ts';
import { createModelCache } from '../shared/models/model-cache.ts';
import { DEFAULT_LEARNING_MODE } from '../shared/models/versions.ts';
import { logger } from '../shared/observability/logger.ts';
import { parseModerationMessage } from '../shared/queue/moderation-message.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { AuthorActionStore } from '../shared/store/author-actions.ts';
import { CommentStore } from '../shared/store/comments.ts';
import { DynamoContextSource } from '../shared/store/context.ts';
import { ModelStore, StoredModelError } from '../shared/store/models.ts';
import { PolicyStore } from '../shared/store/policies.ts';
import { createSqsClient } from '../shared/queue/client.ts';
import { decidedEventOf, tableWebhookPublisher } from '../shared/webhooks/table-publisher.ts';

const { tableName } = tableConfig();
const { ttlMs } = siteCacheConfig();
const doc = createDocumentClient();
const comments = new CommentStore(doc, tableName);
const policiesFor = createPolicyCache(new PolicyStore(doc, tableName), {
  ttlMs,
  // A shadow version only watches: one that cannot be read is left out, never a failed message.
  onShadowRefused: (siteId, version, error) =>
    logger.error('Policy version in shadow cannot be read; deciding without it (sieve policy set --shadow or promote)', { siteId, policyVersion: version, error }),
});
const authorActions = new AuthorActionStore(doc, tableName);
const models = new ModelStore(doc, tableName);
const modelsFor = createModelCache(
  {
    pointers: async (siteId) => {
      const site = await models.siteModels(siteId);
      return { mode: site?.mode ?? DEFAULT_LEARNING_MODE, active: site?.pointers.active, shadow: site?.pointers.shadow };
    },
    documentText: async (siteId, version) => (await models.documentText(siteId, version)).text,
  },
  {
    ttlMs,
    isRefusal: (error) => error instanceof StoredModelError,
    // A bad model must never stop moderation: the site is decided with the rules alone (or
    // without its shadow), and the operator hears of it here and in the ModelLoadFailures metric.
    onRefused: (siteId, version, error) => {
      recordModelLoadFailure();
      logger.error('Stored model refused; deciding with the rules alone until it is replaced (sieve model rollback or train)', {
        siteId,
        modelVersion: version,
        error,
      });
    },
    onLoaded: (siteId, version, ms) => {
      recordModelLoad(ms);
      logger.info('Model loaded', { siteId, modelVersion: version, loadMs: Math.round(ms) });
    },
  },
);
const processor = new BatchProcessor(EventType.SQS);
const publishWebhookEvent = tableWebhookPublisher(doc, tableName, createSqsClient(), ttlMs);

// Each record succeeds or fails alone: a failure is reported in batchItemFailures, so SQS
// redelivers only that message (and moves it to the DLQ after maxReceiveCount).
const moderateRecord = async (record: SQSRecord, decided: DecisionSample[]): Promise<void> => {
  const message = parseModerationMessage(record.body);
  // The id the submission was given travels with the message: one search finds the request
  // and its decision.
  logger.appendKeys({ correlationId: message.correlationId, siteId: message.siteId });
  const now = new Date();
  const outcome = await moderateComment(
    message,
    {
      getComment: (id) => comments.get(id),
      recordDecision: (c, d, at, shadows) => comments.recordDecision(c, { ...d, by: 'engine' }, at, shadows),
      policiesFor,
      modelsFor,
      contextFor: (comment) => new DynamoContextSource(doc, tableName, comment.siteId, comment.id),
      authorActionFor: (siteId, key) => authorActions.get(siteId, key),
    },
    now,
  );
  // Queued, not delivered: the site's receivers are called by deliverWebhooks, off this path.
  const event = decidedEventOf(outcome, now);
  if (event) await publishWebhookEvent(event, now.getTime());
  if (outcome.result === 'decided') {
    decided.push({
      outcome: outcome.decision.outcome,
      categories: outcome.decision.reasons.map((r) => r.category),
      rules: outcome.decision.reasons.map((r) => r.rule),
      latencyMs: Date.now() - Date.parse(outcome.comment.createdAt),
    });
  }
  // The correlation id and site come from the keys appended above (removed after each record).
  logger.info(outcome.result === 'decided' ? 'Comment decided' : 'Comment already decided; message ignored', {
    commentId: message.commentId,
    ...(outcome.result === 'decided'
      ? {
          outcome: outcome.decision.outcome,
          rules: outcome.decision.reasons.map((r) => r.rule),
          policyVersion: outcome.decision.policyVersion,
          ...(outcome.decision.modelVersion ? { modelVersion: outcome.decision.modelVersion } : {}),
          ...(outcome.shadow ? { shadow: { modelVersion: outcome.shadow.modelVersion, outcome: outcome.shadow.outcome } } : {}),
          ...(outcome.policyShadow ? { policyShadow: { policyVersion: outcome.policyShadow.policyVersion, outcome: outcome.policyShadow.outcome } } : {}),
        }
      : { status: outcome.comment.status }),
  });
};

const onRecordError = (record: SQSRecord, error: unknown) =>
  logger.error('Moderation failed for a message; it will be retried', {
    messageId: record.messageId,
    receiveCount: record.attributes.ApproximateReceiveCount,
    error: error as Error,
  });

export const handler = middy<SQSEvent, SQSBatchResponse, Error, Context>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics))
  .handler(async (event, context) => {
    const decided: DecisionSample[] = [];
    const response = await processPartialResponse(
      event,
      async (record: SQSRecord) => {
        try {
          await moderateRecord(record, decided);
        } catch (error) {
          onRecordError(record, error);
          throw error;
        } finally {
          logger.removeKeys(['correlationId', 'siteId']);
        }
      },
      processor,
      // One record at a time: a batch often holds a burst from one author or many copies of
      // one text, and each comment's context must see the ones before it (a flood or a
      // duplicate campaign inside one batch would otherwise go unseen); the logger's
      // appended correlation id is also per record. The engine takes microseconds; the
      // cost is the records' DynamoDB round trips in series.
      { context, throwOnFullBatchFailure: false, processInParallel: false },
    );
    recordDecisions(decided);
    recordBatchFailures(response.batchItemFailures.length);
    return response;
  });
