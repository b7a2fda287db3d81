// `sieve moderators …`: who may use the review console, for which sites.

import { commandGroup } from '../../command-group.ts';
import { moderatorsAdd } from './add.ts';
import { moderatorsList } from './list.ts';
import { moderatorsRemove } from './remove.ts';

export const moderators = commandGroup(
  'moderators',
  'add, list and remove review-console moderators',
  'Moderators sign in to the review console and decide flagged comments of their sites\n(group site:<ID>), or of every site (group admins). Locally they live in the data\nfolder\'s moderators.json; on a stage, in its Cognito user pool.',
  [moderatorsAdd, moderatorsList, moderatorsRemove],
);
