// Video-site spam by family: each family is a mechanism (an ask near the writer's own content,
// a count to reach, a handle with its platform ...), pinned with several forms in our own
// words and with the everyday comments that share its words and must stay approved.

import { describe, expect, it } from 'vitest';
import { judge, rules, spanTexts } from './helpers.ts';

/** A comment the family's rule reads, and that the default policy holds for review. */
function expectCaught(text: string, rule: string): void {
  const decision = judge(text);

  expect(rules(decision)).toContain(rule);
  expect(decision.outcome).not.toBe('approve');
}

function expectApproved(text: string): void {
  expect(judge(text).outcome).toBe('approve');
}

describe('self-promotion without a link: an ask near the writer\'s own content', () => {
  it.each([
    'check out my channel',
    'go listen to my covers, I post every week',
    'Can you guys please check out my videos?',
    'please take a minute to watch my short film',
    'hey everyone, if you get a chance listen to my new mixtape',
    'my music is on soundcloud and I would love it if you would stream my latest track',
    'I make beats. Check them out!',
    'i did a remix of this, go listen',
    'if you enjoyed this, my podcast covers the same topic every week',
    'ppl in the comments need to hear my version of this',
  ])('reads %j as spam.promotion.ask', (text) => {
    expectCaught(text, 'spam.promotion.ask');
  });

  it('points at the ask and at the content it is about', () => {
    const text = 'Please go watch the new cover on my channel';

    const spans = spanTexts(text, judge(text), 'spam');

    expect(spans).toContain('watch');
    expect(spans).toContain('my channel');
  });

  it.each([
    'I check my email too often',
    "I'm going to see my band play on Friday",
    'Sounds like my band in high school',
    'you can see my house at 1:10 lol',
    'watch my brother play at 2:30 in the background',
    'Check my maths, but I think the council tax rise is closer to 6%.',
    'I shared this on my page, everyone needs to hear it',
    'support our local music venues before they close',
    'My favorite video on this channel',
    'Look at my point again, you are missing the context.',
    'check out the sources in the article',
  ])('leaves %j alone', (text) => {
    expectApproved(text);
  });
});

describe('creators presenting themselves, announcing content and pleading', () => {
  it.each([
    ["I'm a 16 year old singer trying to get noticed", 'spam.promotion.creator'],
    // The ask back at the beats outweighs the creator words it rests on.
    ['i make beats, it would mean a lot if you listened', 'spam.promotion.ask'],
    ['we are a small band from Leeds, any support is appreciated', 'spam.promotion.creator'],
    ['my little brother makes minecraft videos, go show him some love', 'spam.promotion.creator'],
    ['my band just dropped our first EP, go give it a listen', 'spam.promotion.ask'],
    ['new video up on my page', 'spam.promotion.release'],
    ['just uploaded a cover of this on my channel, tell me what you think', 'spam.promotion.release'],
    ['new music video dropping friday on my channel, dont miss it', 'spam.promotion.release'],
    ['my first game is on steam, would mean the world if you tried it', 'spam.promotion.release'],
    ['I do acoustic covers, give me a chance', 'spam.promotion.plea'],
    ['Just a kid trying to make it, it would mean the world', 'spam.promotion.plea'],
  ])('reads %j as %s', (text, rule) => {
    expectCaught(text, rule);
  });

  it.each([
    "I'm a singer and this is so hard to hit",
    'I make music too and this inspires me so much',
    "I'm a teacher, class sizes are the real problem.",
    // A creator thanking the viewers of their own video.
    'New video is up, thanks for all the support guys!',
    'Thanks everyone for watching, new video next friday!',
    'I posted this on my facebook and my aunt loved it',
    'the new version is out, it fixes the memory leak',
    'my band covered this song at a gig last year',
    'My channel got demonetised for using this song lol',
    'It would mean a lot if they toured again',
    'my brother plays drums at 2:30',
  ])('leaves %j alone', (text) => {
    expectApproved(text);
  });
});

describe('subscription swaps and counts to reach', () => {
  it.each([
    ['sub4sub', 'spam.solicitation.swap'],
    ['s4s anyone', 'spam.solicitation.swap'],
    ['sub 4 sub?', 'spam.solicitation.swap'],
    ['like 4 like', 'spam.solicitation.swap'],
    ['follow4follow', 'spam.solicitation.swap'],
    ['I always sub back', 'spam.solicitation.swap'],
    ["I'll subscribe to everyone who subscribes to me", 'spam.solicitation.swap'],
    ['who wants to sub to each other?', 'spam.solicitation.swap'],
    ['help me reach 500 subs', 'spam.solicitation.milestone'],
    ['Road to 100 subs!', 'spam.solicitation.milestone'],
    ['can we get this comment to 1k likes so people see my channel', 'spam.solicitation.milestone'],
    ["300 subs and i'll do a face reveal", 'spam.solicitation.milestone'],
    ['I need 50 more subs to reach my goal', 'spam.solicitation.milestone'],
    ['only 30 subs away from 500, help a girl out', 'spam.solicitation.milestone'],
  ])('reads %j as %s', (text, rule) => {
    expectCaught(text, rule);
  });

  it.each([
    'the SAS selection episode was brutal',
    'we met face to face, f2f is always better',
    'a like for like replacement would cost less',
    'this needs to get 1 million views',
    'Congrats on 100k subs, well deserved',
    'this hit 1 million views and i feel like a proud parent',
    'We need 3 more points to stay up.',
    'subscribed because of this video',
    "I've been subscribed since 2012",
    'why does this only have 500 likes',
  ])('leaves %j alone', (text) => {
    expectApproved(text);
  });
});

describe('votes, donations and petitions asked for', () => {
  it.each([
    ['vote for my daughter in the contest please', 'spam.appeal.vote'],
    ['my son is in a singing contest, please vote for him', 'spam.appeal.vote'],
    ['please vote for The Night Owls in the battle of the bands final', 'spam.appeal.vote'],
    ['please donate to my gofundme', 'spam.appeal.donate'],
    ['chip in to our kickstarter and get early access', 'spam.appeal.donate'],
    ['donate to my go fund me, I need surgery', 'spam.appeal.donate'],
    ['our radio station is closing, please donate at wavefm.example/support', 'spam.appeal.donate'],
    ['sign the petition at change dot org slash saveourpark', 'spam.appeal.petition'],
    ['Sign our petition to bring the show back!', 'spam.appeal.petition'],
  ])('reads %j as %s', (text, rule) => {
    expectCaught(text, rule);
  });

  it.each([
    'Vote for whoever you like, but do vote.',
    'I voted for my local MP and I regret it',
    'Vote Labour on Thursday',
    'I donated to the Red Cross after watching this',
    'They should donate the fine to the food bank.',
    'Our school runs a fundraiser every spring for the library.',
    'Did anyone else sign the petition to bring them back?',
    'I signed the petition last week, over 10,000 signatures now.',
  ])('leaves %j alone', (text) => {
    expectApproved(text);
  });
});

describe('handles, platform paths and searches written out', () => {
  it.each([
    ['@ kaylasings on insta', 'spam.contact.handle'],
    ['find me on tiktok @xyz_dance', 'spam.contact.handle'],
    ['my insta is @tommybeats', 'spam.contact.handle'],
    ['follow my twitch: streamkid42', 'spam.contact.handle'],
    ['IG @ella.makeup.art tutorials daily', 'spam.contact.handle'],
    ['follow @beats_by_kay on instagram', 'spam.contact.handle'],
    ['YouTube/somename', 'spam.links.path'],
    ['watch?v=AbC123xYz', 'spam.links.path'],
    ['search youtube/c/GamerGuyTV', 'spam.links.path'],
    ["search 'DJ Kato' on youtube", 'spam.promotion.search'],
    ['type my name in the search bar', 'spam.promotion.search'],
    ['look me up on spotify, Nova Rae', 'spam.promotion.search'],
    ['go to tiktok and search "sasha sings", im the one with the pink hair', 'spam.promotion.search'],
  ])('reads %j as %s', (text, rule) => {
    expectCaught(text, rule);
  });

  it('spans the handle with its platform', () => {
    const text = 'find me on tiktok @xyz_dance';

    expect(spanTexts(text, judge(text), 'spam')).toContain('tiktok @xyz_dance');
  });

  it('reads a video path inside a link as the link, not as a path', () => {
    const decision = judge('The official video: https://www.youtube.com/watch?v=abc123XYZ');

    expect(rules(decision)).not.toContain('spam.links.path');
  });

  it.each([
    '@jenny totally agree with you',
    '@jake I saw this on tiktok too',
    'my insta is private so I cant share',
    'her twitter is @hidden for obvious reasons',
    'is this on spotify?',
    'came here from her podcast',
    'who else came here from tiktok?',
    'Search the archive for the 2010 version, it is there',
    'type the error message into google and you will find the fix',
    'look it up on wikipedia, the history is fascinating',
    'and/or is ambiguous in contracts',
  ])('leaves %j alone', (text) => {
    expectApproved(text);
  });
});

describe('referral links and codes, and bare links with a lure', () => {
  it.each([
    ['use my code SAVE20 at checkout', 'spam.referral.code'],
    ['use referral code JIMBO for a bonus', 'spam.referral.code'],
    ['sign up with my invite link and we both get $10', 'spam.referral.code'],
    ['get a free month with this link https://app-example.com/?ref=jimbo', 'spam.links.referral'],
    ['deals at https://shop-example.com/ref/jimbo', 'spam.links.referral'],
    ['https://deal-example.com/item?aff=9912', 'spam.links.referral'],
    ['wow look at this http://www.prizes-example.net/win', 'spam.links.lure'],
    ['you need to see this http://weird-example.com', 'spam.links.lure'],
    ['omg this is so funny https://clip-example.com/v/2', 'spam.links.lure'],
  ])('reads %j as %s', (text, rule) => {
    expectCaught(text, rule);
  });

  it.each([
    'use code blocks in your question so it is readable',
    'the error code 0x80070005 keeps coming up',
    'the promo code expired yesterday, any new ones?',
    'The docs explain it: https://nodejs.org/api/fs.html',
    'Timetable is here if anyone needs it: https://www.nationalrail.co.uk/',
    'See https://docs.example.org/api?page=2 for the paging parameters.',
    'I paid $15 for the ticket and it was worth it',
  ])('leaves %j alone', (text) => {
    expectApproved(text);
  });

  it('reads a referral link in the author website field', () => {
    const decision = judge('nice video', undefined, undefined, { author: { url: 'https://shop-example.com/?ref=abc' } });

    expect(rules(decision)).toContain('author.url.referral');
  });
});

describe('lures typed apart or paced out', () => {
  it.each([
    ['....subscribe....to my....channel', 'spam.promotion.ask'],
    ['check.out.my.channel', 'spam.promotion.ask'],
    ['c h e c k  m y  p a g e', 'spam.promotion.spaced'],
    ['-c-h-e-c-k- -o-u-t- -m-y- -n-e-w- -s-o-n-g-', 'spam.promotion.spaced'],
    ['n e w v i d e o o n m y c h a n n e l', 'spam.promotion.spaced'],
    ['~~~ v i s i t ~~~ m y ~~~ p r o f i l e ~~~', 'spam.promotion.spaced'],
  ])('reads %j as %s', (text, rule) => {
    expectCaught(text, rule);
  });

  it.each([
    'Steps a b c d are in the manual.',
    'I was like... wow... just wow',
    'g o a l !!! what a finish',
  ])('leaves %j alone', (text) => {
    expectApproved(text);
  });
});

describe('planted testimonials', () => {
  it('reads a thanked investment "helper" as spam.scam.testimonial', () => {
    expectCaught('Thank you Mrs Helen Carter for helping me grow my forex account from $800 to $9,000', 'spam.scam.testimonial');
  });

  it('leaves a thanked teacher alone', () => {
    expectApproved('Thanks Mr Patel, the best maths teacher I ever had, this video reminds me of him');
  });
});

describe('spam in the author fields', () => {
  it.each(['Sub To My Channel', 'Check My Channel Out', 'sub4sub gaming'])('reads the name %j as author.name.promotion', (name) => {
    const decision = judge('nice video', undefined, undefined, { author: { name } });

    expect(rules(decision)).toContain('author.name.promotion');
  });

  it.each(['Subaru Fan', 'Music Channel', 'Kemi T.'])('leaves the name %j alone', (name) => {
    expect(judge('nice video', undefined, undefined, { author: { name } }).outcome).toBe('approve');
  });

  it('still reads a sales pitch in the name and a shortened website', () => {
    const decision = judge('nice video', undefined, undefined, { author: { name: 'Cheap Loans Online Fast', url: 'https://bit.ly/3abcdef' } });

    expect(rules(decision)).toEqual(expect.arrayContaining(['author.name.sales', 'author.url.shortener']));
  });
});

describe('giveaways, channel names and own content named after it', () => {
  it.each([
    ['first 20 subscribers get a free shoutout', 'spam.scam'],
    ["I'm giving away three gift cards, subscribe to enter", 'spam.scam'],
    ['guys go subscribe to LenaBakes, she needs the support', 'spam.solicitation'],
    ['take a look at the remix I produced, took me weeks', 'spam.promotion'],
    ['I record drum covers, take a listen when you can', 'spam.promotion.ask'],
    ['hey everyone, small youtuber here, would love your support', 'spam.promotion.plea'],
    ['want to earn from home? ask me how', 'spam.scam'],
    ['my own version of this song is on my channel', 'spam.promotion.release'],
  ])('flags %j (%s)', (text, rule) => {
    expectCaught(text, rule);
  });

  it.each([
    'Giving away a cot and a high chair if anyone nearby needs them',
    'Subscribed to the paper for ten years and never regretted it',
    'I watched the video you made last year, still holds up',
    'The new remix of this song is better than the original',
    'We would love your feedback on the timetable, says the council',
  ])('leaves %j approved', (text) => {
    expectApproved(text);
  });
});

describe('asks typed after what they ask for, and about the writer', () => {
  it.each([
    ['sub plz', 'spam.solicitation'],
    ["hi I'm Mo, I make parkour videos, come check me out", 'spam.promotion.ask'],
    ['im 13 and i want to be a rapper, pls listen to me', 'spam.promotion.creator'],
    ['my cousin made a short film, link in my profile', 'spam.promotion.release'],
    ['join us in our fight for the rescue dogs, every dollar helps, link in bio', 'spam.appeal.donate'],
  ])('flags %j (%s)', (text, rule) => {
    expectCaught(text, rule);
  });

  it.each([
    'I subscribed, please keep making these',
    'My sister made the cake in the photo',
    'Please listen to me, the footbridge shuts on Monday',
    "I'm selling my bike, it's in the classifieds",
  ])('leaves %j approved', (text) => {
    expectApproved(text);
  });
});
