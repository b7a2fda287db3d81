import { commentView } from '../shared/comments/comment.ts';
import { isCommentId } from '../shared/comments/ids.ts';
import { tableConfig } from '../shared/config.ts';
import { ApiError } from '../shared/http/errors.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { CommentStore } from '../shared/store/comments.ts';
import { apiHandler, callerSite } from './middleware/api-handler.ts';

const { tableName } = tableConfig();
const comments = new CommentStore(createDocumentClient(), tableName);

export const handler = apiHandler(async (event) => {
  const siteId = callerSite(event);
  const id = event.pathParameters?.id ?? '';
  const comment = isCommentId(id) ? await comments.get(id) : undefined;
  // Another site's comment is reported exactly like a missing one: ids reveal nothing.
  if (!comment || comment.siteId !== siteId) throw new ApiError(404, 'not_found', `No comment with id ${id}`);
  return { statusCode: 200, body: commentView(comment) };
});
