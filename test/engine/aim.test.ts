import { describe, expect, it } from 'vitest';
import { judge, rules, spanTexts } from './helpers.ts';

// How an insulting word is aimed: forms beyond "you are a ...", and words that only report
// or quote someone else's insult.

describe('insults aimed in less direct forms', () => {
  it.each([
    ['a name after a retort', 'Look here numbnuts, the chart starts at zero.'],
    ['a name after "your mum" jibe', 'Run home to your mum, crybaby.'],
    ['the writer of the piece', 'Whoever typed this up is a complete buffoon.'],
    ['the author named as such', 'The author is a spineless coward.'],
    ['"too ... to" is not a hedge', 'You are too dumb to follow a recipe.'],
    ['"you are ... if" still states it', 'You are a fool if you trust that man.'],
    ['an inverted question', 'Are you really this gullible?'],
    ['a question with "this"', 'Are you always this thick with numbers?'],
    ['a hyphenated describing word', 'Nice one, you sofa-surfing halfwit.'],
    ['an absolute noun of address', 'You absolute muppet, read it again.'],
    ['stacked insults in an exclamation', 'What a dumb little cretin.'],
    ['letters stretched in two places', 'you are such an iiidioooot'],
    ['an exclamation confirmed with "you are"', 'What a prize plonker you are.'],
    ['a noun that takes "to" and a noun', "You're an embarrassment to your profession."],
    ['a name opening a clause with a describing word', 'Typical centrist moron, cannot pick a side.'],
    ['words spelled with dashes', 'U-R A M-O-R-O-N'],
  ])('flags %s', (_form, text) => {
    // Act
    const decision = judge(text);

    // Assert
    expect(decision.outcome).toBe('flag');
    expect(decision.reasons[0].category).toBe('insult');
  });

  it.each([
    ["a hypothetical 'you'd be'", "You'd be a fool to turn that offer down."],
    ['a plain exclamation with one word', 'What a muppet.'],
    ['a third person who is not the writer', 'The referee is a buffoon.'],
    ['someone who wrote something else', 'The man who wrote the letter is a fool, says the mayor.'],
    ['a hyphenated word that is not an address', 'I watched a half-baked movie, idiotic plot.'],
    ['a plural name for a third party', 'Typical ministry idiots, never answer letters.'],
  ])('leaves %s alone', (_form, text) => {
    expect(judge(text).outcome).toBe('approve');
  });

  it('says which participant was insulted and points at the word', () => {
    const text = 'Honestly, whoever posted this is a clown.';

    const decision = judge(text);

    expect(rules(decision)).toContain('insult.author');
    expect(spanTexts(text, decision, 'insult')).toEqual(['clown']);
  });
});

describe('reported and quoted abuse', () => {
  it.each([
    "My daughter was sent 'you are a worthless loser' by a stranger, and the school did nothing.",
    'The report says players heard "go back to your cave" from the stands.',
    'A councillor received the message "I know where you live" and went to the police.',
    'Kids being told to kill themselves online is why moderation matters. Being told to kill yourself is not banter.',
    'He was accused of telling people to shut up at the meeting.',
  ])('leaves %j alone', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });

  it('still flags quoted abuse that nobody reports, aimed at the reader', () => {
    expect(judge('"You are a worthless loser." Yes, you.').outcome).toBe('flag');
  });

  it('still flags an order given to the reader directly', () => {
    expect(judge("I'm telling you to go jump off a bridge").outcome).toBe('flag');
  });

  it('marks every word of a quoted passage, and nothing outside it', async () => {
    const { prepare } = await import('../../shared/engine/prepare.ts');

    const { tokens } = prepare("she said 'not today' and left");

    expect(tokens.filter((t) => t.cite > 0).map((t) => t.w)).toEqual(['not', 'today']);
  });

  it('does not treat a stray apostrophe as the start of a quotation', async () => {
    const { prepare } = await import('../../shared/engine/prepare.ts');

    const { tokens } = prepare("the teachers' union says you are a clown");

    expect(tokens.every((t) => t.cite === 0)).toBe(true);
  });
});
