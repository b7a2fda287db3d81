import { describe, expect, it } from 'vitest';
import { policyWithOverrides } from '../../shared/engine/index.ts';
import { judge, rules, spanTexts } from './helpers.ts';

describe('spam', () => {
  it.each([
    'Check out my channel!',
    'please subscribe',
    'Hey guys, I just uploaded my new song, give it a listen!',
    'sub4sub anyone?',
    'subscribe to me and I will subscribe back',
    'I will give away an iPhone 6 to a random subscriber',
    'I make $500 a day working from home, ask me how',
    'visit my site for free gift cards',
    'Like this comment so everyone can see it',
    'http://www.example.com/watch?v=abc123',
    'Great video http://bit.ly/3xYz',
    'go to example dot com for prizes',
    'look at facebook . com / mypage',
    'Contact me on whatsapp +1 555 201 3344',
    "I'm an upcoming rapper, check my music out",
    'Sorry for the spam but I really need subscribers',
    'buy buy buy buy buy buy buy buy buy buy',
    'Huh, anyway check out this channel: kobyoshi02',
    'Guys, I started a YouTube channel, would appreciate a sub',
    'Visit www.coolstuff-example.net for prizes',
    "I'm a 16 year old singer, would mean the world if you listened to my covers",
    'Suscríbete a mi canal por favor',
    'Inscreva-se no meu canal!!',
    'Free stuff, click here',
    'You have been selected for a prize',
    'Please like and share',
    'would appreciate if you could subscribe',
  ])('flags %j', (text) => {
    const decision = judge(text);

    expect(decision.outcome).not.toBe('approve');
    expect(decision.reasons[0].category).toBe('spam');
  });

  it.each([
    'love this song',
    'who is watching in 2015?',
    'this song is so good lol',
    'This is my favourite song of all time',
    'I LOVE THIS SONG SO MUCH',
    '2 billion views!!!',
    'Can someone tell me the name of the song at 2:30?',
    'The full report is at https://example.org/report and it is worth reading, especially the part about the budget and the long-term costs of the plan.',
    'In 1999, 2005 and 2015 the results were the same.',
    'Call me maybe is still a great song',
    '😍😍😍😍😍',
    'hahahahahaha this is hilarious',
    'Where can I download this?',
    'I paid $20 for the album and it was worth it',
    'Check out the second verse, it gives me chills',
    'I subscribed to the newsletter years ago',
    'Good point, see https://example.org/report for the numbers',
    'The CBO report (https://www.cbo.gov/publication/43900) says otherwise.',
    'Like if you are still watching this in 2015',
    'My daughter loves this song',
    'Shakira es la mejor, me encanta esta canción',
    'Eu amo essa música',
  ])('leaves %j alone', (text) => {
    expect(judge(text).outcome).toBe('approve');
  });

  it('counts links against the policy limit', () => {
    const text = 'see a.com/1 b.com/2 c.com/3 d.com/4 for the numbers, they matter a lot here';

    const decision = judge(text);

    expect(decision.reasons[0].detail).toBe('4 links (limit 2)');
    expect(spanTexts(text, decision).slice(0, 4)).toEqual(['a.com/1', 'b.com/2', 'c.com/3', 'd.com/4']);
  });

  it('counts HTML anchors whose target is hidden', () => {
    const decision = judge('<a href="http://spam.example.com">nice</a> <a href="http://other.example.net">post</a> <a href="http://x.example.org">really</a>');

    expect(rules(decision)).toContain('spam.links.html');
    expect(decision.outcome).not.toBe('approve');
  });

  it('ignores links to allowed domains and rejects blocked ones', () => {
    const policy = policyWithOverrides({ version: 's1', links: { allowedDomains: ['example.org'], blockedDomains: ['evil.biz'] } });

    expect(judge('see https://example.org/a', undefined, policy).reasons).toEqual([]);
    expect(judge('see www.evil.biz today', undefined, policy).outcome).toBe('reject');
  });

  it('spans a disguised link in the original text', () => {
    const text = 'Go to FreeStuff (dot) com now';

    expect(spanTexts(text, judge(text), 'spam')).toContain('FreeStuff (dot) com');
  });
});
