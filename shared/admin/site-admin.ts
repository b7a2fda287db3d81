// Rotating a site's key and disabling a site. The plain key is returned once and stored
// only as a hash, like at creation (shared/sites/create-site.ts). There are no multi-item
// transactions (see DESIGN.md), so the steps are ordered to fail safe: the new key is
// stored and listed on the site before any old key is given an end, and a rerun after a
// failure finishes the job.

import { formatApiKey, hashApiKey, keyHint } from '../sites/api-keys.ts';
import type { ApiKeyRecord, Site } from '../store/sites.ts';
import { AdminError, noSuchSite } from './errors.ts';
import { expiriesAfter, keysStillListed, type KeyExpiry } from './key-rotation.ts';

export interface SiteAdminPorts {
  getSite(siteId: string): Promise<Site | undefined>;
  keysOf(site: Site): Promise<ApiKeyRecord[]>;
  addKey(record: ApiKeyRecord): Promise<void>;
  listKeys(siteId: string, keyHashes: string[]): Promise<void>;
  expireKey(expiry: KeyExpiry): Promise<void>;
  setStatus(siteId: string, status: Site['status']): Promise<void>;
}

export interface EndedKey {
  hint: string;
  expiresAt: string;
}

export interface Rotation {
  site: Site;
  apiKey: string;
  hint: string;
  /** The keys that were in use and when each stops working. */
  ending: EndedKey[];
}

const hintsOf = (records: ApiKeyRecord[], expiries: KeyExpiry[]): EndedKey[] => {
  const byHash = new Map(records.map((r) => [r.keyHash, r]));
  return expiries.map((e) => ({ hint: byHash.get(e.keyHash)?.hint ?? '?', expiresAt: e.expiresAt }));
};

/** The longest an old key may keep working after a rotation: a year covers any switch-over. */
export const MAX_GRACE_MS = 365 * 86_400_000;

export const rotateSiteKey = async (
  input: { siteId: string; now: Date; graceMs: number; keyBytes: Buffer },
  ports: SiteAdminPorts,
): Promise<Rotation> => {
  const site = await ports.getSite(input.siteId);
  if (!site) throw noSuchSite(input.siteId);
  // A new key would let a disabled site's backend post again; re-enabling is a decision of its own.
  if (site.status === 'disabled') throw new AdminError(`site "${input.siteId}" is disabled; its keys cannot be rotated`);
  // Everything is computed before the first write: a grace that names no time (too long, not a
  // number) once left a new key stored and the old ones never ending.
  if (!Number.isFinite(input.graceMs) || input.graceMs < 0 || input.graceMs > MAX_GRACE_MS) {
    throw new AdminError(`a grace period must be from 0 to ${MAX_GRACE_MS / 86_400_000} days; nothing was changed`);
  }
  const current = await ports.keysOf(site);
  const createdAt = input.now.toISOString();
  const apiKey = formatApiKey(input.keyBytes);
  const record: ApiKeyRecord = { keyHash: hashApiKey(apiKey), siteId: site.siteId, hint: keyHint(apiKey), createdAt };
  const expiries = expiriesAfter(current, input.now, input.graceMs);
  await ports.addKey(record);
  await ports.listKeys(site.siteId, [...keysStillListed(current, expiries, input.now), record.keyHash]);
  for (const expiry of expiries) await ports.expireKey(expiry);
  return { site, apiKey, hint: record.hint, ending: hintsOf(current, expiries) };
};

export const disableSite = async (
  input: { siteId: string; now: Date },
  ports: SiteAdminPorts,
): Promise<{ site: Site; ended: EndedKey[] }> => {
  const site = await ports.getSite(input.siteId);
  if (!site) throw noSuchSite(input.siteId);
  // Status first: should ending the keys fail halfway, the site already reads as disabled
  // and a rerun ends the rest.
  await ports.setStatus(site.siteId, 'disabled');
  const current = await ports.keysOf(site);
  const expiries = expiriesAfter(current, input.now, 0);
  for (const expiry of expiries) await ports.expireKey(expiry);
  await ports.listKeys(site.siteId, keysStillListed(current, expiries, input.now));
  return { site: { ...site, status: 'disabled' }, ended: hintsOf(current, expiries) };
};
