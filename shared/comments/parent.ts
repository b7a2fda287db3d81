import { InvalidInputError, NotFoundError } from '../errors.ts';
import type { Comment } from './comment.ts';
import { isCommentId } from './ids.ts';

// A reply names its parent by the id Sieve gave the parent. A reader can only place a reply
// under a comment of the same thread, so the parent must exist on the caller's site (another
// site's comment answers like a missing one: ids reveal nothing) and belong to the same post.

/** Throws unless `parentId` names a comment of `siteId` on `postId`; the comment it names otherwise. */
export const checkParent = async (
  reply: { siteId: string; postId: string; parentId: string },
  get: (id: string) => Promise<Comment | undefined>,
): Promise<Comment> => {
  const parent = isCommentId(reply.parentId) ? await get(reply.parentId) : undefined;
  if (!parent || parent.siteId !== reply.siteId) {
    throw new NotFoundError('parent_not_found', `parentId ${reply.parentId} names no comment of this site`, {
      fields: [{ field: 'parentId', message: 'no such comment' }],
    });
  }
  if (parent.postId !== reply.postId) {
    throw new InvalidInputError('parent_on_other_post', `parentId ${reply.parentId} is a comment on another post; a reply must be on its parent's post`, {
      fields: [{ field: 'parentId', message: 'comment of another post' }],
    });
  }
  return parent;
};
