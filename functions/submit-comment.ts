import { randomBytes } from 'node:crypto';
import { hashClientIp } from '../shared/comments/client-ip.ts';
import { admitSubmission } from '../shared/comments/intake-limit.ts';
import { submitComment } from '../shared/comments/submit-comment.ts';
import { intakeLimitConfig, moderationQueueConfig, tableConfig } from '../shared/config.ts';
import { createSqsClient } from '../shared/queue/client.ts';
import { ModerationQueue } from '../shared/queue/moderation-queue.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { CommentStore } from '../shared/store/comments.ts';
import { IntakeCounterStore } from '../shared/store/intake-counter.ts';
import { IpSaltStore } from '../shared/store/ip-salt.ts';
import { logger } from '../shared/observability/logger.ts';
import { recordCommentReceived } from '../shared/observability/metrics.ts';
import { apiHandler, callerSite, correlationIdOf } from './middleware/api-handler.ts';

const { tableName } = tableConfig();
const { queueUrl } = moderationQueueConfig();
const { perMinute } = intakeLimitConfig();
const doc = createDocumentClient();
const comments = new CommentStore(doc, tableName);
const counters = new IntakeCounterStore(doc, tableName);
const saltStore = new IpSaltStore(doc, tableName);
const queue = new ModerationQueue(createSqsClient(), queueUrl);

// Read on the first submission that carries an IP, then kept for the life of the instance.
let salt: Promise<Buffer> | undefined;
const ipSalt = (): Promise<Buffer> => {
  salt ??= saltStore.salt(() => randomBytes(32)).catch((error: unknown) => {
    salt = undefined;
    throw error;
  });
  return salt;
};

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
      {
        admit: (site, now) => admitSubmission({ siteId: site, now: now.getTime(), perMinute }, (s, w, ms) => counters.increment(s, w, ms)),
        create: (c) => comments.create(c),
        get: (id) => comments.get(id),
        hashIp: async (site, ip) => hashClientIp(await ipSalt(), site, ip),
        enqueue: (m) => queue.send(m),
      },
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
