import { publicCommentView } from '../shared/comments/comment.ts';
import { parseListingRequest } from '../shared/comments/listing-query.ts';
import { publicOnly } from '../shared/comments/public-thread.ts';
import { tableConfig } from '../shared/config.ts';
import { conditionalJson, LISTING_CACHE_CONTROL } from '../shared/http/etag.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { CommentStore } from '../shared/store/comments.ts';
import { apiHandler, callerSite } from './middleware/api-handler.ts';

const { tableName } = tableConfig();
const comments = new CommentStore(createDocumentClient(), tableName);

export const handler = apiHandler(async (event) => {
  const siteId = callerSite(event);
  const { postId, limit, cursor, order } = parseListingRequest(event.pathParameters?.postId, event.queryStringParameters);
  const page = await comments.listApproved(siteId, postId, { limit, newestFirst: order === 'newest', ...(cursor ? { cursor } : {}) });
  const items = await publicOnly(page.items, (ids) => comments.getMany(ids));
  const body = { postId, items: items.map(publicCommentView), nextCursor: page.nextCursor ?? null };
  return conditionalJson(body, event.headers['if-none-match'], LISTING_CACHE_CONTROL);
});
