// Re-enabling a disabled site. Disabling ended every key of the site, and an ended key never
// comes back (its backend may have leaked it; that is often why a site is disabled), so the
// site gets a new key, returned once and stored only as a hash. Status first: should the key
// write fail, the site reads active with no working key, and `sites rotate-key` (which works
// on an active site) finishes the job.

import { formatApiKey, hashApiKey, keyHint } from '../sites/api-keys.ts';
import type { ApiKeyRecord, Site } from '../store/sites.ts';
import { AdminError, noSuchSite } from './errors.ts';
import { keysStillListed } from './key-rotation.ts';
import type { SiteAdminPorts } from './site-admin.ts';

export interface Enabled {
  site: Site;
  apiKey: string;
  hint: string;
}

export const enableSite = async (input: { siteId: string; now: Date; keyBytes: Buffer }, ports: SiteAdminPorts): Promise<Enabled> => {
  const site = await ports.getSite(input.siteId);
  if (!site) throw noSuchSite(input.siteId);
  if (site.status === 'active') {
    throw new AdminError(`site "${input.siteId}" is already active (for a new key: sieve sites rotate-key ${input.siteId})`);
  }
  await ports.setStatus(site.siteId, 'active');
  const current = await ports.keysOf(site);
  const apiKey = formatApiKey(input.keyBytes);
  const record: ApiKeyRecord = { keyHash: hashApiKey(apiKey), siteId: site.siteId, hint: keyHint(apiKey), createdAt: input.now.toISOString() };
  await ports.addKey(record);
  await ports.listKeys(site.siteId, [...keysStillListed(current, [], input.now), record.keyHash]);
  return { site: { ...site, status: 'active' }, apiKey, hint: record.hint };
};
