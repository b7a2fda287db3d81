import { tableConfig } from '../shared/config.ts';
import { parseAuthorActionRequest } from '../shared/review/review-request.ts';
import { setAuthorAction } from '../shared/review/set-author-action.ts';
import { AuthorActionStore } from '../shared/store/author-actions.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { CommentStore } from '../shared/store/comments.ts';
import { logger } from '../shared/observability/logger.ts';
import { apiHandler, callerModerator, type ModeratorEvent } from './middleware/api-handler.ts';

const { tableName } = tableConfig();
const doc = createDocumentClient();
const comments = new CommentStore(doc, tableName);
const actions = new AuthorActionStore(doc, tableName);

export const handler = apiHandler<ModeratorEvent>(
  async (event) => {
    const moderator = callerModerator(event);
    const request = parseAuthorActionRequest(event.body);
    const commentId = event.pathParameters?.id ?? '';
    const action = await setAuthorAction(
      { moderator, commentId, action: request.action, now: new Date(), ...(request.expiresInDays ? { expiresInDays: request.expiresInDays } : {}), ...(request.note ? { note: request.note } : {}) },
      { getComment: (id) => comments.get(id), put: (s, k, a) => actions.put(s, k, a), remove: (s, k) => actions.remove(s, k) },
    );
    // Never the author key: it may be an e-mail's hash, personal data all the same.
    logger.info('Moderator set an author action', { commentId, action: request.action, moderator: moderator.sub });
    return { statusCode: 200, body: { authorAction: action } };
  },
  { jsonBody: true },
);
