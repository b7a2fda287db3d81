// What changes between two effective policies, field by field, so an operator reviews a
// policy change the way they would review a code change.

export interface PolicyChange {
  /** Dotted path, e.g. `links.max`, `thresholds.spam.flag`. */
  path: string;
  from: unknown;
  to: unknown;
  /** For lists: the entries only in `to` and only in `from`. */
  added?: unknown[];
  removed?: unknown[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changed leaves of two policies. Objects are compared key by key; lists (word lists,
 * domains) by their entries, since an entry's position carries no meaning.
 * Paths in `ignore` (e.g. `version`, which every new version changes) are left out.
 */
export function diffPolicies(from: unknown, to: unknown, ignore: readonly string[] = ['version']): PolicyChange[] {
  const changes: PolicyChange[] = [];
  const walk = (a: unknown, b: unknown, path: string) => {
    if (ignore.includes(path)) return;
    if (isObject(a) && isObject(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
      for (const key of keys) walk(a[key], b[key], path ? `${path}.${key}` : key);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      const keyed = (list: unknown[]) => new Set(list.map((entry) => JSON.stringify(entry)));
      const [inA, inB] = [keyed(a), keyed(b)];
      const added = b.filter((entry) => !inA.has(JSON.stringify(entry)));
      const removed = a.filter((entry) => !inB.has(JSON.stringify(entry)));
      if (added.length || removed.length) changes.push({ path, from: a, to: b, added, removed });
      return;
    }
    if (!same(a, b)) changes.push({ path: path || '(policy)', from: a, to: b });
  };
  walk(from, to, '');
  return changes;
}
