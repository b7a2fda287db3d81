// Moderator accounts as the CLI manages them, wherever they live: the local issuer's
// directory file or a Cognito user pool. Groups carry the scope (`site:<id>`, `admins`),
// as the review API reads them (shared/review/moderator.ts).

export interface ModeratorAccount {
  username: string;
  sites: string[];
  admin: boolean;
  createdAt?: string;
  /** Cognito's user status (CONFIRMED, FORCE_CHANGE_PASSWORD…); absent locally. */
  status?: string;
}

export interface NewModerator {
  username: string;
  password: string;
  sites: string[];
  admin: boolean;
}

export interface ModeratorAccounts {
  /** Throws CommandError when the username is taken or refused. */
  add(input: NewModerator): Promise<ModeratorAccount>;
  list(): Promise<ModeratorAccount[]>;
  /** False when there was no such moderator. */
  remove(username: string): Promise<boolean>;
}

export const USERNAME = /^[A-Za-z0-9._@-]{2,64}$/;
