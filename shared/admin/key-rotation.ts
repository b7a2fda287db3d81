// When a site's keys stop working. Rotation gives the keys in use a grace period so blog
// backends can switch over; disabling ends them now. An earlier end is never pushed back,
// so rotating twice cannot revive a key that was already on its way out.

export interface KeyLifetime {
  keyHash: string;
  /** ISO time after which the key stops working; absent while it has no end. */
  expiresAt?: string;
}

export interface KeyExpiry {
  keyHash: string;
  expiresAt: string;
}

/** The keys whose end moves to `now + graceMs` (those without an end, or ending later). */
export function expiriesAfter(keys: readonly KeyLifetime[], now: Date, graceMs: number): KeyExpiry[] {
  const end = now.getTime() + Math.max(0, graceMs);
  const expiresAt = new Date(end).toISOString();
  return keys.filter((k) => k.expiresAt === undefined || Date.parse(k.expiresAt) > end).map((k) => ({ keyHash: k.keyHash, expiresAt }));
}

/** Whether a key still works at `now`: the same rule the authorizer applies. */
export const keyWorksAt = (key: KeyLifetime, now: Date): boolean =>
  key.expiresAt === undefined || Date.parse(key.expiresAt) > now.getTime();

/**
 * The key hashes a site keeps listing after a change: keys that still work at `now`, after
 * applying `expiries`. Ended keys drop out so the list on the site item stays short.
 */
export function keysStillListed(keys: readonly KeyLifetime[], expiries: readonly KeyExpiry[], now: Date): string[] {
  const ends = new Map(expiries.map((e) => [e.keyHash, e.expiresAt]));
  return keys
    .map((k) => ({ keyHash: k.keyHash, ...(ends.has(k.keyHash) ? { expiresAt: ends.get(k.keyHash) } : k.expiresAt ? { expiresAt: k.expiresAt } : {}) }))
    .filter((k) => keyWorksAt(k, now))
    .map((k) => k.keyHash);
}
