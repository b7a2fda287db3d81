import { publicCommentView } from '../shared/comments/comment.ts';
import { parseListingRequest } from '../shared/comments/listing-query.ts';
import { tableConfig } from '../shared/config.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { CommentStore } from '../shared/store/comments.ts';
import { apiHandler, callerSite } from './middleware/api-handler.ts';

const { tableName } = tableConfig();
const comments = new CommentStore(createDocumentClient(), tableName);

export const handler = apiHandler(async (event) => {
  const siteId = callerSite(event);
  const { postId, limit, cursor } = parseListingRequest(event.pathParameters?.postId, event.queryStringParameters);
  const page = await comments.listApproved(siteId, postId, { limit, ...(cursor ? { cursor } : {}) });
  return {
    statusCode: 200,
    body: { postId, items: page.items.map(publicCommentView), nextCursor: page.nextCursor ?? null },
  };
});
