// Which of a site's stored versions of something (a learned model, a policy) decides (active),
// which is watched (shadow), and which were active before, for rollback. Pure: the store reads
// the pointers from the site item, one of these says what they become, and the store writes
// them back conditionally on the revision it read. Models (shared/models/versions.ts) and
// policies (policy-pointers.ts) move the same way; each names itself in the errors.

import { AdminError } from './errors.ts';

export interface VersionPointers {
  /** The version that decides; absent: nothing of this kind (the rules alone, the default policy). */
  active?: string;
  /** The version the worker also runs, recording what it would decide, never acting on it. */
  shadow?: string;
  /** Versions that were active before the current one, oldest first, for rollback. */
  history: string[];
  /** Bumped by every change: each write is conditional on the revision that was read. */
  revision: number;
}

/** What a move is about, to word the errors: "model" and its error class, or the policy's. */
export interface VersionKind {
  noun: 'model' | 'policy';
  /** The error a refused move throws (an AdminError, so the CLI shows it as the operator's mistake). */
  refuse(message: string): AdminError;
  /** Said when there is nothing before the first active version, e.g. how to go back further. */
  firstHint: string;
}

/** Rollback can go back this many active versions. */
export const HISTORY_KEPT = 10;

const pushed = (history: readonly string[], version: string | undefined): string[] =>
  (version === undefined ? [...history] : [...history.filter((v) => v !== version), version]).slice(-HISTORY_KEPT);

/** The pointers with `change` applied and the revision bumped; pointers set to undefined are left out (DynamoDB stores what is there). */
export const bumped = <P extends VersionPointers>(p: P, change: Partial<P>): P => {
  const next: P = { ...p, ...change, revision: p.revision + 1 };
  for (const key of Object.keys(next) as Array<keyof P>) if (next[key] === undefined) delete next[key];
  return next;
};

/** `version` decides from now on (undefined: nothing does); the one it replaces can be rolled back to. */
export const madeActive = <P extends VersionPointers>(p: P, version: string | undefined): P =>
  bumped(p, {
    active: version,
    history: pushed(p.history, p.active),
    ...(p.shadow !== undefined && p.shadow === version ? { shadow: undefined } : {}),
  } as Partial<P>);

/** `version` is watched instead of any earlier shadow; the active one keeps deciding. */
export const madeShadow = <P extends VersionPointers>(p: P, version: string, kind: VersionKind): P => {
  if (version === p.active) throw kind.refuse(`${version} is the active ${kind.noun} version: it cannot be in shadow too`);
  return bumped(p, { shadow: version } as Partial<P>);
};

/** The shadow version goes to work; the active one it replaces can be rolled back to. */
export const promotedWith = <P extends VersionPointers>(p: P, kind: VersionKind): P => {
  if (p.shadow === undefined) throw kind.refuse(`no ${kind.noun} version is in shadow${p.active ? ` (${p.active} is active)` : ''}: nothing to promote`);
  return bumped(p, { active: p.shadow, shadow: undefined, history: pushed(p.history, p.active) } as Partial<P>);
};

/**
 * Back to the version active before the current one, or to `to` (which the caller checked is
 * stored). The version left is not remembered as history: it is the one found wanting.
 */
export const rolledBackWith = <P extends VersionPointers>(p: P, to: string | undefined, kind: VersionKind): P => {
  if (to === undefined) {
    const previous = p.history.at(-1);
    if (previous === undefined) {
      throw kind.refuse(`no earlier active version to roll back to${p.active ? ` (${p.active} is the first)` : ''}; ${kind.firstHint}`);
    }
    return bumped(p, { active: previous, history: p.history.slice(0, -1), shadow: p.shadow === previous ? undefined : p.shadow } as Partial<P>);
  }
  if (to === p.active) throw kind.refuse(`${to} is already the active version`);
  return bumped(p, { active: to, history: p.history.filter((v) => v !== to), shadow: p.shadow === to ? undefined : p.shadow } as Partial<P>);
};
