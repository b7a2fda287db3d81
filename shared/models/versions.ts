import { AdminError } from '../admin/errors.ts';
import { bumped, HISTORY_KEPT, madeActive, madeShadow, promotedWith, rolledBackWith, type VersionKind, type VersionPointers } from '../admin/version-pointers.ts';

// Which of a site's stored model versions decide (active), which is watched (shadow), and how
// the trainer and an operator move between them: the moves of shared/admin/version-pointers.ts
// (which policies share), plus the model's own version counter and training time. The store
// applies them conditionally on the revision it read (see shared/store/models.ts).
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
export interface ModelPointers extends VersionPointers {
  /** The number of the newest version claimed: the next one trained is m<seq + 1>. */
  seq: number;
  /** When the trainer last trained the site (whether or not it published): labels given later call for a new run. */
  trainedAt?: string;
}

export const NO_MODELS: ModelPointers = { seq: 0, history: [], revision: 0 };

export { HISTORY_KEPT };

/** Besides the versions the pointers name, the newest this many stay stored; older ones are deleted. */
export const VERSIONS_KEPT = 10;

/** An operator asked for a move the pointers do not allow; the message says why. */
export class ModelVersionError extends AdminError {
  override name = 'ModelVersionError';
}

const MODEL: VersionKind = {
  noun: 'model',
  refuse: (message) => new ModelVersionError(message),
  firstHint: 'name one with --to',
};

export const versionName = (n: number): string => `m${n}`;

const VERSION = /^m([1-9]\d*)$/;

/** The number of a version name, or undefined when it is not one (`m3` is 3). */
export const versionNumber = (version: string): number | undefined => {
  const match = VERSION.exec(version);
  return match ? Number(match[1]) : undefined;
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
export const published = (p: ModelPointers, version: string, as: 'active' | 'shadow', trainedAt: string): ModelPointers => {
  const next = { ...(as === 'active' ? madeActive(p, version) : madeShadow(p, version, MODEL)), trainedAt };
  if (as === 'active') delete next.shadow;
  return next;
};

/** The shadow version goes to work; the active one it replaces can be rolled back to. */
export const promoted = (p: ModelPointers): ModelPointers => promotedWith(p, MODEL);

/**
 * Back to the version active before the current one, or to `to` (which the caller checked is
 * stored). The version left is not remembered as history: it is the one found wanting.
 */
export const rolledBack = (p: ModelPointers, to?: string): ModelPointers => rolledBackWith(p, to, MODEL);

/** Stored versions that no pointer names and that are older than the newest VERSIONS_KEPT: safe to delete. */
export const prunable = (p: ModelPointers, stored: readonly string[]): string[] => {
  const named = new Set([p.active, p.shadow, ...p.history].filter((v): v is string => v !== undefined));
  const newestFirst = [...stored].sort((a, b) => (versionNumber(b) ?? 0) - (versionNumber(a) ?? 0));
  return newestFirst.slice(VERSIONS_KEPT).filter((v) => !named.has(v));
};
