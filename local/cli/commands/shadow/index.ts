// `sieve shadow …`: what a site's model version in shadow would have decided.

import { commandGroup } from '../../command-group.ts';
import { shadowReport } from './report.ts';

export const shadow = commandGroup(
  'shadow',
  "compare a site's shadow model version with the active one",
  'A model version in shadow is run by the worker beside the active one on every comment;\nits decisions are recorded, never acted on (no status, label or author history changes).',
  [shadowReport],
);
