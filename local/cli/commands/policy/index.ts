// `sieve policy …`: a site's moderation policy, versioned, checked and tried before use.

import { commandGroup } from '../../command-group.ts';
import { policyBacktest } from './backtest.ts';
import { policyDiff } from './diff.ts';
import { policyGet } from './get.ts';
import { policyPromote, policyReset, policyRollback } from './moves.ts';
import { policySet } from './set.ts';
import { policyValidate } from './validate.ts';

export const policy = commandGroup(
  'policy',
  "get, set, validate, diff, backtest, promote, roll back and reset a site's policy",
  'A site\'s policy is a document of overrides (JSON or YAML) merged over the default\npolicy. Each "set" stores a new version (v1, v2, …) and keeps the earlier ones; one is in\nuse, one may be in shadow (recorded, not acting); decisions record the version they were\nmade under.',
  [policyGet, policySet, policyValidate, policyDiff, policyBacktest, policyPromote, policyRollback, policyReset],
);
