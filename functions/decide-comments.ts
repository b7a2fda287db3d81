import { tableConfig } from '../shared/config.ts';
import { moderatedEventPort } from '../shared/webhooks/table-publisher.ts';
import { decideMany, decidePortsOf } from '../shared/review/decide.ts';
import { parseBulkDecisionRequest } from '../shared/review/review-request.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { CommentStore } from '../shared/store/comments.ts';
import { ReviewStore } from '../shared/store/review.ts';
import { logger } from '../shared/observability/logger.ts';
import { recordModeratorDecision } from '../shared/observability/metrics.ts';
import { apiHandler, callerModerator, type ModeratorEvent } from './middleware/api-handler.ts';

const { tableName } = tableConfig();
const doc = createDocumentClient();
const comments = new CommentStore(doc, tableName);
const review = new ReviewStore(doc, tableName);
const publish = moderatedEventPort(doc, tableName, logger);

export const handler = apiHandler<ModeratorEvent>(
  async (event) => {
    const moderator = callerModerator(event);
    const request = parseBulkDecisionRequest(event.body);
    const results = await decideMany(
      { moderator, action: request.action, items: request.items, now: new Date(), ...(request.reason ? { reason: request.reason } : {}), ...(request.note ? { note: request.note } : {}) },
      decidePortsOf(comments, review, publish),
    );
    for (const r of results) if (r.ok) recordModeratorDecision(request.action);
    logger.info('Moderator decided in bulk', { moderator: moderator.sub, decided: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length });
    return { statusCode: 200, body: { results } };
  },
  { jsonBody: true, metrics: true },
);
