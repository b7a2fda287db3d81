import { beforeAll, expect, it } from 'vitest';
import type { Comment, ShadowDecision } from '../../shared/comments/comment.ts';
import { DEFAULT_POLICY, EMPTY_CONTEXT, type ContextQuery, type ContextSource, type Decision, type Outcome } from '../../shared/engine/index.ts';
import { parseModel, type LearnedModel } from '../../shared/learn/index.ts';
import { moderateComment, type ModerationPorts } from '../../shared/moderation/moderate-comment.ts';
import { cookingModel } from '../support/learning-site.ts';

// One queued comment with the site's models: the active version decides and is recorded with
// its version; the shadow version's decision rides along on the same write and moves nothing
// else (no second decision, no stream context of its own).

let trained: LearnedModel;
beforeAll(async () => {
  trained = parseModel(JSON.stringify(await cookingModel('m2')));
});

const comment = (text: string): Comment => ({
  id: 'c_1',
  siteId: 'cooking',
  postId: 'p',
  text,
  author: { name: 'Reader', id: 'r1' },
  status: 'pending',
  createdAt: '2026-03-01T10:00:00.000Z',
  revision: 0,
  bodyHash: 'h',
  correlationId: 'corr',
});

/** Ports that record what the step wrote. */
const portsFor = (c: Comment, models?: { active?: LearnedModel; shadow?: LearnedModel }) => {
  const written = { decisions: [] as Array<{ decision: Decision; shadow?: ShadowDecision }>, recorded: [] as Outcome[] };
  const context: ContextSource = {
    lookup: async (_q: ContextQuery) => EMPTY_CONTEXT,
    record: async (_q: ContextQuery, outcome: Outcome) => {
      written.recorded.push(outcome);
    },
  };
  const ports: ModerationPorts = {
    getComment: async () => c,
    recordDecision: async (_c, decision, _at, shadow) => {
      written.decisions.push({ decision, ...(shadow ? { shadow } : {}) });
      return 'recorded';
    },
    policyFor: async () => DEFAULT_POLICY,
    contextFor: () => context,
    ...(models ? { modelsFor: async () => models } : {}),
  };
  return { ports, written };
};

const SPAM = 'A zorblax capsule a day keeps my cravings away. Zorblax is amazing.';
const message = { commentId: 'c_1', siteId: 'cooking', correlationId: 'corr' };

it('records the shadow version\'s decision beside the active one\'s, which alone decides and enters the stream context', async () => {
  const { ports, written } = portsFor(comment(SPAM), { shadow: trained });

  const result = await moderateComment(message, ports, new Date('2026-03-01T10:00:01.000Z'));

  expect(written.decisions).toHaveLength(1);
  expect(written.decisions[0]!.decision.outcome).toBe('approve');
  expect(written.decisions[0]!.decision.modelVersion).toBeUndefined();
  expect(written.decisions[0]!.shadow).toMatchObject({ modelVersion: 'm2', outcome: 'flag', policyVersion: DEFAULT_POLICY.version });
  expect(written.decisions[0]!.shadow!.reasons.map((r) => r.rule)).toContain('learned.spam');
  expect(written.decisions[0]!.shadow!.reasons[0]).not.toHaveProperty('spans');
  expect(written.recorded).toEqual(['approve']);
  expect(result).toMatchObject({ result: 'decided', shadow: { outcome: 'flag' } });
});

it('decides with the active version and records its version beside the policy\'s', async () => {
  const { ports, written } = portsFor(comment(SPAM), { active: trained });

  await moderateComment(message, ports, new Date('2026-03-01T10:00:01.000Z'));

  expect(written.decisions).toEqual([{ decision: expect.objectContaining({ outcome: 'flag', modelVersion: 'm2', policyVersion: DEFAULT_POLICY.version }) }]);
  expect(written.recorded).toEqual(['flag']);
});

it('without models decides with the rules alone, as before', async () => {
  const { ports, written } = portsFor(comment(SPAM));

  await moderateComment(message, ports, new Date('2026-03-01T10:00:01.000Z'));

  expect(written.decisions).toEqual([{ decision: expect.objectContaining({ outcome: 'approve' }) }]);
  expect(written.decisions[0]!.decision.modelVersion).toBeUndefined();
});
