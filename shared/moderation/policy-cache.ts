import { DEFAULT_POLICY, policyWithOverrides, type Policy } from '../engine/index.ts';

// A warm worker handles many batches; reading the site's policy pointers once a minute
// keeps a policy change (set, promote, rollback, reset) visible within a minute at one read
// per site per minute. A policy version is immutable once stored, so its parsed form is
// cached for good.
//
// The version in use must be readable: a missing or invalid one fails the message, which is
// retried and then dead-lettered where an operator sees it. A version in shadow only watches:
// one that cannot be read is dropped (the caller is told, once per pointer read) and the site
// is decided as if none were in shadow.

export interface PolicySource {
  /** The versions the site's pointers name: absent active means the default policy. */
  pointers(siteId: string): Promise<{ active?: string; shadow?: string } | undefined>;
  document(siteId: string, version: string): Promise<unknown>;
}

/** The policies a site's comments are decided with: the one in use, and the one in shadow if any. */
export interface SitePolicies {
  active: Policy;
  shadow?: Policy;
}

export interface PolicyCacheOptions {
  ttlMs?: number;
  /** Told when the shadow version cannot be used, with why. */
  onShadowRefused?(siteId: string, version: string, error: Error): void;
}

export const createPolicyCache = (source: PolicySource, { ttlMs = 60_000, onShadowRefused }: PolicyCacheOptions = {}) => {
  const pointers = new Map<string, { active?: string; shadow?: string; shadowRefused?: boolean; readAt: number }>();
  const parsed = new Map<string, Policy>();

  const load = async (siteId: string, version: string): Promise<Policy> => {
    const cacheKey = `${siteId}#${version}`;
    let policy = parsed.get(cacheKey);
    if (!policy) {
      policy = policyWithOverrides(await source.document(siteId, version));
      parsed.set(cacheKey, policy);
    }
    return policy;
  };

  return async (siteId: string, now: number): Promise<SitePolicies> => {
    let pointer = pointers.get(siteId);
    if (!pointer || now - pointer.readAt >= ttlMs) {
      pointer = { ...(await source.pointers(siteId)), readAt: now };
      pointers.set(siteId, pointer);
    }
    let active = DEFAULT_POLICY;
    if (pointer.active) {
      try {
        active = await load(siteId, pointer.active);
      } catch (error) {
        // Forget the pointers too: once an operator fixes the policy, the next message (or a
        // DLQ redrive) should see the fix at once, not after the pointers' TTL.
        pointers.delete(siteId);
        throw error;
      }
    }
    if (!pointer.shadow || pointer.shadowRefused) return { active };
    try {
      return { active, shadow: await load(siteId, pointer.shadow) };
    } catch (error) {
      pointer.shadowRefused = true;
      onShadowRefused?.(siteId, pointer.shadow, error as Error);
      return { active };
    }
  };
};
