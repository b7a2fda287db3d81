import { authorKey } from '../engine/author-key.ts';
import type { CommentAuthor, Decision, Outcome, Reason } from '../engine/types.ts';

// What a moderator decided about an author on one site: always approve them (trust), always
// hold them for review (pre-moderate) or always reject them (ban), optionally until a time,
// with a note. The worker applies it to each new comment of that author: the engine still
// reads the comment (its reasons stay useful to a moderator), and the action sets the outcome,
// first among the reasons, in words ("Author banned by ana until ...").
//
// An author is known by the site's own author id, else by a hash of their e-mail: a name can be
// typed by anyone, so a name alone never carries an action. The key is the one the author's
// history uses (shared/engine/author-key.ts); the e-mail itself is never shown or stored here.

export const AUTHOR_ACTIONS = ['trust', 'premoderate', 'ban'] as const;
export type AuthorActionKind = (typeof AUTHOR_ACTIONS)[number];

export interface AuthorAction {
  action: AuthorActionKind;
  /** The moderator who set it, by name. */
  by: string;
  at: string;
  /** ISO time after which the action no longer applies; absent means until lifted. */
  expiresAt?: string;
  note?: string;
}

const OUTCOME: Record<AuthorActionKind, Outcome> = { trust: 'approve', premoderate: 'flag', ban: 'reject' };
const PAST: Record<AuthorActionKind, string> = { trust: 'trusted', premoderate: 'put on pre-moderation', ban: 'banned' };

/** Rule ids of the reasons an author action adds (category author). */
export const AUTHOR_ACTION_RULE: Record<AuthorActionKind, string> = { trust: 'author.action.trust', premoderate: 'author.action.premoderate', ban: 'author.action.ban' };

/** Only keys a comment cannot forge by typing a name: the site's author id, or the e-mail hash. */
export const isActionableAuthorKey = (key: string | undefined): key is string => Boolean(key && (key.startsWith('id:') || key.startsWith('email:')));

export const isActive = (action: AuthorAction | undefined, now: Date): action is AuthorAction =>
  Boolean(action && (!action.expiresAt || Date.parse(action.expiresAt) > now.getTime()));

/** "Author banned by ana until 2026-12-11 09:00 UTC: repeat spammer" */
export const describeAuthorAction = (a: AuthorAction): string =>
  `Author ${PAST[a.action]} by ${a.by}${a.expiresAt ? ` until ${a.expiresAt.slice(0, 16).replace('T', ' ')} UTC` : ''}${a.note ? `: ${a.note}` : ''}`;

/** The decision with the author's active action applied: its outcome, and its reason first. */
export const withAuthorAction = (decision: Decision, action: AuthorAction | undefined, now: Date): Decision => {
  if (!isActive(action, now)) return decision;
  const reason: Reason = { rule: AUTHOR_ACTION_RULE[action.action], category: 'author', contribution: 0, detail: describeAuthorAction(action), spans: [] };
  return { ...decision, outcome: OUTCOME[action.action], reasons: [reason, ...decision.reasons] };
};

/** Looks up the action on a comment's author, when the author has a key an action can be set on. */
export const authorActionOf = async (
  comment: { siteId: string; author?: CommentAuthor },
  lookup: ((siteId: string, authorKey: string) => Promise<AuthorAction | undefined>) | undefined,
): Promise<AuthorAction | undefined> => {
  const key = authorKey(comment.author);
  return lookup && isActionableAuthorKey(key) ? lookup(comment.siteId, key) : undefined;
};
