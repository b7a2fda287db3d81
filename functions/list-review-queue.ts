import { hashClientIp } from '../shared/comments/client-ip.ts';
import { tableConfig } from '../shared/config.ts';
import { requireSite } from '../shared/review/moderator.ts';
import { parseQueueQuery } from '../shared/review/review-request.ts';
import { reviewItemView } from '../shared/review/review-view.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { IpSaltStore } from '../shared/store/ip-salt.ts';
import { ReviewStore } from '../shared/store/review.ts';
import { apiHandler, callerModerator, type ModeratorEvent } from './middleware/api-handler.ts';

const { tableName } = tableConfig();
const doc = createDocumentClient();
const review = new ReviewStore(doc, tableName);
const salts = new IpSaltStore(doc, tableName);

export const handler = apiHandler<ModeratorEvent>(async (event) => {
  const moderator = callerModerator(event);
  const siteId = event.pathParameters?.siteId ?? '';
  requireSite(moderator, siteId);
  const { ip, ...query } = parseQueueQuery(event.queryStringParameters);
  // A search by IP compares the key intake stored; with no salt yet, no comment has one ("ip_" never matches).
  const salt = ip ? await salts.current() : undefined;
  const filters = ip ? { ...query, ipKey: salt ? hashClientIp(salt, siteId, ip) : 'ip_' } : query;
  const [page, { counts, atLeast }] = await Promise.all([review.listQueue(siteId, filters), review.countByStatus(siteId)]);
  return { statusCode: 200, body: { items: page.items.map(reviewItemView), nextCursor: page.nextCursor ?? null, counts, countsAtLeast: atLeast } };
});
