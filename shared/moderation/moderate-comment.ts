import { authorActionOf, withAuthorAction, type AuthorAction } from '../authors/author-actions.ts';
import type { Comment, ShadowDecision } from '../comments/comment.ts';
import { contextQuery, evaluate, type Policy } from '../engine/index.ts';
import type { CommentInput, ContextSource, Decision } from '../engine/types.ts';
import type { SiteModels } from '../models/model-cache.ts';
import type { ModerationMessage } from '../queue/moderation-message.ts';

// One queued comment, start to finish: load it, look up its stream context, run the
// engine, store the decision (only if still pending), then record the context so later
// comments see this one. Every step is safe to repeat: a redelivered message finds the
// comment decided and stops.
//
// With the site's learned model (the active version) the decision carries its version beside
// the policy's. With a version in shadow, the same comment and facts are decided once more with
// it, and what that would have been is stored beside the decision, to be compared
// (`sieve shadow report`), never acted on.

export interface ModerationPorts {
  getComment(id: string): Promise<Comment | undefined>;
  recordDecision(comment: Comment, decision: Decision, decidedAt: Date, shadow?: ShadowDecision): Promise<'recorded' | 'already-decided'>;
  policyFor(siteId: string, now: number): Promise<Policy>;
  /** The site's active and shadow models; without it (or them) the rules decide alone. */
  modelsFor?(siteId: string, now: number): Promise<SiteModels>;
  contextFor(comment: Comment): ContextSource;
  /** A moderator's trust, pre-moderation or ban of an author (shared/authors); it sets the outcome. */
  authorActionFor?(siteId: string, authorKey: string): Promise<AuthorAction | undefined>;
}

export type ModerationResult =
  | { result: 'decided'; comment: Comment; decision: Decision; shadow?: ShadowDecision }
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
  const models: SiteModels = (await ports.modelsFor?.(comment.siteId, now.getTime())) ?? {};
  const input = engineInput(comment);
  const query = contextQuery(input, policy);
  const context = ports.contextFor(comment);
  const facts = await context.lookup(query);
  const decision = withAuthorAction(evaluate(input, facts, policy, models.active), await authorActionOf(comment, ports.authorActionFor), now);
  const shadow = models.shadow ? shadowDecision(evaluate(input, facts, policy, models.shadow), models.shadow.version) : undefined;

  if ((await ports.recordDecision(comment, decision, now, shadow)) === 'already-decided') {
    return { result: 'already-decided', comment };
  }
  // Only the real decision enters the stream context: the shadow's outcome changes nothing.
  await context.record(query, decision.outcome);
  return { result: 'decided', comment, decision, ...(shadow ? { shadow } : {}) };
};

/** What is kept of a shadow model's decision: enough to compare, without the spans. */
export const shadowDecision = (decision: Decision, modelVersion: string): ShadowDecision => ({
  modelVersion,
  policyVersion: decision.policyVersion,
  outcome: decision.outcome,
  scores: decision.scores,
  reasons: decision.reasons.map(({ rule, category, contribution, detail }) => ({ rule, category, contribution, detail })),
});
