// `sieve authors …`: an author's personal data on a site (export, erase).

import { commandGroup } from '../../command-group.ts';
import { authorsErase } from './erase.ts';
import { authorsExport } from './export.ts';

export const authors = commandGroup(
  'authors',
  'personal data of one author of a site: export, erase',
  'What Sieve holds about an author (their comments, records and audit trail), handed over\nas JSON or erased, with an audit entry and a comment.erased webhook per comment.',
  [authorsExport, authorsErase],
);
