import { tableConfig } from '../shared/config.ts';
import { parseUndoRequest } from '../shared/review/review-request.ts';
import { undoMany, undoPortsOf } from '../shared/review/undo.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { CommentStore } from '../shared/store/comments.ts';
import { ReviewStore } from '../shared/store/review.ts';
import { logger } from '../shared/observability/logger.ts';
import { apiHandler, callerModerator, type ModeratorEvent } from './middleware/api-handler.ts';

const { tableName } = tableConfig();
const doc = createDocumentClient();
const undoPorts = undoPortsOf(new CommentStore(doc, tableName), new ReviewStore(doc, tableName));

export const handler = apiHandler<ModeratorEvent>(
  async (event) => {
    const moderator = callerModerator(event);
    const request = parseUndoRequest(event.body);
    const results = await undoMany({ moderator, items: request.items, now: new Date() }, undoPorts);
    logger.info('Moderator undid decisions', { moderator: moderator.sub, undone: results.filter((r) => r.ok).length, refused: results.filter((r) => !r.ok).length });
    return { statusCode: 200, body: { results } };
  },
  { jsonBody: true },
);
