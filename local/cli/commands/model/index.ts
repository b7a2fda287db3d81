// `sieve model …`: a site's learned model versions, trained from its moderators' labels.

import { commandGroup } from '../../command-group.ts';
import { modelMode } from './mode.ts';
import { modelPromote } from './promote.ts';
import { modelRollback } from './rollback.ts';
import { modelStatusCommand } from './status.ts';
import { modelTrain } from './train.ts';

export const model = commandGroup(
  'model',
  "a site's learned model: status, train, promote, rollback, mode",
  "A site's model is trained from its labels by the trainer (every 15 minutes when new\nlabels arrived) and stored as versions m1, m2, ...; one is active (decides), one may be in\nshadow (recorded, not acting). Decisions record the version they were made with.",
  [modelStatusCommand, modelTrain, modelPromote, modelRollback, modelMode],
);
