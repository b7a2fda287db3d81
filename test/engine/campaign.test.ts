import { DEFAULT_SCORES } from '../../shared/engine/score-table.ts';
import { RULES } from '../../shared/engine/rules.ts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, contextQuery, evaluate, policyWithOverrides, type CommentInput, type Decision } from '../../shared/engine/index.ts';
import { MemoryContextSource } from '../../shared/engine/memory-context.ts';
import { AT, facts, judge, rules } from './helpers.ts';

// The same text from several authors within seconds (ContextFacts.sameText.recentByOthers, the
// policy's windows.campaignMs): the second copy counts weakly, the third flags. Short texts
// count too, unless they are reactions that people write independently.

/** Facts for a comment whose text `others` other authors posted within the campaign window. */
const copiedBy = (others: number) => facts({ byAnyone: others, recentByOthers: others });

describe('a campaign of short texts', () => {
  it.each([
    'Vote for Zorg!',
    'Sign the petition to save Elm Park',
    'Boycott Acme Foods now',
    'Zorg for mayor 2026',
    'Free Zorg, free the five',
  ])('flags the third copy of "%s" from different authors', (text) => {
    // Act
    const decision = judge(text, copiedBy(2));

    // Assert
    expect(decision.outcome).toBe('flag');
    expect(rules(decision)).toContain('duplicate.campaign');
  });

  it('counts the second copy weakly: noted, not held', () => {
    // Act
    const decision = judge('Justice for Elm Park!', copiedBy(1));

    // Assert
    expect(decision.outcome).toBe('approve');
    expect(rules(decision)).toEqual(['duplicate.campaign']);
    expect(decision.reasons[0].detail).toBe('Same text posted 1 time by other authors in the last 3 min');
  });

  it('grows with the copies, up to a ceiling', () => {
    // Act
    const scores = [2, 4, 8, 40].map((n) => judge('Justice for Elm Park!', copiedBy(n)).scores.duplicate);

    // Assert: hit weights 1, 1.5, 2, 2 on the rule's base scale, scaled by its default score.
    const factor = DEFAULT_SCORES['duplicate.campaign'] / RULES['duplicate.campaign'].baseScore;
    expect(scores).toEqual([1, 1.5, 2, 2].map((w) => Math.round(w * factor * 100) / 100));
  });

  it('leaves the author’s own copies to duplicate.author', () => {
    // Act
    const decision = judge('Vote for Zorg!', facts({ byAnyone: 2, byAuthor: 2, recentByOthers: 0 }));

    // Assert
    expect(rules(decision)).not.toContain('duplicate.campaign');
  });

  it('takes the stronger of a campaign and copies over the day for a longer text, not both', () => {
    // Prepare: too short for two copies over a day to count, copied twice within a minute.
    const text = 'The council has ignored residents on this for years, pass it on.';

    // Act
    const decision = judge(text, facts({ byAnyone: 2, recentByOthers: 2 }));

    // Assert
    expect(decision.outcome).toBe('flag');
    expect(rules(decision).filter((r) => r.startsWith('duplicate.'))).toEqual(['duplicate.campaign']);
  });
});

describe('chatter repeated by many', () => {
  it.each([
    'first!',
    'lol',
    '❤️❤️❤️',
    '👏👏',
    'same',
    '+1',
    'so true',
    "who's here in 2025",
    'who is watching in 2025?',
    'this is so true',
    'love this song so much',
    'great video, thanks for sharing',
    'Happy birthday Sam!',
    "Let's go Lakers!",
    'RIP legend',
    'Messi is the GOAT',
    'same bug on Firefox',
    'works on my machine',
    'what a goal!!',
    '12 years later and this still slaps',
    'imagine disliking this',
    'this deserves more views',
    'please make a part 2',
    '🔥🔥 🎸 🔥',
    'get in!!! 3 points 💙',
  ])('approves "%s" from many authors at once', (text) => {
    // Act
    const decision = judge(text, copiedBy(6));

    // Assert
    expect(decision.outcome).toBe('approve');
    expect(rules(decision)).not.toContain('duplicate.campaign');
  });
});

describe('a campaign through the stream context', () => {
  const SECOND = 1000;
  /** Each comment looked up, judged and recorded in turn, as `sieve check` does. */
  const run = (comments: CommentInput[]): Decision[] => {
    const context = new MemoryContextSource();
    return comments.map((c) => {
      const query = contextQuery(c, DEFAULT_POLICY);
      const decision = evaluate(c, context.lookupNow(query), DEFAULT_POLICY);
      context.recordNow(query, decision.outcome);
      return decision;
    });
  };
  const copy = (i: number, apartMs: number, text = 'Justice for Elm Park!'): CommentInput => ({
    id: `c${i}`,
    text,
    author: { id: `voter-${i}`, name: `Voter ${i}` },
    createdAt: AT + i * apartMs,
  });

  it('flags the third copy from a third author within seconds', () => {
    // Act
    const decisions = run([0, 1, 2].map((i) => copy(i, 5 * SECOND)));

    // Assert
    expect(decisions.map((d) => d.outcome)).toEqual(['approve', 'approve', 'flag']);
    expect(rules(decisions[2])).toContain('duplicate.campaign');
  });

  it('lets the same slogan recur when it comes minutes apart', () => {
    // Act
    const decisions = run([0, 1, 2].map((i) => copy(i, 10 * 60 * SECOND)));

    // Assert
    expect(decisions.map((d) => d.outcome)).toEqual(['approve', 'approve', 'approve']);
  });

  it('lets many fans post "first!" within seconds', () => {
    // Act
    const decisions = run([0, 1, 2, 3, 4, 5].map((i) => copy(i, SECOND, 'first!')));

    // Assert
    expect(decisions.every((d) => d.outcome === 'approve')).toBe(true);
  });
});

describe('a site that turns the campaign rule off', () => {
  it('still counts copies over the day', () => {
    // Prepare
    const policy = policyWithOverrides({ version: 'no-campaigns', scores: { 'duplicate.campaign': 0 } });
    const text = 'I think the council got this one badly wrong and should reconsider the plan.';

    // Act
    const decision = judge(text, facts({ byAnyone: 4, recentByOthers: 4 }), policy);

    // Assert
    expect(decision.outcome).toBe('flag');
    expect(rules(decision)).toContain('duplicate.anyone');
    expect(rules(decision)).not.toContain('duplicate.campaign');
  });
});
