import { z } from 'zod';
import { invalidInput } from '../errors.ts';
import type { ApiKeyRecord, Site } from '../store/sites.ts';
import { formatApiKey, hashApiKey, keyHint } from './api-keys.ts';

export const siteIdSchema = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes');

export interface SitePorts {
  createSite(site: Site): Promise<void>;
  addKey(record: ApiKeyRecord): Promise<void>;
}

/** Creates a site and its first key. The plain key is returned once and stored only as a hash. */
export const createSite = async (
  input: { siteId: string; name: string; now: Date; keyBytes: Buffer },
  ports: SitePorts,
): Promise<{ site: Site; apiKey: string }> => {
  const id = siteIdSchema.safeParse(input.siteId);
  if (!id.success) throw invalidInput('site id', id.error);
  const createdAt = input.now.toISOString();
  const apiKey = formatApiKey(input.keyBytes);
  const keyHash = hashApiKey(apiKey);
  // The site lists its key hashes so rotation and disabling can find its keys.
  const site: Site = { siteId: id.data, name: input.name, status: 'active', createdAt, keyHashes: [keyHash] };
  await ports.createSite(site);
  await ports.addKey({ keyHash, siteId: site.siteId, hint: keyHint(apiKey), createdAt });
  return { site, apiKey };
};
