// `sieve policy …`: a site's moderation policy, versioned, checked and tried before use.

import { commandGroup } from '../../command-group.ts';
import { policyBacktest } from './backtest.ts';
import { policyDiff } from './diff.ts';
import { policyGet } from './get.ts';
import { policySet } from './set.ts';
import { policyValidate } from './validate.ts';

export const policy = commandGroup(
  'policy',
  "get, set, validate, diff and backtest a site's policy",
  'A site\'s policy is a document of overrides (JSON or YAML) merged over the default\npolicy. Each "set" stores a new version (v1, v2, …) and keeps the earlier ones; decisions\nrecord the version they were made under.',
  [policyGet, policySet, policyValidate, policyDiff, policyBacktest],
);
