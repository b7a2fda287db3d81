import type { Comment } from '../comments/comment.ts';
import { contextQuery, evaluate, type Policy } from '../engine/index.ts';
import type { CommentInput, ContextSource, Decision } from '../engine/types.ts';
import type { ModerationMessage } from '../queue/moderation-message.ts';

// One queued comment, start to finish: load it, look up its stream context, run the
// engine, store the decision (only if still pending), then record the context so later
// comments see this one. Every step is safe to repeat: a redelivered message finds the
// comment decided and stops.

export interface ModerationPorts {
  getComment(id: string): Promise<Comment | undefined>;
  recordDecision(comment: Comment, decision: Decision, decidedAt: Date): Promise<'recorded' | 'already-decided'>;
  policyFor(siteId: string, now: number): Promise<Policy>;
  contextFor(comment: Comment): ContextSource;
}

export type ModerationResult =
  | { result: 'decided'; comment: Comment; decision: Decision }
  | { result: 'already-decided'; comment: Comment };

export class CommentNotFoundError extends Error {
  override name = 'CommentNotFoundError';
}

export const engineInput = (c: Comment): CommentInput => ({
  id: c.id,
  text: c.text,
  author: c.author,
  postId: c.postId,
  ...(c.parentId ? { parentId: c.parentId } : {}),
  createdAt: Date.parse(c.createdAt),
});

export const moderateComment = async (message: ModerationMessage, ports: ModerationPorts, now: Date): Promise<ModerationResult> => {
  const comment = await ports.getComment(message.commentId);
  // Retrying cannot make a missing comment appear; failing sends the message to the DLQ
  // where an operator can see it, which is what we want for a reference to nothing.
  if (!comment || comment.siteId !== message.siteId) {
    throw new CommentNotFoundError(`Comment ${message.commentId} of site ${message.siteId} does not exist`);
  }
  if (comment.status !== 'pending') return { result: 'already-decided', comment };

  const policy = await ports.policyFor(comment.siteId, now.getTime());
  const input = engineInput(comment);
  const query = contextQuery(input, policy);
  const context = ports.contextFor(comment);
  const decision = evaluate(input, await context.lookup(query), policy);

  if ((await ports.recordDecision(comment, decision, now)) === 'already-decided') {
    return { result: 'already-decided', comment };
  }
  await context.record(query, decision.outcome);
  return { result: 'decided', comment, decision };
};
