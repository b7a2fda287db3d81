import { describe, expect, it } from 'vitest';
import { judge, spanTexts } from './helpers.ts';

describe('threats and self-harm', () => {
  it.each([
    'I will kill you',
    "i'm gonna find you and beat the crap out of you",
    'kill yourself',
    'kys',
    'go die in a fire',
    'You should be shot',
    'I know where you live',
    'someone should shoot you',
    'k1ll y0urself',
    'I hope you die',
    'I will kick your ass',
    'I will break your neck',
  ])('flags %j as a threat', (text) => {
    const decision = judge(text);

    expect(decision.outcome).not.toBe('approve');
    expect(decision.reasons[0].category).toBe('threat');
  });

  it.each([
    'This tax will kill the economy',
    "Assassin's Creed is a classic",
    'I could kill for a coffee right now',
    'The band is killing it tonight',
    'They shot the video in Lisbon',
    "I would never hurt you",
    'Obama will beat you in November',
    'this will end your career',
    "I'll shoot you an email tomorrow",
    'we will cut your taxes',
    'Someone should shoot him a message',
  ])('leaves %j alone', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });

  it('spans the threatening words', () => {
    const text = 'Listen. I will kill you.';

    expect(spanTexts(text, judge(text), 'threat')).toEqual(['I will kill you']);
  });
});

describe('identity attacks', () => {
  it('flags a slur even when obfuscated', () => {
    const decision = judge('shut it, f@gg0t');

    expect(decision.outcome).toBe('flag');
    expect(decision.scores.identity).toBeGreaterThanOrEqual(1);
  });

  it('flags a group described as vermin', () => {
    const decision = judge('immigrants are vermin');

    expect(decision.outcome).toBe('flag');
    expect(decision.reasons[0].rule).toBe('identity.dehumanising');
  });

  it('flags a call for violence against a group, not a harsh policy opinion', () => {
    expect(judge('all immigrants should be killed').reasons[0].rule).toBe('identity.removal');
    expect(judge('illegals should be deported').outcome).toBe('approve');
    expect(judge('muslims are not animals').outcome).toBe('approve');
  });

  it('flags a call to throw a group out for who they are, not a report of it or a policy opinion', () => {
    expect(judge('Hindus must be driven out of the region.').reasons.map((r) => r.rule)).toEqual(['identity.exclusion']);
    expect(judge('Jews were expelled from Spain in 1492.').outcome).toBe('approve');
    expect(judge('Illegals should be deported.').outcome).toBe('approve');
  });

  it('flags a trait pinned on a group as its nature, and only notes it otherwise', () => {
    expect(judge('Arabs are genetically more aggressive.').reasons.map((r) => r.rule)).toEqual(['identity.generalising']);
    expect(judge('Women are more aggressive drivers, the insurer claims.').outcome).toBe('approve');
  });

  it('adds an exclusion to a group already demeaned in the same sentence', () => {
    const decision = judge('Deaf people are disgusting and should not be allowed to adopt.');

    expect(decision.outcome).toBe('flag');
    expect(decision.reasons.map((r) => r.rule).sort()).toEqual(['identity.demeaning', 'identity.exclusion']);
  });

  it('treats a quoted slur that is being discussed as a mention', () => {
    const decision = judge('The word "faggot" should not be used in schools.');

    expect(decision.outcome).toBe('approve');
    expect(decision.reasons.map((r) => r.rule)).toContain('identity.slur-mention');
  });
});

describe('profanity', () => {
  it('is a label, not a reason to flag', () => {
    const decision = judge('I was pissed off, what a shit storm, the guy is an asshole');

    expect(decision.outcome).toBe('approve');
    expect(decision.scores.profanity).toBe(3);
    expect(decision.reasons).toHaveLength(1);
    expect(decision.reasons[0].detail).toBe('Profanity: "pissed", "shit", "asshole"');
  });

  it('sees masked and stretched profanity', () => {
    const text = 'f*ck this, shiiiit';

    expect(spanTexts(text, judge(text), 'profanity')).toEqual(['f*ck', 'shiiiit']);
  });

  it.each(['Scunthorpe United won', 'Mr Cockburn spoke', 'the assassin escaped', 'I love Dickens', 'a classic film', 'my therapist said so', 'Arsenal won again', 'Sussex by the sea', 'a cocktail party', 'shiitake mushrooms'])(
    'leaves %j alone entirely',
    (text) => {
      const decision = judge(text);

      expect(decision.outcome).toBe('approve');
      expect(decision.reasons).toEqual([]);
    },
  );
});

describe('other languages', () => {
  it.each([
    "Je pense que cette idée est complètement stupide, mais c'est la vie.",
    'Das ist doch völliger Quatsch, du hast keine Ahnung von Politik.',
    'Eso es una tontería, no entiendes nada del tema.',
    'Это глупая идея, но я с тобой не согласен.',
    'これはばかげた考えだと思いますが、どうでしょうか。',
  ])('leaves %j alone', (text) => {
    const decision = judge(text);

    expect(decision.outcome).toBe('approve');
    expect(decision.reasons).toEqual([]);
  });
});
