import { randomBytes } from 'node:crypto';
import { submitComment } from '../shared/comments/submit-comment.ts';
import { moderationQueueConfig, tableConfig } from '../shared/config.ts';
import { createSqsClient } from '../shared/queue/client.ts';
import { ModerationQueue } from '../shared/queue/moderation-queue.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { CommentStore } from '../shared/store/comments.ts';
import { logger } from '../shared/observability/logger.ts';
import { recordCommentReceived } from '../shared/observability/metrics.ts';
import { apiHandler, callerSite, correlationIdOf } from './middleware/api-handler.ts';

const { tableName } = tableConfig();
const { queueUrl } = moderationQueueConfig();
const comments = new CommentStore(createDocumentClient(), tableName);
const queue = new ModerationQueue(createSqsClient(), queueUrl);

export const handler = apiHandler(
  async (event) => {
    const siteId = callerSite(event);
    const correlationId = correlationIdOf(event);
    logger.appendKeys({ correlationId, siteId });
    const { comment, replayed } = await submitComment(
      {
        siteId,
        body: event.body,
        idempotencyKey: event.headers['idempotency-key'],
        now: new Date(),
        randomBytes: randomBytes(16),
        correlationId,
      },
      { create: (c) => comments.create(c), get: (id) => comments.get(id), enqueue: (m) => queue.send(m) },
    );
    recordCommentReceived(replayed);
    logger.info('Comment accepted', { commentId: comment.id, ...(replayed ? { replayed } : {}) });
    return {
      statusCode: 202,
      headers: { location: `/v1/comments/${comment.id}`, ...(replayed ? { 'idempotent-replayed': 'true' } : {}) },
      body: { id: comment.id, status: comment.status },
    };
  },
  { jsonBody: true, metrics: true },
);
