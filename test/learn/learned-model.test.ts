import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, EMPTY_CONTEXT, evaluate } from '../../shared/engine/index.ts';
import { CRYSTAL_SPAM, GAMING_ABUSE, GAMING_OK, GARDEN_OK, comment, decideBoth, interleave, trained } from './site-comments.ts';

const SITE = interleave(GARDEN_OK, CRYSTAL_SPAM, GAMING_OK, GAMING_ABUSE);

describe('learned model', () => {
  it('trains the same model twice from the same labels', () => {
    // Act
    const first = trained(SITE).document;
    const second = trained(SITE).document;

    // Assert
    expect(first.heads.spam).toBeDefined();
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('trains a different model from another seed', () => {
    // Act
    const first = trained(SITE).document;
    const reseeded = trained(SITE, { seed: 2 }).document;

    // Assert
    expect(reseeded.heads.spam?.values).not.toBe(first.heads.spam?.values);
  });

  it("flags spam no rule knows, naming the site's words that weighed most with their places in the text", () => {
    // Prepare
    const { model } = trained(SITE);
    const text = 'Try Z0RBLAX crystals, they doubled my energy.';

    // Act
    const { rules, learned } = decideBoth(text, model);

    // Assert
    expect(rules.outcome).toBe('approve');
    expect(learned.outcome).toBe('flag');
    expect(learned.modelVersion).toBe('m1');
    const reason = learned.reasons.find((r) => r.rule === 'learned.spam');
    expect(reason).toMatchObject({ category: 'spam' });
    expect(reason?.contribution).toBeGreaterThanOrEqual(1);
    expect(reason?.detail).toMatch(/^Learned from this site's moderators: "/);
    expect(reason?.detail).toContain('Z0RBLAX');
    const shown = reason?.spans.map(([s, e]) => text.slice(s, e)) ?? [];
    expect(shown.some((s) => s.startsWith('Z0RBLAX'))).toBe(true);
    // "my" is common in the site's approved comments: it may join a phrase, not be one.
    expect(shown).not.toContain('my');
  });

  it('clears what the rules over-catch on a site whose moderators approve it', () => {
    // Prepare
    const { model } = trained(SITE);
    const text = 'good game, I will kill you next raid';

    // Act
    const { rules, learned } = decideBoth(text, model);

    // Assert
    expect(rules.outcome).toBe('flag');
    expect(rules.reasons.map((r) => r.rule)).toContain('threat.violence');
    expect(learned.outcome).toBe('approve');
    const reason = learned.reasons.find((r) => r.rule === 'learned.abuse');
    expect(reason).toMatchObject({ category: 'threat' });
    expect(reason?.contribution).toBeLessThan(0);
    expect(reason?.detail).toMatch(/^Looks like this site's approved comments: "/);
    expect(reason?.spans.length).toBeGreaterThan(0);
    expect(learned.scores.threat).toBeGreaterThanOrEqual(0);
  });

  it('still catches abuse the site rejects', () => {
    // Prepare
    const { model } = trained(SITE);

    // Act
    const { learned } = decideBoth('You are a pathetic idiot, stop posting.', model);

    // Assert
    expect(learned.outcome).not.toBe('approve');
    expect(learned.reasons[0].rule).toMatch(/^insult\./);
  });

  it('adds no reason to a clean comment the rules let through', () => {
    // Prepare
    const { model } = trained(SITE);

    // Act
    const { rules, learned } = decideBoth('The raised beds looked lovely this spring, thanks.', model);

    // Assert
    expect(learned.outcome).toBe('approve');
    expect(learned.reasons).toEqual(rules.reasons);
    expect(learned.scores).toEqual(rules.scores);
  });

  it('stays silent below the minimum labels: decisions are exactly those of the rules alone', () => {
    // Prepare
    const few = interleave(GARDEN_OK.slice(0, 25), CRYSTAL_SPAM.slice(0, 25), GAMING_ABUSE.slice(0, 25));
    const { document, model } = trained(few, { minLabels: 30 });
    const texts = ['Zorblax crystals doubled my energy.', 'good game, I will kill you next raid', 'You worthless moron.', 'Lovely roses.'];

    // Act
    const decisions = texts.map((text, n) => ({
      rules: evaluate(comment(text, n), EMPTY_CONTEXT, DEFAULT_POLICY),
      learned: evaluate(comment(text, n), EMPTY_CONTEXT, DEFAULT_POLICY, model),
    }));

    // Assert
    expect(document.heads).toEqual({});
    for (const { rules, learned } of decisions) expect(JSON.stringify(learned)).toBe(JSON.stringify(rules));
  });

  it('trains a head only for the group with enough labels', () => {
    // Prepare
    const spamOnly = interleave(GARDEN_OK, CRYSTAL_SPAM, GAMING_ABUSE.slice(0, 10));

    // Act
    const { document } = trained(spamOnly, { minLabels: 20 });

    // Assert
    expect(document.labels).toEqual({ ok: GARDEN_OK.length, spam: CRYSTAL_SPAM.length, abuse: 10 });
    expect(Object.keys(document.heads)).toEqual(['spam']);
  });
});
