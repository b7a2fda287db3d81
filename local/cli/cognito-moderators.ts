// Moderator accounts of a deployed stage: users of its Cognito user pool, with groups
// `site:<id>` (created on first use) and `admins` (deployed with the pool).
//
// Passwords are set permanent: the console signs in with a plain password call and cannot
// answer Cognito's NEW_PASSWORD_REQUIRED challenge, so a temporary one would lock the
// moderator out. The account is created with the invitation message suppressed: the
// operator hands the password over.

import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminSetUserPasswordCommand,
  CreateGroupCommand,
  paginateAdminListGroupsForUser,
  paginateListUsers,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { ADMIN_GROUP, SITE_GROUP_PREFIX } from '../../shared/review/moderator.ts';
import { CommandError } from './command.ts';
import type { ModeratorAccount, ModeratorAccounts, NewModerator } from './moderator-accounts.ts';

const errorName = (error: unknown): string => (error as Error | undefined)?.name ?? '';

export class CognitoModerators implements ModeratorAccounts {
  readonly #cognito: CognitoIdentityProviderClient;
  readonly #poolId: string;

  constructor(cognito: CognitoIdentityProviderClient, userPoolId: string) {
    this.#cognito = cognito;
    this.#poolId = userPoolId;
  }

  async add(input: NewModerator): Promise<ModeratorAccount> {
    const UserPoolId = this.#poolId;
    try {
      await this.#cognito.send(
        new AdminCreateUserCommand({ UserPoolId, Username: input.username, TemporaryPassword: input.password, MessageAction: 'SUPPRESS' }),
      );
    } catch (error) {
      if (errorName(error) === 'UsernameExistsException') throw new CommandError(`username: ${input.username} already exists`);
      if (errorName(error) === 'InvalidPasswordException') throw new CommandError(`password: ${(error as Error).message}`);
      throw error;
    }
    try {
      await this.#cognito.send(new AdminSetUserPasswordCommand({ UserPoolId, Username: input.username, Password: input.password, Permanent: true }));
      const groups = [...(input.admin ? [ADMIN_GROUP] : []), ...input.sites.map((s) => `${SITE_GROUP_PREFIX}${s}`)];
      for (const GroupName of groups) {
        await this.#ensureGroup(GroupName);
        await this.#cognito.send(new AdminAddUserToGroupCommand({ UserPoolId, Username: input.username, GroupName }));
      }
    } catch (error) {
      // Half a moderator (no password, or missing groups) is worse than none: undo, report.
      await this.#cognito.send(new AdminDeleteUserCommand({ UserPoolId, Username: input.username })).catch(() => undefined);
      throw error;
    }
    return { username: input.username, sites: input.sites, admin: input.admin, createdAt: new Date().toISOString(), status: 'CONFIRMED' };
  }

  async list(): Promise<ModeratorAccount[]> {
    const accounts: ModeratorAccount[] = [];
    for await (const page of paginateListUsers({ client: this.#cognito }, { UserPoolId: this.#poolId })) {
      for (const user of page.Users ?? []) {
        const username = user.Username ?? '';
        const groups: string[] = [];
        for await (const groupPage of paginateAdminListGroupsForUser({ client: this.#cognito }, { UserPoolId: this.#poolId, Username: username })) {
          groups.push(...(groupPage.Groups ?? []).map((g) => g.GroupName ?? ''));
        }
        accounts.push({
          username,
          sites: groups.filter((g) => g.startsWith(SITE_GROUP_PREFIX)).map((g) => g.slice(SITE_GROUP_PREFIX.length)),
          admin: groups.includes(ADMIN_GROUP),
          ...(user.UserCreateDate ? { createdAt: user.UserCreateDate.toISOString() } : {}),
          ...(user.UserStatus ? { status: user.UserStatus } : {}),
        });
      }
    }
    return accounts;
  }

  async remove(username: string): Promise<boolean> {
    try {
      await this.#cognito.send(new AdminDeleteUserCommand({ UserPoolId: this.#poolId, Username: username }));
      return true;
    } catch (error) {
      if (errorName(error) === 'UserNotFoundException') return false;
      throw error;
    }
  }

  async #ensureGroup(GroupName: string): Promise<void> {
    try {
      const Description = GroupName === ADMIN_GROUP ? 'Moderators of every site' : `Moderators of site ${GroupName.slice(SITE_GROUP_PREFIX.length)}`;
      await this.#cognito.send(new CreateGroupCommand({ UserPoolId: this.#poolId, GroupName, Description }));
    } catch (error) {
      if (errorName(error) !== 'GroupExistsException') throw error;
    }
  }
}
