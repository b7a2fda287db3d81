import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { tableConfig } from '../shared/config.ts';
import { moderateComment } from '../shared/moderation/moderate-comment.ts';
import { createPolicyCache } from '../shared/moderation/policy-cache.ts';
import { logger } from '../shared/observability/logger.ts';
import { parseModerationMessage } from '../shared/queue/moderation-message.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { CommentStore } from '../shared/store/comments.ts';
import { DynamoContextSource } from '../shared/store/context.ts';
import { PolicyStore } from '../shared/store/policies.ts';

const { tableName } = tableConfig();
const doc = createDocumentClient();
const comments = new CommentStore(doc, tableName);
const policyFor = createPolicyCache(new PolicyStore(doc, tableName));
const processor = new BatchProcessor(EventType.SQS);

// Each record succeeds or fails alone: a failure is reported in batchItemFailures, so SQS
// redelivers only that message (and moves it to the DLQ after maxReceiveCount).
const moderateRecord = async (record: SQSRecord): Promise<void> => {
  const message = parseModerationMessage(record.body);
  const outcome = await moderateComment(
    message,
    {
      getComment: (id) => comments.get(id),
      recordDecision: (c, d, at) => comments.recordDecision(c, { ...d, by: 'engine' }, at),
      policyFor,
      contextFor: (comment) => new DynamoContextSource(doc, tableName, comment.siteId, comment.id),
    },
    new Date(),
  );
  logger.info(outcome.result === 'decided' ? 'Comment decided' : 'Comment already decided; message ignored', {
    commentId: message.commentId,
    siteId: message.siteId,
    correlationId: message.correlationId,
    ...(outcome.result === 'decided'
      ? { outcome: outcome.decision.outcome, rules: outcome.decision.reasons.map((r) => r.rule), policyVersion: outcome.decision.policyVersion }
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
  .handler((event, context) =>
    processPartialResponse(event, async (record: SQSRecord) => {
      try {
        await moderateRecord(record);
      } catch (error) {
        onRecordError(record, error);
        throw error;
      }
    }, processor, { context, throwOnFullBatchFailure: false }),
  );
