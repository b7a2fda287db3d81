import { authorActionOf, isActionableAuthorKey, isActive } from '../shared/authors/author-actions.ts';
import { authorKey } from '../shared/engine/index.ts';
import { AuthorActionStore } from '../shared/store/author-actions.ts';
import { tableConfig } from '../shared/config.ts';
import { ApiError } from '../shared/http/errors.ts';
import { canModerate } from '../shared/review/moderator.ts';
import { reviewItemView, threadItemView } from '../shared/review/review-view.ts';
import { parentIn, threadTree } from '../shared/review/thread.ts';
import { isCommentId } from '../shared/comments/ids.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { CommentStore } from '../shared/store/comments.ts';
import { ReviewStore } from '../shared/store/review.ts';
import { apiHandler, callerModerator, type ModeratorEvent } from './middleware/api-handler.ts';

const { tableName } = tableConfig();
const doc = createDocumentClient();
const comments = new CommentStore(doc, tableName);
const review = new ReviewStore(doc, tableName);
const authorActions = new AuthorActionStore(doc, tableName);

const RECENT_BY_AUTHOR = 10;
const THREAD_SIZE = 50;

export const handler = apiHandler<ModeratorEvent>(async (event) => {
  const moderator = callerModerator(event);
  const id = event.pathParameters?.id ?? '';
  const comment = await comments.get(id);
  if (!comment || !canModerate(moderator, comment.siteId)) {
    throw new ApiError(404, 'not_found', `No comment with id ${id} among the sites you moderate`);
  }
  const key = authorKey(comment.author);
  const [stats, thread, history, authorAction] = await Promise.all([
    key ? review.authorStats(comment.siteId, key) : Promise.resolve(undefined),
    comments.listApproved(comment.siteId, comment.postId, { limit: THREAD_SIZE }),
    review.history(comment.id),
    authorActionOf(comment, (siteId, k) => authorActions.get(siteId, k)),
  ]);
  // A reply's parent: among the post's approved comments, else read by id (never from another site).
  const others = thread.items.filter((c) => c.id !== comment.id);
  let parent = parentIn(others, comment);
  if (!parent && comment.parentId && isCommentId(comment.parentId)) {
    const read = await comments.get(comment.parentId);
    if (read && read.siteId === comment.siteId && read.postId === comment.postId) parent = read;
  }
  const tree = threadTree(parent && !others.some((c) => c.id === parent.id) ? [parent, ...others, comment] : [...others, comment]);
  const recentIds = (stats?.recentIds ?? []).filter((r) => r !== comment.id).slice(0, RECENT_BY_AUTHOR);
  const recent = (await review.commentsByIds(recentIds)).filter((c) => c.siteId === comment.siteId);
  recent.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return {
    statusCode: 200,
    body: {
      comment: reviewItemView(comment),
      authorHistory: {
        approved: stats?.approved ?? 0,
        rejected: stats?.rejected ?? 0,
        flagged: stats?.flagged ?? 0,
        recent: recent.map((c) => ({ id: c.id, text: c.text, status: c.status, createdAt: c.createdAt })),
      },
      parent: parent ? threadItemView(parent) : null,
      // The post's approved comments (a page of them) as a tree, this one in its place; depth indents.
      thread: tree.length > 1 ? tree.map(({ comment: c, depth }) => ({ ...threadItemView(c), depth })) : [],
      history: history.map(({ commentId: _id, ...entry }) => entry),
      // Whether an action can be set at all (an id or e-mail), and the one in force, if any.
      // key: what the author's view lists by (an id, an e-mail's hash or a folded name; never an address in clear).
      author: { actionable: isActionableAuthorKey(key), action: isActive(authorAction, new Date()) ? authorAction : null, ...(key ? { key } : {}) },
    },
  };
});
