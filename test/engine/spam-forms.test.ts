import { describe, expect, it } from 'vitest';
import { judge, rules, spanTexts } from './helpers.ts';

describe('spam without an ordinary link', () => {
  it.each([
    ['a phone number with a call to action', 'Need a plumber? Ring 0161 496 0000 today'],
    ['a phone number typed digit by digit', 'text me 0 1 6 1 4 9 6 0 7 7 2 for details'],
    ['a phone number spelled in words', 'call zero one six one, four nine six, zero zero one two'],
    ['an address with a bracketed at', 'Bookings: gigs(at)bandname-example.net'],
    ['an address spelled with dots in words', 'write to sales [at] cheapwatches [dot] com'],
    ['an earning pitch', 'I make $200 a day online, you can too'],
    ['pay per task', 'Get paid $25 per task from your phone'],
    ['a discount pitch', 'Mega sale, 80% off all trainers, today only'],
    ['a loan pitch', 'Fast cash loans, no credit check, instant approval'],
    ['a get-rich pitch', 'Get rich quick with my crypto signals, guaranteed returns'],
    ['a miracle cure pitch', 'One weird trick to melt belly fat, doctors hate it'],
    ['a services pitch', 'We offer logo design starting from $49, ask for a free quote and DM me'],
    ['a handle on another site', 'Follow me there too, same username on Twitch'],
    ['a friend promoted', "Go watch my brother's channel, he does speedruns"],
    ['a link spelled out letter by letter', 'w w w . freeprizes . club'],
    ['a link with a zero for the o', 'deals at bestphones d0t com'],
    ['a link to a shop TLD spelled out', 'all on sale at trainerdeals dot shop'],
    ['one sentence pasted over and over', Array(8).fill('Vote Green on Sunday.').join(' ')],
    ['money and pointing emoji', '🤑🤑🤑 👇👇👇'],
    ['symbol art', '▓▒░▓▒░▓▒░▓▒░▓▒░▓▒░▓▒░▓▒░'],
    ['a comment of nothing but punctuation', '?'.repeat(40)],
    ['a lending pitch', 'Personal loans available to everyone, same day approval, bad credit welcome.'],
    ['a lending pitch with instant approval', 'Loans guaranteed for all, instant approval, no credit check.'],
    ['pay in thousands per month with a pitch', 'Made 6k a month from my phone, message me to learn how.'],
    ['an essay mill', 'Custom essays and assignments by professional writers, plagiarism free, order via our site.'],
  ])('flags %s', (_form, text) => {
    const decision = judge(text);

    expect(decision.outcome).not.toBe('approve');
    expect(decision.reasons[0].category).toBe('spam');
  });

  it.each([
    ['pay talk', 'My nephew earns under $400 a week as an apprentice.'],
    ['a wage', 'I make $12 an hour and still pay full tax.'],
    ['a counted list of digits', 'Steps 1 2 3 4 5 6 7 8 9 are in the manual.'],
    ['a statistic', 'Turnout fell 5% off last year, sadly.'],
    ['a documentation link in a sentence', 'The config format is explained at https://docs.example.org/config#limits, see the section on timeouts.'],
    ['fan chatter with hearts', '❤❤❤❤❤❤ ☺☺☺☺☺ ❤❤❤❤'],
    ['fan chatter with laughing emoji', '😂😂😂😂😂😂😂😂'],
    ['a word repeated by a fan', 'Yes yes yes yes yes yes yes, what a goal'],
    ['real fans', 'Real fans still play this every summer.'],
    ['a shop mentioned in prose', 'I bought it at the shop. Store brands are fine.'],
    ['a reader\'s own loan news', 'Our loan was approved after three months of paperwork, what a relief.'],
    ['a wage in thousands', 'My brother earns 3k a month driving buses and rent takes half.'],
    ['a distance in thousands', 'Ran the 10k in under an hour this morning.'],
    ['a school workshop', 'The library runs an essay writing class for teenagers on Saturdays.'],
  ])('leaves %s alone', (_form, text) => {
    expect(judge(text).outcome).toBe('approve');
  });

  it('points at a phone number typed digit by digit', () => {
    const text = 'ring 0 1 6 1 4 9 6 0 7 7 2 now';

    expect(spanTexts(text, judge(text), 'spam')).toContain('0 1 6 1 4 9 6 0 7 7 2');
  });

  it('points at a spelled-out address in the original text', () => {
    const text = 'Bookings: GIGS(at)BandName-example.net';

    const decision = judge(text);

    expect(rules(decision)).toContain('spam.contact.email');
    expect(spanTexts(text, decision, 'spam')).toContain('GIGS(at)BandName-example.net');
  });
});
