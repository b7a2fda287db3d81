// `sieve sites …`: the sites that may post comments, and their API keys.

import { commandGroup } from '../../command-group.ts';
import { sitesCreate } from './create.ts';
import { sitesDisable } from './disable.ts';
import { sitesEnable } from './enable.ts';
import { sitesList } from './list.ts';
import { sitesRotateKey } from './rotate-key.ts';

export const sites = commandGroup(
  'sites',
  'create, list, re-key, disable and enable sites',
  'Sites are the blogs that post comments, each with its own API keys. Keys are shown\nonce, when created, and stored only as hashes.',
  [sitesCreate, sitesList, sitesRotateKey, sitesDisable, sitesEnable],
);
