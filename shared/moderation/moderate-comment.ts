import { authorActionOf, withAuthorAction, type AuthorAction } from '../authors/author-actions.ts';
import type { Comment, ShadowDecision, ShadowDecisions } from '../comments/comment.ts';
import { contextQuery, evaluate, type Policy } from '../engine/index.ts';
import type { CommentInput, ContextFacts, ContextQuery, ContextSource, Decision } from '../engine/types.ts';
import type { SiteModels } from '../models/model-cache.ts';
import type { ModerationMessage } from '../queue/moderation-message.ts';
import type { SitePolicies } from './policy-cache.ts';

// One queued comment, start to finish: load it, look up its stream context, run the
// engine, store the decision (only if still pending), then record the context so later
// comments see this one. Every step is safe to repeat: a redelivered message finds the
// comment decided and stops.
//
// With the site's learned model (the active version) the decision carries its version beside
// the policy's. With a model version in shadow, the same comment and facts are decided once
// more with it (under the policy in use); with a policy version in shadow, once more under it
// (with the active model). Each change is judged alone, so a flip says which one made it. What
// those would have been is stored beside the decision, to be compared (`sieve shadow report`),
// never acted on.

export interface ModerationPorts {
  getComment(id: string): Promise<Comment | undefined>;
  recordDecision(comment: Comment, decision: Decision, decidedAt: Date, shadows: ShadowDecisions): Promise<'recorded' | 'already-decided'>;
  /** The site's policy in use, and its policy version in shadow if any. */
  policiesFor(siteId: string, now: number): Promise<SitePolicies>;
  /** The site's active and shadow models; without it (or them) the rules decide alone. */
  modelsFor?(siteId: string, now: number): Promise<SiteModels>;
  contextFor(comment: Comment): ContextSource;
  /** A moderator's trust, pre-moderation or ban of an author (shared/authors); it sets the outcome. */
  authorActionFor?(siteId: string, authorKey: string): Promise<AuthorAction | undefined>;
}

export type ModerationResult =
  | ({ result: 'decided'; comment: Comment; decision: Decision } & ShadowDecisions)
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
  ...(c.client?.ipHash ? { ipKey: c.client.ipHash } : {}),
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

  const policies = await ports.policiesFor(comment.siteId, now.getTime());
  const models: SiteModels = (await ports.modelsFor?.(comment.siteId, now.getTime())) ?? {};
  const input = engineInput(comment);
  const query = contextQuery(input, policies.active);
  const context = ports.contextFor(comment);
  const facts = await context.lookup(query);
  // An author action overrides every version alike, so a shadow's flips come from its policy or model only.
  const action = await authorActionOf(comment, ports.authorActionFor);
  const decide = (f: ContextFacts, policy: Policy, model: SiteModels['active']) => withAuthorAction(evaluate(input, f, policy, model), action, now);
  const decision = decide(facts, policies.active, models.active);
  const shadows: ShadowDecisions = {};
  if (models.shadow) shadows.shadow = shadowDecision(decide(facts, policies.active, models.shadow));
  if (policies.shadow) {
    const shadowFacts = await factsUnder(policies.shadow, input, query, facts, context);
    shadows.policyShadow = shadowDecision(decide(shadowFacts, policies.shadow, models.active));
  }

  if ((await ports.recordDecision(comment, decision, now, shadows)) === 'already-decided') {
    return { result: 'already-decided', comment };
  }
  // Only the real decision enters the stream context: a shadow's outcome changes nothing.
  await context.record(query, decision.outcome);
  return { result: 'decided', comment, decision, ...shadows };
};

/** The stream facts under another policy: the same ones, unless its time windows differ and call for a read of their own. */
const factsUnder = async (policy: Policy, input: CommentInput, query: ContextQuery, facts: ContextFacts, context: ContextSource): Promise<ContextFacts> => {
  const own = contextQuery(input, policy);
  const same = own.duplicateWindowMs === query.duplicateWindowMs && own.floodWindowMs === query.floodWindowMs && own.campaignWindowMs === query.campaignWindowMs;
  return same ? facts : context.lookup(own);
};

/** What is kept of a shadow decision: enough to compare, without the spans. */
export const shadowDecision = (decision: Decision): ShadowDecision => ({
  ...(decision.modelVersion ? { modelVersion: decision.modelVersion } : {}),
  policyVersion: decision.policyVersion,
  outcome: decision.outcome,
  scores: decision.scores,
  reasons: decision.reasons.map(({ rule, category, contribution, detail }) => ({ rule, category, contribution, detail })),
});
