import type { Comment } from '../comments/comment.ts';
import { personalHash } from './personal-hash.ts';

// What a queue page or a search keeps of the index entries it reads. DynamoDB's
// FilterExpression would not save a read unit (reads are paid before filtering), and it can
// neither fold case nor hash, so the match runs here, on the entries one bounded Query read.

export interface CommentFilters {
  postId?: string | undefined;
  rule?: string | undefined;
  category?: string | undefined;
  /** Text contains this, case and width folded. */
  q?: string | undefined;
  /** Author name contains this (folded), or author id equals it. */
  author?: string | undefined;
  /** personalHash('email', …) of the author's e-mail, exactly. */
  emailHash?: string | undefined;
  /** The site's salted key of the client's network (shared/comments/client-ip.ts), exactly. */
  ipKey?: string | undefined;
  /** The author key (shared/engine/author-key.ts): an author's view. */
  authorKey?: string | undefined;
}

const fold = (s: string): string => s.normalize('NFKC').toLowerCase();

export const isFiltered = (f: CommentFilters): boolean =>
  Boolean(f.postId || f.rule || f.category || f.q || f.author || f.emailHash || f.ipKey || f.authorKey);

/** A predicate over comments for these filters (all must hold); `keyOf` gives a comment's author key. */
export const commentMatcher = (f: CommentFilters, keyOf: (c: Comment) => string | undefined): ((c: Comment) => Promise<boolean>) => {
  const q = f.q ? fold(f.q) : '';
  const author = f.author ? fold(f.author.trim()) : '';
  return async (c) => {
    if (f.postId && c.postId !== f.postId) return false;
    if (f.rule && !(c.rules ?? []).includes(f.rule)) return false;
    if (f.category && !(c.categories ?? []).includes(f.category)) return false;
    if (q && !fold(c.text).includes(q)) return false;
    if (author && !fold(c.author.name).includes(author) && fold(c.author.id ?? '') !== author) return false;
    if (f.authorKey && keyOf(c) !== f.authorKey) return false;
    if (f.emailHash && !(c.author.email && (await personalHash('email', c.author.email)) === f.emailHash)) return false;
    if (f.ipKey && c.client?.ipHash !== f.ipKey) return false;
    return true;
  };
};
