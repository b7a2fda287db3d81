import type { Comment } from '../comments/comment.ts';

// A post's comments as a tree, for the details pane: each reply under its parent, siblings
// oldest first, with its depth for indenting. A reply names its parent by the parent's Sieve
// id (intake refuses any other); a parent not among them (beyond the page read) makes the
// reply a root, so no comment is ever dropped.

/** Deeper replies are drawn at this depth: indentation must not run off a phone's width. */
export const MAX_THREAD_DEPTH = 6;

export interface ThreadEntry {
  comment: Comment;
  depth: number;
}

/** The comment a reply's `parentId` names, among `comments`. */
export const parentIn = (comments: readonly Comment[], reply: Comment): Comment | undefined =>
  reply.parentId ? comments.find((c) => c.id === reply.parentId) : undefined;

export const threadTree = (comments: readonly Comment[]): ThreadEntry[] => {
  const children = new Map<string, Comment[]>();
  const roots: Comment[] = [];
  for (const c of comments) {
    const parent = parentIn(comments, c);
    if (parent && parent.id !== c.id) children.set(parent.id, [...(children.get(parent.id) ?? []), c]);
    else roots.push(c);
  }
  const byTime = (a: Comment, b: Comment) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);
  const out: ThreadEntry[] = [];
  const seen = new Set<string>();
  const visit = (c: Comment, depth: number) => {
    // A cycle of parent ids (two comments naming each other) must not loop.
    if (seen.has(c.id)) return;
    seen.add(c.id);
    out.push({ comment: c, depth: Math.min(depth, MAX_THREAD_DEPTH) });
    for (const child of (children.get(c.id) ?? []).sort(byTime)) visit(child, depth + 1);
  };
  for (const root of roots.sort(byTime)) visit(root, 0);
  // Comments only reachable through a cycle: shown at the top level rather than lost.
  for (const c of [...comments].sort(byTime)) if (!seen.has(c.id)) visit(c, 0);
  return out;
};
