import { tableConfig } from '../shared/config.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { ReviewStore } from '../shared/store/review.ts';
import { apiHandler, callerModerator, type ModeratorEvent } from './middleware/api-handler.ts';

const { tableName } = tableConfig();
const review = new ReviewStore(createDocumentClient(), tableName);

export const handler = apiHandler<ModeratorEvent>(async (event) => {
  const moderator = callerModerator(event);
  const sites = moderator.admin ? await review.siteIds() : moderator.sites;
  return { statusCode: 200, body: { username: moderator.username, sites: [...new Set(sites)].sort(), admin: moderator.admin } };
});
