import { tableConfig } from '../shared/config.ts';
import { moderatedEventPort } from '../shared/webhooks/table-publisher.ts';
import { decideComment, decidePortsOf } from '../shared/review/decide.ts';
import { parseDecisionRequest } from '../shared/review/review-request.ts';
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

const decidePorts = decidePortsOf(comments, review, publish);

export const handler = apiHandler<ModeratorEvent>(
  async (event) => {
    const moderator = callerModerator(event);
    const request = parseDecisionRequest(event.body);
    const decided = await decideComment(
      {
        moderator,
        commentId: event.pathParameters?.id ?? '',
        action: request.action,
        revision: request.revision,
        now: new Date(),
        ...(request.reason ? { reason: request.reason } : {}),
        ...(request.note ? { note: request.note } : {}),
      },
      decidePorts,
    );
    recordModeratorDecision(request.action);
    logger.info('Moderator decided', { commentId: decided.id, status: decided.status, ...(request.reason ? { reason: request.reason } : {}), moderator: moderator.sub });
    return { statusCode: 200, body: decided };
  },
  { jsonBody: true, metrics: true },
);
