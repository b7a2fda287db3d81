// A policy command's site: the first positional (`sieve policy set SITE FILE`, as the policy
// commands always took it) or --site (`sieve policy set FILE --site SITE`, as the model and
// shadow commands take it). Either spelling works; both at once must agree.

import { UsageError } from '../../command.ts';
import type { Positionals } from '../../define-command.ts';

export const POLICY_SITE_OPTION = { site: { type: 'string' } } as const;

/** `count` positionals after the site, which may instead be given as --site. */
export const afterSite = (count: number, rest: string): Positionals => ({
  min: count,
  max: count + 1,
  problem: () => `expected ${count ? `SITE ${rest} (or ${rest} --site SITE)` : 'a site: SITE or --site SITE'}`,
});

/** The site and the positionals after it. */
export const siteAndRest = (site: string | undefined, positionals: readonly string[], count: number): { siteId: string; rest: string[] } => {
  if (positionals.length === count + 1) {
    const [first, ...rest] = positionals;
    if (site !== undefined && site !== first) throw new UsageError(`two sites given: "${first}" and --site "${site}"`);
    return { siteId: first!, rest };
  }
  if (site === undefined || site === '') throw new UsageError('expected a site: SITE or --site SITE');
  return { siteId: site, rest: [...positionals] };
};
