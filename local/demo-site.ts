import { createSite } from '../shared/sites/create-site.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { SiteStore } from '../shared/store/sites.ts';
import { newKeyBytes } from './stack.ts';

export const DEMO_SITE_ID = 'demo';

/** Creates the demo site on first start; returns its key then, and never again. */
export const ensureDemoSite = async (tableName: string): Promise<string | undefined> => {
  const sites = new SiteStore(createDocumentClient(), tableName);
  if (await sites.getSite(DEMO_SITE_ID)) return undefined;
  const { apiKey } = await createSite({ siteId: DEMO_SITE_ID, name: 'Demo blog', now: new Date(), keyBytes: newKeyBytes() }, sites);
  return apiKey;
};
