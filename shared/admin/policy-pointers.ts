// Which of a site's stored policy versions decides, which is in shadow (the worker also runs it
// and records what it would decide, never acting on it), and which were in use before, for
// rollback. The moves are those of version-pointers.ts, which models share; a policy adds
// `reset`, back to the embedded default policy (no active version), which rollback undoes.

import { AdminError } from './errors.ts';
import { madeActive, madeShadow, promotedWith, rolledBackWith, type VersionKind, type VersionPointers } from './version-pointers.ts';

/** A site's policy pointers: `active` absent means the default policy decides. */
export type PolicyPointers = VersionPointers;

export const NO_POLICIES: PolicyPointers = { history: [], revision: 0 };

/** An operator asked for a move the policy pointers do not allow; the message says why. */
export class PolicyVersionError extends AdminError {
  override name = 'PolicyVersionError';
}

const POLICY: VersionKind = {
  noun: 'policy',
  refuse: (message) => new PolicyVersionError(message),
  firstHint: 'sieve policy reset goes back to the default policy',
};

/** A newly stored version: it decides from now on (`active`), or is watched beside the one that does (`shadow`). */
export const policyStored = (p: PolicyPointers, version: string, as: 'active' | 'shadow'): PolicyPointers =>
  as === 'active' ? madeActive(p, version) : madeShadow(p, version, POLICY);

/** The shadow version decides from now on; the one it replaces can be rolled back to. */
export const policyPromoted = (p: PolicyPointers): PolicyPointers => promotedWith(p, POLICY);

/** Back to the version in use before the current one (or the default, after a reset), or to `to`. */
export const policyRolledBack = (p: PolicyPointers, to?: string): PolicyPointers => rolledBackWith(p, to, POLICY);

/** Back to the embedded default policy; the version left can be rolled back to. A shadow version stays in shadow. */
export const policyReset = (p: PolicyPointers): PolicyPointers => {
  if (p.active === undefined) throw new PolicyVersionError('the site already uses the default policy');
  return madeActive(p, undefined);
};
