import { DEFAULT_POLICY, policyWithOverrides, type Policy } from '../engine/index.ts';

// A warm worker handles many batches; reading the site's policy pointer once a minute
// keeps a policy change visible within a minute at one read per site per minute.
// A policy version is immutable once stored, so its parsed form is cached for good.

export interface PolicySource {
  currentVersion(siteId: string): Promise<string | undefined>;
  document(siteId: string, version: string): Promise<unknown>;
}

export const createPolicyCache = (source: PolicySource, ttlMs = 60_000) => {
  const pointers = new Map<string, { version: string | undefined; readAt: number }>();
  const parsed = new Map<string, Policy>();

  return async (siteId: string, now: number): Promise<Policy> => {
    let pointer = pointers.get(siteId);
    if (!pointer || now - pointer.readAt >= ttlMs) {
      pointer = { version: await source.currentVersion(siteId), readAt: now };
      pointers.set(siteId, pointer);
    }
    if (!pointer.version) return DEFAULT_POLICY;
    const cacheKey = `${siteId}#${pointer.version}`;
    let policy = parsed.get(cacheKey);
    if (!policy) {
      try {
        policy = policyWithOverrides(await source.document(siteId, pointer.version));
      } catch (error) {
        // Forget the pointer too: once an operator fixes the policy, the next message (or a
        // DLQ redrive) should see the fix at once, not after the pointer's TTL.
        pointers.delete(siteId);
        throw error;
      }
      parsed.set(cacheKey, policy);
    }
    return policy;
  };
};
