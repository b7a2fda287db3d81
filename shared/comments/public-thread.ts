import type { Comment } from './comment.ts';

// A reply is public only while every comment above it is: a reader cannot place a reply
// under a comment they cannot see. Replies keep their own status when an ancestor is
// rejected (or is still pending): they leave the listing with it and come back if it is
// approved again, so no moderator decision is needed for a whole sub-thread, and nothing
// is deleted. GET /v1/comments/{id} still tells the blog each reply's own status.

/** Parents of parents are fetched level by level; a thread deeper than this is cut there. */
const MAX_DEPTH = 64;

/**
 * The comments of `page` (approved ones, from the post's listing) whose ancestors are all
 * approved; `load` fetches comments by id (missing ones absent). One read per level of
 * ancestry not already on the page.
 */
export const publicOnly = async (page: readonly Comment[], load: (ids: string[]) => Promise<Comment[]>): Promise<Comment[]> => {
  const known = new Map<string, Comment | null>(page.map((c) => [c.id, c]));
  let wanted = page;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const missing = [...new Set(wanted.flatMap((c) => (c.parentId && !known.has(c.parentId) ? [c.parentId] : [])))];
    if (missing.length === 0) break;
    const found = await load(missing);
    for (const id of missing) known.set(id, null);
    for (const c of found) known.set(c.id, c);
    wanted = found;
  }
  const isPublic = (c: Comment, depth: number): boolean => {
    if (c.status !== 'approved') return false;
    if (!c.parentId) return true;
    const parent = known.get(c.parentId);
    return depth < MAX_DEPTH && parent != null && parent.siteId === c.siteId && isPublic(parent, depth + 1);
  };
  return page.filter((c) => isPublic(c, 0));
};
