import { describe, expect, it } from 'vitest';
import { promotePolicy, resetPolicy, rollbackPolicy, setSitePolicy, sitePolicyView, type PolicyAdminPorts } from '../../shared/admin/policy-admin.ts';
import { NO_POLICIES, policyPromoted, policyReset, policyRolledBack, policyStored, PolicyVersionError, type PolicyPointers } from '../../shared/admin/policy-pointers.ts';
import { HISTORY_KEPT } from '../../shared/admin/version-pointers.ts';
import { DEFAULT_POLICY } from '../../shared/engine/index.ts';
import type { PolicyVersion } from '../../shared/store/policies.ts';

// How a site's policy pointers move (pure, as the store applies them on the revision it read),
// and the admin operations over them: set in use or in shadow, an unchanged set that stores
// nothing, promote, rollback and reset to the embedded default.

const NOW = new Date('2026-03-01T12:00:00.000Z');

describe('policy pointers', () => {
  it('puts a new version in use and remembers the one it replaced; a shadow version waits beside it', () => {
    const first = policyStored(NO_POLICIES, 'v1', 'active');
    const second = policyStored(first, 'v2', 'active');
    const watched = policyStored(second, 'v3', 'shadow');

    expect(first).toEqual({ active: 'v1', history: [], revision: 1 });
    expect(second).toEqual({ active: 'v2', history: ['v1'], revision: 2 });
    expect(watched).toEqual({ active: 'v2', shadow: 'v3', history: ['v1'], revision: 3 });
    expect(() => policyStored(watched, 'v2', 'shadow')).toThrow(/v2 is the active policy version/);
  });

  it('promotes the shadow version, rolls back one version at a time, and refuses when nothing is earlier', () => {
    const watched = policyStored(policyStored(NO_POLICIES, 'v1', 'active'), 'v2', 'shadow');

    const promoted = policyPromoted(watched);
    const back = policyRolledBack(promoted);

    expect(promoted).toMatchObject({ active: 'v2', history: ['v1'] });
    expect(promoted.shadow).toBeUndefined();
    expect(back).toMatchObject({ active: 'v1', history: [] });
    expect(() => policyPromoted(back)).toThrow(PolicyVersionError);
    expect(() => policyPromoted(back)).toThrow(/no policy version is in shadow \(v1 is active\)/);
    expect(() => policyRolledBack(back)).toThrow(/v1 is the first.*sieve policy reset/);
  });

  it('resets to the default policy, which rollback undoes; a shadow version stays', () => {
    const watched = policyStored(policyStored(NO_POLICIES, 'v1', 'active'), 'v2', 'shadow');

    const reset = policyReset(watched);
    const back = policyRolledBack(reset);

    expect(reset).toEqual({ shadow: 'v2', history: ['v1'], revision: 3 });
    expect(back).toMatchObject({ active: 'v1', shadow: 'v2', history: [] });
    expect(() => policyReset(reset)).toThrow(/already uses the default policy/);
  });

  it('rolls back to a named version, taking it out of shadow if it was there, and keeps a bounded history', () => {
    let p: PolicyPointers = NO_POLICIES;
    for (let i = 1; i <= HISTORY_KEPT + 3; i++) p = policyStored(p, `v${i}`, 'active');
    p = policyStored(p, 'v4', 'shadow');

    const back = policyRolledBack(p, 'v4');

    expect(p.history).toHaveLength(HISTORY_KEPT);
    expect(back.active).toBe('v4');
    expect(back.shadow).toBeUndefined();
    expect(back.history).not.toContain('v4');
    expect(() => policyRolledBack(back, 'v4')).toThrow(/v4 is already the active version/);
  });
});

/** Ports over maps, as the store keeps them: versions by id, the pointers with a revision. */
const memoryPorts = (siteIds: string[]) => {
  const versions = new Map<string, PolicyVersion>();
  const pointers = new Map(siteIds.map((id) => [id, NO_POLICIES]));
  const ports: PolicyAdminPorts = {
    getSite: async (siteId) => (pointers.has(siteId) ? { siteId, name: siteId, status: 'active', createdAt: NOW.toISOString(), ...(pointers.get(siteId)!.active ? { policyVersion: pointers.get(siteId)!.active } : {}) } : undefined),
    listVersions: async (siteId) => [...versions.keys()].filter((k) => k.startsWith(`${siteId}#`)).map((k) => ({ version: versions.get(k)!.version, createdAt: versions.get(k)!.createdAt })),
    getVersion: async (siteId, version) => versions.get(`${siteId}#${version}`),
    putVersion: async (siteId, record) => {
      if (versions.has(`${siteId}#${record.version}`)) return false;
      versions.set(`${siteId}#${record.version}`, record);
      return true;
    },
    pointers: async (siteId) => pointers.get(siteId),
    updatePointers: async (siteId, change) => {
      const next = change(pointers.get(siteId)!);
      pointers.set(siteId, next);
      return next;
    },
  };
  return { ports, versions };
};

describe('policy admin', () => {
  const LINKS_ZERO = { links: { max: 0 } };

  it('stores nothing for a set that gives the policy in use, and says which version stays', async () => {
    const { ports, versions } = memoryPorts(['s']);

    const defaultAgain = await setSitePolicy({ siteId: 's', document: {}, now: NOW }, ports);
    const first = await setSitePolicy({ siteId: 's', document: LINKS_ZERO, now: NOW }, ports);
    // The same policy, spelt differently (a value the default already has, and the file's own version): still unchanged.
    const again = await setSitePolicy({ siteId: 's', document: { ...LINKS_ZERO, version: 'mine', thresholds: DEFAULT_POLICY.thresholds }, now: NOW }, ports);

    expect(defaultAgain).toMatchObject({ unchanged: true, version: DEFAULT_POLICY.version });
    expect(first).toMatchObject({ unchanged: false, version: 'v1', as: 'active' });
    expect(again).toMatchObject({ unchanged: true, version: 'v1' });
    expect([...versions.keys()]).toEqual(['s#v1']);
  });

  it('puts a version in shadow, refuses a shadow of the policy in use, and promotes, rolls back and resets', async () => {
    const { ports } = memoryPorts(['s']);
    await setSitePolicy({ siteId: 's', document: LINKS_ZERO, now: NOW }, ports);

    const shadow = await setSitePolicy({ siteId: 's', document: { links: { max: 5 } }, now: NOW, as: 'shadow' }, ports);
    const sameShadow = await setSitePolicy({ siteId: 's', document: { links: { max: 5 } }, now: NOW, as: 'shadow' }, ports);
    const refused = setSitePolicy({ siteId: 's', document: LINKS_ZERO, now: NOW, as: 'shadow' }, ports);
    const viewed = await sitePolicyView('s', ports);
    const promoted = await promotePolicy('s', ports);
    const rolledBack = await rollbackPolicy('s', undefined, ports);
    const reset = await resetPolicy('s', ports);
    const toNamed = await rollbackPolicy('s', 'v2', ports);

    expect(shadow).toMatchObject({ version: 'v2', as: 'shadow', unchanged: false });
    expect(sameShadow).toMatchObject({ version: 'v2', unchanged: true });
    await expect(refused).rejects.toThrow(/gives the policy in use, v1: in shadow it would change no decision/);
    expect(viewed).toMatchObject({ current: 'v1', shadow: 'v2', versions: [{ version: 'v1', current: true, shadow: false }, { version: 'v2', current: false, shadow: true }] });
    expect(promoted).toMatchObject({ from: 'v1', to: 'v2' });
    expect(rolledBack).toMatchObject({ from: 'v2', to: 'v1' });
    expect(reset).toMatchObject({ from: 'v1', pointers: { history: ['v1'] } });
    expect(reset.to).toBeUndefined();
    expect(toNamed).toMatchObject({ to: 'v2' });
    await expect(rollbackPolicy('s', 'v9', ports)).rejects.toThrow(/policy v9 of site "s" is not stored/);
    await expect(rollbackPolicy('s', 'default', ports)).rejects.toThrow(/not a policy version.*sieve policy reset/);
    await expect(promotePolicy('nope', ports)).rejects.toThrow(/no site "nope"/);
  });
});
