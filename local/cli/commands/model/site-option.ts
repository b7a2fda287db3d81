// `--site SITE`, which every `sieve model` and `sieve shadow` command requires.

import { UsageError } from '../../command.ts';

export const SITE_OPTION = { site: { type: 'string' } } as const;

export const requiredSite = (site: string | undefined): string => {
  if (site === undefined || site === '') throw new UsageError('--site SITE is required');
  return site;
};
