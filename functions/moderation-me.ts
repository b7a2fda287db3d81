import { tableConfig } from '../shared/config.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { SiteStore } from '../shared/store/sites.ts';
import { apiHandler, callerModerator, type ModeratorEvent } from './middleware/api-handler.ts';

const { tableName } = tableConfig();
const sites = new SiteStore(createDocumentClient(), tableName);

export const handler = apiHandler<ModeratorEvent>(async (event) => {
  const moderator = callerModerator(event);
  const siteIds = moderator.admin ? await sites.siteIds() : moderator.sites;
  return { statusCode: 200, body: { username: moderator.username, sites: [...new Set(siteIds)].sort(), admin: moderator.admin } };
});
