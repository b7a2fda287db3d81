import { isActionableAuthorKey, type AuthorAction, type AuthorActionKind } from '../authors/author-actions.ts';
import type { Comment } from '../comments/comment.ts';
import { authorKey } from '../engine/index.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { canModerate, type Moderator } from './moderator.ts';

// A moderator sets (or lifts) an action on the author of a comment they can see. The author is
// named by one of their comments, never by e-mail: the console never holds an e-mail, and the
// comment's site is the only site the action applies to.

export interface AuthorActionPorts {
  getComment(id: string): Promise<Comment | undefined>;
  put(siteId: string, authorKey: string, action: AuthorAction): Promise<void>;
  remove(siteId: string, authorKey: string): Promise<void>;
}

export interface SetAuthorActionInput {
  moderator: Moderator;
  commentId: string;
  /** `none` lifts whatever action the author had. */
  action: AuthorActionKind | 'none';
  expiresInDays?: number;
  note?: string;
  now: Date;
}

const DAY_MS = 86_400_000;

export const setAuthorAction = async (input: SetAuthorActionInput, ports: AuthorActionPorts): Promise<AuthorAction | null> => {
  const comment = await ports.getComment(input.commentId);
  if (!comment || !canModerate(input.moderator, comment.siteId)) {
    throw new NotFoundError('not_found', `No comment with id ${input.commentId} among the sites you moderate`);
  }
  const key = authorKey(comment.author);
  if (!isActionableAuthorKey(key)) {
    throw new ConflictError('no_author_key', `The author of comment ${comment.id} has no author id or e-mail; an action needs one, since anyone can type a name`);
  }
  if (input.action === 'none') {
    await ports.remove(comment.siteId, key);
    return null;
  }
  const action: AuthorAction = {
    action: input.action,
    by: input.moderator.username,
    at: input.now.toISOString(),
    ...(input.expiresInDays ? { expiresAt: new Date(input.now.getTime() + input.expiresInDays * DAY_MS).toISOString() } : {}),
    ...(input.note ? { note: input.note } : {}),
  };
  await ports.put(comment.siteId, key, action);
  return action;
};
