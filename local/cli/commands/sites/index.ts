// `sieve sites …`: the sites that may post comments, and their API keys.

import { commandGroup } from '../../command-group.ts';
import { sitesCreate } from './create.ts';
import { sitesDisable } from './disable.ts';
import { sitesList } from './list.ts';
import { sitesRotateKey } from './rotate-key.ts';

export const sites = commandGroup(
  'sites',
  'create, list, re-key and disable sites',
  'Sites are the blogs that post comments, each with its own API keys. Keys are shown\nonce, when created, and stored only as hashes.',
  [sitesCreate, sitesList, sitesRotateKey, sitesDisable],
);
