import { createSite } from '../shared/sites/create-site.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { SiteStore } from '../shared/store/sites.ts';
import { randomBytes } from 'node:crypto';
import { generatePassword, PASSWORD_BYTES } from '../shared/admin/passwords.ts';
import type { ModeratorDirectory } from './issuer/moderator-directory.ts';
import { newKeyBytes } from './stack.ts';

export const DEMO_SITE_ID = 'demo';

/** Creates the demo site on first start; returns its key then, and never again. */
export const ensureDemoSite = async (tableName: string): Promise<string | undefined> => {
  const sites = new SiteStore(createDocumentClient(), tableName);
  if (await sites.getSite(DEMO_SITE_ID)) return undefined;
  const { apiKey } = await createSite({ siteId: DEMO_SITE_ID, name: 'Demo blog', now: new Date(), keyBytes: newKeyBytes() }, sites);
  return apiKey;
};

/**
 * Creates a first moderator of the demo site when there is none; returns its password once.
 * The password meets the rule `sieve moderators add` enforces (shared/admin/passwords.ts), so
 * an operator who copies it into a deployed pool is not refused.
 */
export const ensureDemoModerator = (directory: ModeratorDirectory): { username: string; password: string } | undefined => {
  if (directory.list().length > 0) return undefined;
  const password = generatePassword(randomBytes(PASSWORD_BYTES));
  directory.add({ username: 'moderator', password, sites: [DEMO_SITE_ID] });
  return { username: 'moderator', password };
};
