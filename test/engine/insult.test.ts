import { describe, expect, it } from 'vitest';
import { judge, rules, spanTexts } from './helpers.ts';

describe('insults aimed at a person', () => {
  it.each([
    'You are an idiot',
    'ur a moron',
    'you are an id10t',
    'y0u 4re an 1d10t',
    'STFU you retard',
    'go back to your cave',
    'you stupid clown',
    'Are you stupid or something?',
    "you're such a pathetic loser",
    'your an idiot',
    'your so stupid',
    'you are a complete f*cking moron',
    'You are an i d i o t',
    'you sound like a total imbecile',
    'people like you are idiots',
    'idiots like you ruin everything',
    'Nice try, moron.',
    'Idiot!',
    "don't be an idiot",
    '@dave is an idiot',
    'shut up',
    'Just shut up already',
    'f*ck you',
    'you are a st00pid m0r0n',
    'you guys are morons',
    'You are easily the thickest commenter here.',
    'You are a moooron',
    'you liberal idiot',
    'what a moron you are',
    'you are a sad little man',
    'Shut up, you ignorant fool',
    'you liberals are idiots',
    'You sir are an idiot',
    'how stupid are you',
    'u r a moron',
    "you're an embarrassment to this site",
    'Learn to read, genius',
    'You have the brains of a gnat',
    "you're an @ss",
    'you st*pid id**t',
    'you are a r3t@rd',
    'you little shit',
    'go away troll',
    'Go crawl back into whatever hole you came out of',
    'Wow, you really are a special kind of stupid',
    'You sound like a 12 year old',
    'Your brain is the size of a pea',
    "You're a complete and utter moron",
    'nice try troll',
    'you have no brain',
  ])('flags %j', (text) => {
    // Act
    const decision = judge(text);

    // Assert
    expect(decision.outcome).toBe('flag');
    expect(decision.reasons[0].category).toBe('insult');
  });

  it.each([
    'this idea is idiotic',
    'That plan is stupid and will fail.',
    'I was an idiot to believe it',
    "I'm such an idiot, I forgot my keys",
    'he called the minister a fool',
    "the word 'idiot' is overused",
    'Calling people morons never convinced anyone.',
    'You are wrong about the budget.',
    'your stupid idea will never work',
    'I think you made a stupid mistake there',
    'The senator is an idiot.',
    "Don't call me an idiot",
    'You are not an idiot, you just disagree.',
    'I had to go back to work after lunch.',
    'You know, the stupid thing is that nobody voted.',
    'If you are an idiot you will vote for him',
    "you'd be a fool if you think this will pass",
    'I am so pissed off at both parties.',
    'Do you really think people are that stupid?',
    'Those idiots in Washington never learn.',
    'Anyone who believes that is a moron.',
    'You can not fix stupid.',
    'Thank you for the thoughtful reply.',
    'cover your ass',
    "you don't give a shit",
    'you say shit like that all the time',
    'Are you fucking kidding me?',
    "don't feed the troll",
    'You need help with the form? Call the office.',
    'You talk like a politician',
    'Right wing and left wing idiots are the same',
    'Calling your opponents idiots, as some commenters here do, never persuaded anyone.',
    'So he called you an idiot? Ignore him.',
    'You made the setup fool-proof, and the manual idiot-proof too.',
    'Shut up and take my money, that keyboard is gorgeous.',
    'That was the thickest fog I have driven through in years.',
  ])('leaves %j alone', (text) => {
    // Act
    const decision = judge(text);

    // Assert
    expect(decision.outcome).toBe('approve');
  });

  it('explains the insult in plain English with the span typed', () => {
    // Prepare
    const text = 'y0u 4re an 1d10t';

    // Act
    const decision = judge(text);

    // Assert
    expect(decision.reasons[0].detail).toBe('Addresses someone as "1d10t" (idiot)');
    expect(spanTexts(text, decision, 'insult')).toEqual(['1d10t']);
  });

  it('points at the joined letters of a spaced-out insult', () => {
    const text = 'you are a d i c k';

    const decision = judge(text);

    expect(decision.outcome).toBe('flag');
    expect(spanTexts(text, decision, 'insult')).toEqual(['d i c k']);
  });

  it('reports a directed phrase with the words typed', () => {
    const decision = judge('Oh just SHUT UP');

    expect(rules(decision)).toContain('insult.phrase.dismissal');
    expect(decision.reasons[0].detail).toBe('Tells someone to "SHUT UP"');
  });
});
