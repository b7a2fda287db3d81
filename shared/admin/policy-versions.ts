// Policy version ids: `v1`, `v2`, … per site. Decisions record the id, so it is short and
// reads well next to the default policy's `default-3`.

const VERSION = /^v(\d+)$/;

/** The number of a version id, or undefined for ids this scheme did not make. */
export const versionNumber = (version: string): number | undefined => {
  const match = VERSION.exec(version);
  return match ? Number(match[1]) : undefined;
};

/** The id after every existing one; ids made by hand are skipped over, not reused. */
export const nextPolicyVersion = (existing: readonly string[]): string =>
  `v${Math.max(0, ...existing.map((v) => versionNumber(v) ?? 0)) + 1}`;

/** Oldest first: numbered versions by number, anything else after them by name. */
export const byVersionOrder = (a: string, b: string): number => {
  const [na, nb] = [versionNumber(a), versionNumber(b)];
  if (na !== undefined && nb !== undefined) return na - nb;
  if (na !== undefined) return -1;
  if (nb !== undefined) return 1;
  return a.localeCompare(b);
};
