import { describe, expect, it } from 'vitest';
import { newComment, type Comment, type CommentStatus } from '../../shared/comments/comment.ts';
import { publicOnly } from '../../shared/comments/public-thread.ts';

const comment = (id: string, status: CommentStatus, parentId?: string, siteId = 'blog'): Comment => ({
  ...newComment({ id, siteId, submission: { postId: 'p', text: id, author: { name: 'A' }, ...(parentId ? { parentId } : {}) }, bodyHash: 'h', now: new Date(0), correlationId: 'c' }),
  status,
});

/** A store of comments by id that records which ids each load asked for. */
const storeOf = (...comments: Comment[]) => {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const asked: string[][] = [];
  return { asked, load: async (ids: string[]) => (asked.push(ids), ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))) };
};

describe('the public part of a page of approved comments', () => {
  it('keeps top-level comments and replies whose every ancestor is approved, reading missing ancestors level by level', async () => {
    const root = comment('root', 'approved');
    const mid = comment('mid', 'approved', 'root');
    const leaf = comment('leaf', 'approved', 'mid');
    const store = storeOf(root, mid, leaf);

    const shown = await publicOnly([leaf], store.load);

    expect(shown.map((c) => c.id)).toEqual(['leaf']);
    expect(store.asked).toEqual([['mid'], ['root']]);
  });

  it('drops a reply under a flagged, pending or rejected comment, and everything below it', async () => {
    for (const status of ['flagged', 'pending', 'rejected'] as const) {
      const store = storeOf(comment('root', status), comment('mid', 'approved', 'root'));
      const page = [comment('top', 'approved'), comment('mid', 'approved', 'root'), comment('leaf', 'approved', 'mid')];
      expect((await publicOnly(page, store.load)).map((c) => c.id)).toEqual(['top']);
    }
  });

  it('drops a reply whose parent is missing or belongs to another site, and asks nothing for a page without replies', async () => {
    const store = storeOf(comment('foreign', 'approved', undefined, 'other-blog'));
    expect(await publicOnly([comment('a', 'approved', 'gone'), comment('b', 'approved', 'foreign')], store.load)).toEqual([]);
    const quiet = storeOf();
    expect((await publicOnly([comment('x', 'approved')], quiet.load)).map((c) => c.id)).toEqual(['x']);
    expect(quiet.asked).toEqual([]);
  });
});
