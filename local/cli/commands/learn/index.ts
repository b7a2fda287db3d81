// `sieve learn …`: the offline trainer (`sieve learn FILE --out model.json`, ../learn.ts)
// stays the group's default; `import` and `labels` act on a site's stored labels.

import { commandGroup } from '../../command-group.ts';
import { learn as train } from '../learn.ts';
import { learnImport } from './import.ts';
import { learnLabels } from './labels.ts';

export const learn = commandGroup(
  'learn',
  train.summary,
  "A site's stored training labels (its moderators' decisions, imported history and the\nengine's confident approvals) are managed with the subcommands below; a FILE argument\ntrains a model offline, as above.",
  [learnImport, learnLabels],
  { fallback: train },
);
