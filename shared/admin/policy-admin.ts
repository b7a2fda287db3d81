// Setting a site's policy: check the document as the worker will read it, store it as a
// new immutable version, then point the site at it, in use or in shadow (the worker also
// runs a shadow version and records what it would decide). Earlier versions stay; promote,
// rollback and reset move the pointers (policy-pointers.ts) between them.

import { DEFAULT_POLICY, policyWithOverrides, type Policy } from '../engine/index.ts';
import type { PolicyVersion } from '../store/policies.ts';
import type { Site } from '../store/sites.ts';
import { AdminError, noSuchSite } from './errors.ts';
import { diffPolicies } from './policy-diff.ts';
import { checkPolicyDocument, versionedDocument } from './policy-document.ts';
import { NO_POLICIES, policyPromoted, policyReset, policyRolledBack, policyStored, PolicyVersionError, type PolicyPointers } from './policy-pointers.ts';
import { byVersionOrder, nextPolicyVersion, versionNumber } from './policy-versions.ts';

export interface PolicyAdminPorts {
  getSite(siteId: string): Promise<Site | undefined>;
  listVersions(siteId: string): Promise<Array<Omit<PolicyVersion, 'document'>>>;
  getVersion(siteId: string, version: string): Promise<PolicyVersion | undefined>;
  /** False when the version id is taken (another operator got there first). */
  putVersion(siteId: string, record: PolicyVersion): Promise<boolean>;
  pointers(siteId: string): Promise<PolicyPointers | undefined>;
  /** Applies `change` to the pointers conditionally on the revision read; errors it throws pass through. */
  updatePointers(siteId: string, change: (pointers: PolicyPointers) => PolicyPointers): Promise<PolicyPointers>;
}

export interface SetPolicyResult {
  site: Site;
  /** The version stored, or, when the document changes nothing, the one that stays. */
  version: string;
  as: 'active' | 'shadow';
  /** The document gives the same policy as the version it would replace: nothing was stored. */
  unchanged: boolean;
  /** The version it replaces in its place (in use, or in shadow). */
  previous?: string;
  policy: Policy;
}

/** The policy a stored version gives, for comparison; undefined when it is missing or invalid (anything differs from it). */
const storedPolicy = async (siteId: string, version: string, ports: Pick<PolicyAdminPorts, 'getVersion'>): Promise<Policy | undefined> => {
  const stored = await ports.getVersion(siteId, version);
  try {
    return stored ? policyWithOverrides(stored.document) : undefined;
  } catch {
    return undefined;
  }
};

const samePolicy = (a: Policy | undefined, b: Policy): boolean => a !== undefined && diffPolicies(a, b).length === 0;

export const setSitePolicy = async (
  input: { siteId: string; document: unknown; now: Date; as?: 'active' | 'shadow' },
  ports: PolicyAdminPorts,
): Promise<SetPolicyResult> => {
  const as = input.as ?? 'active';
  // Checked before anything is read or written: a bad file never reaches the table.
  const { overrides } = checkPolicyDocument(input.document);
  const proposed = policyWithOverrides(overrides);
  const site = await ports.getSite(input.siteId);
  if (!site) throw noSuchSite(input.siteId);
  const pointers = (await ports.pointers(site.siteId)) ?? NO_POLICIES;
  const inUse = pointers.active === undefined ? DEFAULT_POLICY : await storedPolicy(site.siteId, pointers.active, ports);
  const inUseName = pointers.active ?? `the default policy (${DEFAULT_POLICY.version})`;
  const replaced = as === 'active' ? pointers.active : pointers.shadow;
  const replacedPolicy = as === 'active' ? inUse : replaced === undefined ? undefined : await storedPolicy(site.siteId, replaced, ports);
  if (samePolicy(replacedPolicy, proposed)) return { site, version: replaced ?? DEFAULT_POLICY.version, as, unchanged: true, policy: proposed };
  if (as === 'shadow' && samePolicy(inUse, proposed)) {
    throw new PolicyVersionError(`it gives the policy in use, ${inUseName}: in shadow it would change no decision`);
  }
  const createdAt = input.now.toISOString();
  // Two operators setting at once both compute the same next id; the loser takes the one after.
  for (let attempt = 0; attempt < 5; attempt++) {
    const version = nextPolicyVersion((await ports.listVersions(site.siteId)).map((v) => v.version));
    const document = versionedDocument(overrides, version);
    if (await ports.putVersion(site.siteId, { version, createdAt, document })) {
      await ports.updatePointers(site.siteId, (p) => policyStored(p, version, as));
      return { site, version, as, unchanged: false, ...(replaced ? { previous: replaced } : {}), policy: policyWithOverrides(document) };
    }
  }
  throw new AdminError(`could not store a new policy version for site "${site.siteId}": others kept taking the next id; try again`);
};

/** A move of the version in use: from one version (absent: the default policy) to another. */
export interface PolicyMove {
  siteId: string;
  from?: string;
  /** Absent: the default policy. */
  to?: string;
  pointers: PolicyPointers;
}

const move = async (siteId: string, ports: PolicyAdminPorts, change: (p: PolicyPointers) => PolicyPointers): Promise<PolicyMove> => {
  const before = await ports.pointers(siteId);
  if (!before) throw noSuchSite(siteId);
  const after = await ports.updatePointers(siteId, change);
  return { siteId, ...(before.active ? { from: before.active } : {}), ...(after.active ? { to: after.active } : {}), pointers: after };
};

/** The version in shadow decides from now on. */
export const promotePolicy = (siteId: string, ports: PolicyAdminPorts): Promise<PolicyMove> => move(siteId, ports, policyPromoted);

/** Back to the version in use before the current one (the default, if a reset came before), or to the stored version `to`. */
export const rollbackPolicy = async (siteId: string, to: string | undefined, ports: PolicyAdminPorts): Promise<PolicyMove> => {
  if (to !== undefined) {
    if (versionNumber(to) === undefined) throw new PolicyVersionError(`"${to}" is not a policy version (they are named v1, v2, ...; the default is reached with sieve policy reset)`);
    if (!(await ports.getSite(siteId))) throw noSuchSite(siteId);
    if (!(await ports.getVersion(siteId, to))) throw new PolicyVersionError(`policy ${to} of site "${siteId}" is not stored (see sieve policy get ${siteId})`);
  }
  return move(siteId, ports, (p) => policyRolledBack(p, to));
};

/** Back to the embedded default policy; rollback returns to the version left. */
export const resetPolicy = (siteId: string, ports: PolicyAdminPorts): Promise<PolicyMove> => move(siteId, ports, policyReset);

export interface SitePolicyView {
  site: Site;
  /** The version the site uses; undefined means the default policy. */
  current?: string;
  /** The version in shadow, if any. */
  shadow?: string;
  /** Versions in use before the current one, oldest first (rollback goes to the last). */
  history: string[];
  versions: Array<Omit<PolicyVersion, 'document'> & { current: boolean; shadow: boolean }>;
}

/** A site's policy pointers and its stored versions, oldest first. */
export const sitePolicyView = async (siteId: string, ports: PolicyAdminPorts): Promise<SitePolicyView> => {
  const site = await ports.getSite(siteId);
  const pointers = site ? await ports.pointers(siteId) : undefined;
  if (!site || !pointers) throw noSuchSite(siteId);
  const versions = (await ports.listVersions(siteId)).sort((a, b) => byVersionOrder(a.version, b.version));
  return {
    site,
    ...(pointers.active ? { current: pointers.active } : {}),
    ...(pointers.shadow ? { shadow: pointers.shadow } : {}),
    history: pointers.history,
    versions: versions.map((v) => ({ ...v, current: v.version === pointers.active, shadow: v.version === pointers.shadow })),
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
