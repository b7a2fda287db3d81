import { beforeAll, describe, expect, it } from 'vitest';
import type { Comment, ShadowDecisions } from '../../shared/comments/comment.ts';
import { DEFAULT_POLICY, EMPTY_CONTEXT, policyWithOverrides, type ContextQuery, type ContextSource, type Decision, type Outcome, type Policy } from '../../shared/engine/index.ts';
import { parseModel, type LearnedModel } from '../../shared/learn/index.ts';
import { moderateComment, type ModerationPorts } from '../../shared/moderation/moderate-comment.ts';
import { cookingModel } from '../support/learning-site.ts';

// One queued comment with the site's models and policies: the active versions decide and are
// recorded with their versions; a shadow version's decision (a model's, a policy's) rides along
// on the same write and moves nothing else (no second decision, no stream context of its own).

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
const portsFor = (c: Comment, models?: { active?: LearnedModel; shadow?: LearnedModel }, policies: { active: Policy; shadow?: Policy } = { active: DEFAULT_POLICY }) => {
  const written = { decisions: [] as Array<{ decision: Decision } & ShadowDecisions>, recorded: [] as Outcome[], lookups: [] as ContextQuery[] };
  const context: ContextSource = {
    lookup: async (q: ContextQuery) => {
      written.lookups.push(q);
      return EMPTY_CONTEXT;
    },
    record: async (_q: ContextQuery, outcome: Outcome) => {
      written.recorded.push(outcome);
    },
  };
  const ports: ModerationPorts = {
    getComment: async () => c,
    recordDecision: async (_c, decision, _at, shadows) => {
      written.decisions.push({ decision, ...shadows });
      return 'recorded';
    },
    policiesFor: async () => policies,
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

describe('a policy version in shadow', () => {
  const SHADOW_POLICY = policyWithOverrides({ version: 'v2', words: [{ term: 'zorblax', action: 'reject' }] });

  it('records what it would decide (with the active model) beside the real decision, which alone acts', async () => {
    const { ports, written } = portsFor(comment(SPAM), { active: trained }, { active: DEFAULT_POLICY, shadow: SHADOW_POLICY });

    const result = await moderateComment(message, ports, new Date('2026-03-01T10:00:01.000Z'));

    expect(written.decisions).toHaveLength(1);
    expect(written.decisions[0]!.decision).toMatchObject({ outcome: 'flag', policyVersion: DEFAULT_POLICY.version, modelVersion: 'm2' });
    expect(written.decisions[0]!.policyShadow).toMatchObject({ outcome: 'reject', policyVersion: 'v2', modelVersion: 'm2' });
    expect(written.decisions[0]!.policyShadow!.reasons.map((r) => r.rule)).toContain('policy.words.reject');
    expect(written.decisions[0]!.shadow).toBeUndefined();
    expect(written.recorded).toEqual(['flag']);
    expect(result).toMatchObject({ result: 'decided', policyShadow: { outcome: 'reject' } });
  });

  it('reads the stream facts once more only when its time windows differ from the policy in use', async () => {
    const sameWindows = portsFor(comment(SPAM), undefined, { active: DEFAULT_POLICY, shadow: SHADOW_POLICY });
    const longerFlood = portsFor(comment(SPAM), undefined, {
      active: DEFAULT_POLICY,
      shadow: policyWithOverrides({ version: 'v3', windows: { floodMs: DEFAULT_POLICY.windows.floodMs * 2 } }),
    });

    await moderateComment(message, sameWindows.ports, new Date('2026-03-01T10:00:01.000Z'));
    await moderateComment(message, longerFlood.ports, new Date('2026-03-01T10:00:01.000Z'));

    expect(sameWindows.written.lookups).toHaveLength(1);
    expect(longerFlood.written.lookups.map((q) => q.floodWindowMs)).toEqual([DEFAULT_POLICY.windows.floodMs, DEFAULT_POLICY.windows.floodMs * 2]);
    expect(longerFlood.written.decisions[0]!.policyShadow).toMatchObject({ policyVersion: 'v3', outcome: 'approve' });
    expect(longerFlood.written.decisions[0]!.policyShadow!.modelVersion).toBeUndefined();
  });
});
