import { siteIdSchema } from '../sites/create-site.ts';
import { NotAuthenticatedError, NotFoundError } from '../errors.ts';

// Who is calling a moderator route, read only from the JWT claims API Gateway's JWT
// authorizer (or the local gateway, which imitates it) has already verified. Group names
// carry scope: `site:<siteId>` for one site, `admins` for every site.

export interface Moderator {
  sub: string;
  username: string;
  sites: string[];
  admin: boolean;
}

export const ADMIN_GROUP = 'admins';
export const SITE_GROUP_PREFIX = 'site:';

/**
 * Groups exactly as API Gateway's JWT authorizer passes the claim: an array becomes "[a b c]",
 * its items joined by single spaces (Cognito group names hold no white space), and any other
 * value is one string, one group. A comma is part of a name: a group called `x,admins` is not
 * `admins`. A real array (a direct invocation) is taken as it is.
 */
const groupsOf = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string' || value === '') return [];
  if (value.startsWith('[') && value.endsWith(']')) return value.slice(1, -1).split(' ').filter(Boolean);
  return [value];
};

export const moderatorFromClaims = (claims: Record<string, unknown> | undefined): Moderator => {
  const sub = typeof claims?.sub === 'string' ? claims.sub : undefined;
  if (!claims || !sub) throw new NotAuthenticatedError('unauthorized', 'A moderator token is required');
  const groups = groupsOf(claims['cognito:groups']);
  const username = String(claims['cognito:username'] ?? claims.username ?? claims.email ?? sub);
  return {
    sub,
    username,
    admin: groups.includes(ADMIN_GROUP),
    sites: groups.filter((g) => g.startsWith(SITE_GROUP_PREFIX)).map((g) => g.slice(SITE_GROUP_PREFIX.length)),
  };
};

/** Site ids have one shape (shared/sites/create-site.ts); anything else names no site, even for an admin. */
export const canModerate = (moderator: Moderator, siteId: string): boolean =>
  siteIdSchema.safeParse(siteId).success && (moderator.admin || moderator.sites.includes(siteId));

/** Another site's items answer exactly like missing ones, so ids reveal nothing across sites. */
export const requireSite = (moderator: Moderator, siteId: string): void => {
  if (!canModerate(moderator, siteId)) throw new NotFoundError('not_found', `No site ${siteId} among the sites you moderate`);
};

export const moderatorLabel = (m: Moderator): string => `moderator:${m.username}`;
