// Masked and broken words (the normaliser and the lexicon's mask lookup) and phrases broken
// by punctuation (the tokeniser), each family with the rule that fires and what must stay
// approved. All examples are written for this project.

import { describe, expect, it } from 'vitest';
import { normalise } from '../../shared/engine/index.ts';
import { textSpan } from '../../shared/engine/normalise.ts';
import { tokenise } from '../../shared/engine/tokens.ts';
import { judge, rules, spanTexts } from './helpers.ts';

/** The clauses the tokeniser reads, as words joined by spaces. */
function clauses(text: string): string[] {
  const out: string[][] = [];
  for (const token of tokenise(normalise(text).text)) {
    if (token.brk || out.length === 0) out.push([]);
    out[out.length - 1].push(token.w);
  }
  return out.map((words) => words.join(' '));
}

describe('letters masked by marks inside a word', () => {
  it.each([
    ['underscores for a letter', 'you pr__ck', 'pr__ck'],
    ['one underscore for each letter', 'you are a b_tch', 'b_tch'],
    ['underscores for several letters', 'you are an a__hole', 'a__hole'],
    ['underscores for vowels', 'shut it, you m_r_n', 'm_r_n'],
    ['a percent sign', 'you f%ckwit', 'f%ckwit'],
    ['a caret', 'you are so st^pid', 'st^pid'],
    ['one hyphen for a letter', 'you absolute b-tch', 'b-tch'],
    ['hyphens in a row', 'you are a d--khead', 'd--khead'],
    ['a star in a compound nobody lists as maskable', 'you f*ckwit', 'f*ckwit'],
    ['a star in another compound', 'you are such a sh*thead', 'sh*thead'],
    ['one star for two letters', 'you complete a*hole', 'a*hole'],
    ['a hyphen for the missing letters', 'you a-hole', 'a-hole'],
  ])('reads %s as the word it masks', (_form, text, typed) => {
    // Act
    const decision = judge(text);

    // Assert
    expect(rules(decision)).toContain('insult.you');
    expect(spanTexts(text, decision, 'insult')).toContain(typed);
  });

  it('reads a masked compound as the insult, not only as its profane stem', () => {
    const decision = judge('you f*ckwit');

    expect(decision.outcome).toBe('flag');
    expect(decision.reasons.find((r) => r.rule === 'insult.you')?.detail).toBe('Addresses someone as "f*ckwit" (fuckwit)');
  });

  it('keeps the masked word as typed in the text layer, with its span on the typed characters', () => {
    const input = 'what a pr__ck';
    const n = normalise(input);
    const at = n.text.indexOf('pr**ck');

    expect(at).toBeGreaterThanOrEqual(0);
    expect(input.slice(...textSpan(n, at, at + 'pr**ck'.length))).toBe('pr__ck');
  });

  it('reads masked profanity as profanity, a label only', () => {
    const text = 'the sh_t weather ruined a f--king good match';
    const decision = judge(text);

    expect(decision.outcome).toBe('approve');
    expect(rules(decision)).toEqual(['profanity.words']);
    expect(spanTexts(text, decision, 'profanity')).toEqual(['sh_t', 'f--king']);
  });
});

describe('words broken apart by marks', () => {
  it.each([
    ['a hyphen', 'you are a mo-ron', 'mo-ron'],
    ['a full stop', 'you id.iot', 'id.iot'],
    ['a stray underscore', 'you are a moro_n', 'moro_n'],
    ['a hyphenated compound', 'you low-life', 'low-life'],
    ['leetspeak inside the parts', 'you are a m0-r0n', 'm0-r0n'],
  ])('joins a word broken by %s', (_form, text, typed) => {
    // Act
    const decision = judge(text);

    // Assert
    expect(rules(decision)).toContain('insult.you');
    expect(spanTexts(text, decision, 'insult')).toEqual([typed]);
  });

  it.each([
    ['letters spaced out', 'you are s t u p i d', 's t u p i d'],
    ['letters dotted', 'you m.o.r.o.n', 'm.o.r.o.n'],
    ['letters dashed', 'you are an i-d-i-o-t', 'i-d-i-o-t'],
    ['an @ for an a', 'shut up dumb@ss', 'dumb@ss'],
    ['an ! for an i', 'you id!ot', 'id!ot'],
    ['dollar signs for esses', 'you a$$hat', 'a$$hat'],
    ['a leading @', 'you @sshole', '@sshole'],
    ['digits and symbols mixed', 'you 1d!0t', '1d!0t'],
    ['a cent sign for a c', 'you fu¢king m0ron', 'm0ron'],
    ['a Latin letter with a stroke', 'you are an idiøt', 'idiøt'],
  ])('still reads %s', (_form, text, typed) => {
    const decision = judge(text);

    expect(decision.outcome).toBe('flag');
    expect(spanTexts(text, decision, 'insult')).toContain(typed);
  });
});

describe('marks that mask nothing', () => {
  it.each([
    ['money', 'I have $$$ in the bank and paid $5 for it'],
    ['an e-mail address', 'mail me@site.example for the minutes'],
    ['programming languages', 'I code in C# and A++ is my grade'],
    ['ratings', 'got 5* reviews, 4.5 stars overall'],
    ['identifiers', 'rename snake_case to my_var and call __init__ first'],
    ['hyphenated words', 'a well-known co-op sells t-shirts and x-rays'],
    ['abbreviations', 'e.g. the U.S. and i.e. the A-S levels'],
    ['faces', 'o_O that was ^_^ and x_x'],
    ['a question without a space', 'what?really no way'],
    ['joined sentences', 'great match.Moron of a referee though'],
    ['place names', 'Scunthorpe and Penistone and Cockburnspath'],
  ])('leaves %s alone', (_kind, text) => {
    const decision = judge(text);

    expect(decision.outcome).toBe('approve');
    expect(rules(decision).filter((r) => r.startsWith('insult.') || r.startsWith('identity.'))).toEqual([]);
  });

  it('keeps identifiers, hyphenated words and faces as typed', () => {
    expect(normalise('snake_case well-known o_O').text).toBe('snake_case well-known o_o');
  });

  it('keeps "f*** yeah" profanity a label', () => {
    const decision = judge('f*** yeah what a goal');

    expect(decision.outcome).toBe('approve');
    expect(rules(decision)).toEqual(['profanity.words']);
  });

  it('does not read one mark between two letters as a word ("a-s")', () => {
    expect(normalise('the a-s levels').text).toBe('the a-s levels');
  });
});

describe('phrases broken by ellipses and stops', () => {
  it.each([
    ['ellipses after an article and a preposition', 'you are a...piece of...garbage', 'insult.phrase.contempt'],
    ['spaced ellipses', 'you are a ... piece of ... garbage', 'insult.phrase.contempt'],
    ['a typographic ellipsis', 'you\u2019re a\u2026loser', 'insult.you'],
    ['an ellipsis after "you"', 'you... idiot', 'insult.you'],
    ['ellipses between every word', 'you... are... pathetic', 'insult.you'],
    ['a trailing-off article', 'honestly you are such a ... such a tool', 'insult.you'],
    ['a long ellipsis', 'you sir are a ..... moron', 'insult.you'],
    ['stops between single words', 'you. absolute. moron.', 'insult.you'],
    ['stops between every word', 'You. Are. A. Moron.', 'insult.you'],
    ['"you" alone, then the insult', 'You. Idiot.', 'insult.you'],
    ['dashes', 'you - are - pathetic', 'insult.you'],
    ['commas without spaces', 'you,are,an,idiot', 'insult.you'],
  ])('reads %s as one phrase', (_form, text, rule) => {
    // Act
    const decision = judge(text);

    // Assert
    expect(decision.outcome).toBe('flag');
    expect(rules(decision)).toContain(rule);
  });

  it('keeps a real sentence end after an ellipsis', () => {
    expect(clauses('Great game... ref was awful tho... anyway')).toEqual(['great game', 'ref was awful tho', 'anyway']);
    expect(clauses("I don't know... maybe tomorrow")).toEqual(["i don't know", 'maybe tomorrow']);
  });

  it('does not join "you" as an object to what follows an ellipsis', () => {
    const decision = judge('See you... stupid traffic made me late again');

    expect(decision.outcome).toBe('approve');
    expect(clauses('See you... stupid traffic')).toEqual(['see you', 'stupid traffic']);
  });

  it('joins words stressed apart only while they stay single', () => {
    expect(clauses('Wow. Just. Wow, what a game.')).toEqual(['wow just', 'wow what a game']);
    expect(clauses('loser. pathetic. loser. thats you')).toEqual(['loser pathetic loser', 'thats you']);
  });

  it.each([
    'Best. Game. Ever.',
    'Thank you... I will try that tomorrow.',
    'Are you... serious? That is brilliant.',
    'No. Just no. The second half was dire.',
  ])('leaves %j approved', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });
});
