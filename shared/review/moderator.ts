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

/** API Gateway renders array claims as "[a b c]"; tokens may also carry a real array. */
const groupsOf = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string' || value.trim() === '') return [];
  const trimmed = value.trim();
  const inner = trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : trimmed;
  return inner.split(/[\s,]+/).filter(Boolean);
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
