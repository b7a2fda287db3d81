import { tableConfig } from '../shared/config.ts';
import { requireSite } from '../shared/review/moderator.ts';
import { parseQueueQuery } from '../shared/review/review-request.ts';
import { reviewItemView } from '../shared/review/review-view.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { ReviewStore } from '../shared/store/review.ts';
import { apiHandler, callerModerator, type ModeratorEvent } from './middleware/api-handler.ts';

const { tableName } = tableConfig();
const review = new ReviewStore(createDocumentClient(), tableName);

export const handler = apiHandler<ModeratorEvent>(async (event) => {
  const moderator = callerModerator(event);
  const siteId = event.pathParameters?.siteId ?? '';
  requireSite(moderator, siteId);
  const query = parseQueueQuery(event.queryStringParameters);
  const [page, { counts, atLeast }] = await Promise.all([review.listQueue(siteId, query), review.countByStatus(siteId)]);
  return { statusCode: 200, body: { items: page.items.map(reviewItemView), nextCursor: page.nextCursor ?? null, counts, countsAtLeast: atLeast } };
});
