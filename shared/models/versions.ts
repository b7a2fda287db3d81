import { AdminError } from '../admin/errors.ts';

// Which of a site's stored model versions decide (active), which is watched (shadow), and how
// the trainer and an operator move between them. Pure: the store reads the pointers from the
// site item, one of these functions says what they become, and the store writes them back
// conditionally on the revision it read (see shared/store/models.ts).
//
// Versions are named m1, m2, ... per site in the order they were trained, and never change once
// stored. A rollback goes back to the version that was active before; the history of earlier
// active versions is what makes "before" well defined after a promote, a rollback or two.

/**
 * A site's learning setting: `active` (the default) puts each newly trained version to work
 * at once; `shadow` puts it in shadow, where the worker records what it would decide, until an
 * operator promotes it; `off` trains nothing and decides with the rules alone.
 */
export const LEARNING_MODES = ['active', 'shadow', 'off'] as const;
export type LearningMode = (typeof LEARNING_MODES)[number];
export const DEFAULT_LEARNING_MODE: LearningMode = 'active';

export const isLearningMode = (value: unknown): value is LearningMode => (LEARNING_MODES as readonly unknown[]).includes(value);

/** The `models` attribute of a site item. */
export interface ModelPointers {
  /** The number of the newest version claimed: the next one trained is m<seq + 1>. */
  seq: number;
  active?: string;
  shadow?: string;
  /** Versions that were active before the current one, oldest first, for rollback. */
  history: string[];
  /** When the trainer last trained the site (whether or not it published): labels given later call for a new run. */
  trainedAt?: string;
  /** Bumped by every change: each write is conditional on the revision that was read. */
  revision: number;
}

export const NO_MODELS: ModelPointers = { seq: 0, history: [], revision: 0 };

/** Rollback can go back this many active versions. */
export const HISTORY_KEPT = 10;

/** Besides the versions the pointers name, the newest this many stay stored; older ones are deleted. */
export const VERSIONS_KEPT = 10;

/** An operator asked for a move the pointers do not allow; the message says why. */
export class ModelVersionError extends AdminError {
  override name = 'ModelVersionError';
}

export const versionName = (n: number): string => `m${n}`;

const VERSION = /^m([1-9]\d*)$/;

/** The number of a version name, or undefined when it is not one (`m3` is 3). */
export const versionNumber = (version: string): number | undefined => {
  const match = VERSION.exec(version);
  return match ? Number(match[1]) : undefined;
};

const pushed = (history: readonly string[], version: string | undefined): string[] =>
  (version === undefined ? [...history] : [...history.filter((v) => v !== version), version]).slice(-HISTORY_KEPT);

const bumped = (p: ModelPointers, change: Partial<ModelPointers>): ModelPointers => {
  const next: ModelPointers = { ...p, ...change, revision: p.revision + 1 };
  // Absent rather than undefined: DynamoDB stores what is there.
  if (next.active === undefined) delete next.active;
  if (next.shadow === undefined) delete next.shadow;
  if (next.trainedAt === undefined) delete next.trainedAt;
  return next;
};

/** Reserves the next version number before its document is written, so two trainers never write the same version. */
export const claimNext = (p: ModelPointers): { pointers: ModelPointers; version: string } => {
  const seq = p.seq + 1;
  return { pointers: bumped(p, { seq }), version: versionName(seq) };
};

/** A run of the trainer that published nothing (the heads stayed silent): only its time is kept. */
export const trained = (p: ModelPointers, trainedAt: string): ModelPointers => bumped(p, { trainedAt });

/**
 * A newly trained version. Active: it decides from now on, the one it replaces can be rolled
 * back to, and a shadow older than it is dropped (it was to be compared with what is now
 * history). Shadow: it is watched instead of any earlier shadow; the active one keeps deciding.
 */
export const published = (p: ModelPointers, version: string, as: 'active' | 'shadow', trainedAt: string): ModelPointers =>
  as === 'active'
    ? bumped(p, { active: version, shadow: undefined, history: pushed(p.history, p.active), trainedAt })
    : bumped(p, { shadow: version, trainedAt });

/** The shadow version goes to work; the active one it replaces can be rolled back to. */
export const promoted = (p: ModelPointers): ModelPointers => {
  if (p.shadow === undefined) throw new ModelVersionError(`no model version is in shadow${p.active ? ` (${p.active} is active)` : ''}: nothing to promote`);
  return bumped(p, { active: p.shadow, shadow: undefined, history: pushed(p.history, p.active) });
};

/**
 * Back to the version active before the current one, or to `to` (which the caller checked is
 * stored). The version left is not remembered as history: it is the one found wanting.
 */
export const rolledBack = (p: ModelPointers, to?: string): ModelPointers => {
  if (to === undefined) {
    const previous = p.history.at(-1);
    if (previous === undefined) {
      throw new ModelVersionError(`no earlier active version to roll back to${p.active ? ` (${p.active} is the first)` : ''}; name one with --to`);
    }
    return bumped(p, { active: previous, history: p.history.slice(0, -1), shadow: p.shadow === previous ? undefined : p.shadow });
  }
  if (to === p.active) throw new ModelVersionError(`${to} is already the active version`);
  return bumped(p, { active: to, history: p.history.filter((v) => v !== to), shadow: p.shadow === to ? undefined : p.shadow });
};

/** Stored versions that no pointer names and that are older than the newest VERSIONS_KEPT: safe to delete. */
export const prunable = (p: ModelPointers, stored: readonly string[]): string[] => {
  const named = new Set([p.active, p.shadow, ...p.history].filter((v): v is string => v !== undefined));
  const newestFirst = [...stored].sort((a, b) => (versionNumber(b) ?? 0) - (versionNumber(a) ?? 0));
  return newestFirst.slice(VERSIONS_KEPT).filter((v) => !named.has(v));
};
