// Pure rules for keeping the moderator's place in a queue that changes under them
// (their own decisions, other moderators', new comments arriving by polling).

/** Where focus goes when some items leave: stay put, else the next one, else the one before. */
export const focusAfterRemoval = (ids: readonly string[], focusedId: string | null, removed: ReadonlySet<string>): string | null => {
  const remaining = ids.filter((id) => !removed.has(id));
  if (focusedId === null || !ids.includes(focusedId)) return remaining[0] ?? null;
  if (!removed.has(focusedId)) return focusedId;
  const at = ids.indexOf(focusedId);
  return ids.slice(at + 1).find((id) => !removed.has(id)) ?? ids.slice(0, at).reverse().find((id) => !removed.has(id)) ?? null;
};

/** Focus kept on the same comment across a refresh, or the nearest one still there. */
export const focusAfterRefresh = (before: readonly string[], after: readonly string[], focusedId: string | null): string | null => {
  const present = new Set(after);
  if (focusedId !== null && present.has(focusedId)) return focusedId;
  const gone = new Set(before.filter((id) => !present.has(id)));
  const candidate = focusAfterRemoval(before, focusedId, gone);
  return candidate !== null && present.has(candidate) ? candidate : (after[0] ?? null);
};

export const moveFocus = (ids: readonly string[], focusedId: string | null, delta: 1 | -1): string | null => {
  if (ids.length === 0) return null;
  const at = focusedId === null ? -1 : ids.indexOf(focusedId);
  if (at === -1) return ids[0]!;
  return ids[Math.max(0, Math.min(ids.length - 1, at + delta))]!;
};

/** Ids in `after` that were not in `before`: the comments that just arrived. */
export const arrivals = (before: readonly string[], after: readonly string[]): string[] => {
  const known = new Set(before);
  return after.filter((id) => !known.has(id));
};
