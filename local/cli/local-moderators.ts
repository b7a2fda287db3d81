// Moderator accounts of the local runtime: the issuer's directory file, which a running
// stack reads at every sign-in, so changes apply without a restart.

import { ADMIN_GROUP, SITE_GROUP_PREFIX } from '../../shared/review/moderator.ts';
import { ModeratorDirectory, type LocalModerator } from '../issuer/moderator-directory.ts';
import { CommandError } from './command.ts';
import type { ModeratorAccount, ModeratorAccounts, NewModerator } from './moderator-accounts.ts';

const toAccount = (m: LocalModerator): ModeratorAccount => ({
  username: m.username,
  sites: m.groups.filter((g) => g.startsWith(SITE_GROUP_PREFIX)).map((g) => g.slice(SITE_GROUP_PREFIX.length)),
  admin: m.groups.includes(ADMIN_GROUP),
  createdAt: m.createdAt,
});

export class LocalModerators implements ModeratorAccounts {
  readonly #directory: ModeratorDirectory;

  constructor(file: string) {
    this.#directory = new ModeratorDirectory(file);
  }

  async add(input: NewModerator): Promise<ModeratorAccount> {
    try {
      return toAccount(this.#directory.add(input));
    } catch (error) {
      // The directory's own checks (taken username, weak password) are operator mistakes.
      throw new CommandError((error as Error).message);
    }
  }

  async list(): Promise<ModeratorAccount[]> {
    return this.#directory.list().map(toAccount);
  }

  async remove(username: string): Promise<boolean> {
    return this.#directory.remove(username);
  }
}
