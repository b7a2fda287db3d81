import { describe, expect, it } from 'vitest';
import { PolicyValidationError, parsePolicy, policyWithOverrides } from '../../shared/engine/index.ts';
import { DEFAULT_SCORES } from '../../shared/engine/score-table.ts';
import { RULES } from '../../shared/engine/rules.ts';
import { facts, judge } from './helpers.ts';

const FOUR_LINKS = 'deals https://a.example https://b.example https://c.example https://d.example';

describe('rule scores', () => {
  it('records each reason\'s contribution, and the contributions add up to the category score', () => {
    // Act
    const decision = judge('You are an idiot and a liar, check out my channel https://a.example');

    // Assert
    for (const category of ['insult', 'spam'] as const) {
      const sum = decision.reasons.filter((r) => r.category === category).reduce((s, r) => s + r.contribution, 0);
      expect(sum).toBeCloseTo(decision.scores[category] ?? 0, 1);
    }
    expect(decision.reasons.find((r) => r.rule === 'insult.you')?.contribution).toBeGreaterThan(0);
  });

  it('lets a site override one rule\'s score by id', () => {
    // Prepare
    const policy = policyWithOverrides({ version: 'lenient-links', scores: { 'spam.links.count': 0.5 } });

    // Act
    const before = judge(FOUR_LINKS);
    const after = judge(FOUR_LINKS, undefined, policy);

    // Assert
    const count = (d: typeof before) => d.reasons.find((r) => r.rule === 'spam.links.count');
    expect(count(before)?.contribution).toBeGreaterThan(1);
    // Four links against a limit of two is a stronger hit than a typical one: it keeps its ratio to the score.
    expect(count(after)?.contribution).toBeCloseTo((0.5 / DEFAULT_SCORES['spam.links.count']) * (count(before)?.contribution ?? 0), 1);
    expect(after.policyVersion).toBe('lenient-links');
  });

  it('turns a rule off with a score of 0, keeping it as a reason that added nothing', () => {
    // Prepare
    const policy = policyWithOverrides({ scores: { 'insult.you': 0 } });

    // Act
    const decision = judge('You are an idiot.', undefined, policy);

    // Assert
    expect(decision.outcome).toBe('approve');
    expect(decision.reasons.find((r) => r.rule === 'insult.you')?.contribution).toBe(0);
  });

  it('shows the trust discount in the contributions of a trusted author', () => {
    // Act
    const decision = judge(FOUR_LINKS, facts({ approved: 20 }));

    // Assert
    const count = decision.reasons.find((r) => r.rule === 'spam.links.count');
    expect(decision.reasons.map((r) => r.rule)).toContain('author.trusted');
    expect(count?.contribution).toBeCloseTo((judge(FOUR_LINKS).reasons.find((r) => r.rule === 'spam.links.count')?.contribution ?? 0) * 0.5, 1);
  });

  it('refuses an unknown rule id, naming it', () => {
    // Act
    const attempt = () => parsePolicy({ ...policyWithOverrides({}), scores: { 'spam.links.cuont': 1 } });

    // Assert
    expect(attempt).toThrow(PolicyValidationError);
    try {
      attempt();
    } catch (error) {
      expect((error as PolicyValidationError).issues).toEqual([{ path: 'scores.spam.links.cuont', message: 'unknown rule (see `sieve rules`)' }]);
    }
  });

  it('refuses a negative score or a score that is not a number', () => {
    // Act
    const attempt = () => policyWithOverrides({ scores: { 'insult.you': -1, 'spam.links': 'high' } });

    // Assert
    try {
      attempt();
      expect.unreachable();
    } catch (error) {
      const paths = (error as PolicyValidationError).issues.map((i) => `${i.path}: ${i.message}`);
      expect(paths).toEqual(['scores.insult.you: must be 0 or more', 'scores.spam.links: expected a number']);
    }
  });

  it('refuses a score for the trust adjustment, which is not a hit', () => {
    // Act
    const attempt = () => policyWithOverrides({ scores: { 'author.trusted': 1 } });

    // Assert
    expect(attempt).toThrow(/scores\.author\.trusted: not a scored rule/);
  });

  it('starts every rule at a finite, non-negative default score', () => {
    for (const id of Object.keys(RULES) as (keyof typeof RULES)[]) {
      expect(Number.isFinite(DEFAULT_SCORES[id]), id).toBe(true);
      expect(DEFAULT_SCORES[id], id).toBeGreaterThanOrEqual(0);
    }
  });
});
