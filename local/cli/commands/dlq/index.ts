// `sieve dlq …`: the moderation queue's dead letters, inspected, replayed and deleted.

import { commandGroup } from '../../command-group.ts';
import { dlqDelete, dlqPurge } from './delete.ts';
import { dlqList } from './list.ts';
import { dlqRedrive } from './redrive.ts';

export const dlq = commandGroup(
  'dlq',
  'list, redrive and delete the moderation dead-letter queue',
  'A comment whose moderation fails again and again (a bug, a broken site policy) moves\nto the dead-letter queue instead of blocking the others. Nothing is lost: list the\nmessages, fix the cause, and redrive them; delete only what no fix will ever decide.',
  [dlqList, dlqRedrive, dlqDelete, dlqPurge],
);
