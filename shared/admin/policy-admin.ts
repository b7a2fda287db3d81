// Setting a site's policy: check the document as the worker will read it, store it as a
// new immutable version, then point the site at it. Earlier versions stay, so going back
// is `policy set` of an old document (or pointing at an old version).

import { DEFAULT_POLICY, policyWithOverrides, type Policy } from '../engine/index.ts';
import type { PolicyVersion } from '../store/policies.ts';
import type { Site } from '../store/sites.ts';
import { AdminError, noSuchSite } from './errors.ts';
import { checkPolicyDocument, versionedDocument } from './policy-document.ts';
import { byVersionOrder, nextPolicyVersion } from './policy-versions.ts';

export interface PolicyAdminPorts {
  getSite(siteId: string): Promise<Site | undefined>;
  listVersions(siteId: string): Promise<Array<Omit<PolicyVersion, 'document'>>>;
  getVersion(siteId: string, version: string): Promise<PolicyVersion | undefined>;
  /** False when the version id is taken (another operator got there first). */
  putVersion(siteId: string, record: PolicyVersion): Promise<boolean>;
  setCurrentVersion(siteId: string, version: string): Promise<void>;
}

export interface SetPolicyResult {
  site: Site;
  version: string;
  previous?: string;
  policy: Policy;
}

export const setSitePolicy = async (
  input: { siteId: string; document: unknown; now: Date },
  ports: PolicyAdminPorts,
): Promise<SetPolicyResult> => {
  // Checked before anything is read or written: a bad file never reaches the table.
  const { overrides } = checkPolicyDocument(input.document);
  const site = await ports.getSite(input.siteId);
  if (!site) throw noSuchSite(input.siteId);
  const createdAt = input.now.toISOString();
  // Two operators setting at once both compute the same next id; the loser takes the one after.
  for (let attempt = 0; attempt < 5; attempt++) {
    const version = nextPolicyVersion((await ports.listVersions(site.siteId)).map((v) => v.version));
    const document = versionedDocument(overrides, version);
    if (await ports.putVersion(site.siteId, { version, createdAt, document })) {
      await ports.setCurrentVersion(site.siteId, version);
      return { site, version, ...(site.policyVersion ? { previous: site.policyVersion } : {}), policy: policyWithOverrides(document) };
    }
  }
  throw new AdminError(`could not store a new policy version for site "${site.siteId}": others kept taking the next id; try again`);
};

export interface SitePolicyView {
  site: Site;
  /** The version the site uses; undefined means the default policy. */
  current?: string;
  versions: Array<Omit<PolicyVersion, 'document'> & { current: boolean }>;
}

/** A site's policy pointer and its stored versions, oldest first. */
export const sitePolicyView = async (siteId: string, ports: PolicyAdminPorts): Promise<SitePolicyView> => {
  const site = await ports.getSite(siteId);
  if (!site) throw noSuchSite(siteId);
  const versions = (await ports.listVersions(siteId)).sort((a, b) => byVersionOrder(a.version, b.version));
  return {
    site,
    ...(site.policyVersion ? { current: site.policyVersion } : {}),
    versions: versions.map((v) => ({ ...v, current: v.version === site.policyVersion })),
  };
};

export type EffectivePolicy =
  | { ok: true; version: string; document: unknown; policy: Policy }
  | { ok: false; version: string; document: unknown; problem: string };

/**
 * What the worker would run for a site: the default without a pointer, else the stored
 * document merged over it. A missing or invalid document is reported, not thrown, so an
 * operator can still inspect and replace it.
 */
export const effectivePolicy = async (site: Site, ports: Pick<PolicyAdminPorts, 'getVersion'>, version = site.policyVersion): Promise<EffectivePolicy> => {
  if (!version) return { ok: true, version: DEFAULT_POLICY.version, document: {}, policy: DEFAULT_POLICY };
  const stored = await ports.getVersion(site.siteId, version);
  if (!stored) return { ok: false, version, document: undefined, problem: `policy ${version} of site "${site.siteId}" is not stored` };
  try {
    return { ok: true, version, document: stored.document, policy: policyWithOverrides(stored.document) };
  } catch (error) {
    return { ok: false, version, document: stored.document, problem: `policy ${version} of site "${site.siteId}" is invalid: ${(error as Error).message}` };
  }
};
