import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, EMPTY_CONTEXT, evaluate, policyWithOverrides, type ContextFacts, type Policy } from '../../shared/engine/index.ts';
import { RULES, RULE_IDS, isRuleId } from '../../shared/engine/rules.ts';
import { AT, comment, facts } from './helpers.ts';

interface Example {
  text: string;
  facts?: ContextFacts;
  policy?: Policy;
  author?: { name?: string; id?: string; url?: string };
}

const SITE_WORDS = policyWithOverrides({
  words: [
    { term: 'durian', action: 'reject' },
    { term: 'pineapple', action: 'flag' },
  ],
  links: { blockedDomains: ['spam.example'] },
});

/** One comment per registered rule that makes it fire: a rule nobody can trigger is dead weight. */
const EXAMPLES: Record<string, Example> = {
  'insult.you': { text: 'You are an idiot.' },
  'insult.your': { text: 'your an idiot' },
  'insult.mention': { text: '@dave is an idiot' },
  'insult.imperative': { text: "don't be an idiot" },
  'insult.vocative': { text: 'Nice try, moron.' },
  'insult.like-you': { text: 'idiots like you ruin everything' },
  'insult.exclaim': { text: 'What a moron.' },
  'insult.author': { text: 'Whoever wrote this is a moron.' },
  'insult.near-you': { text: 'you are flat out a moron' },
  'insult.name': { text: 'Janet is clearly an idiot.' },
  'insult.family': { text: 'your kids are probably morons too' },
  'insult.harassment': { text: 'show me your tits' },
  'insult.phrase.dismissal': { text: 'Nobody asked you.' },
  'insult.phrase.contempt': { text: 'You are a waste of space.' },
  'insult.phrase.mockery': { text: 'Learn to read.' },
  'insult.phrase.family': { text: 'Your mother must be ashamed.' },
  'insult.phrase.obscene': { text: 'f*ck you' },
  'insult.phrase.question': { text: 'Are you high?' },
  'threat.phrase.locating': { text: 'I know where you live.' },
  'threat.phrase.promise': { text: 'Watch your back.' },
  'threat.phrase.coming': { text: "I'm coming for you." },
  'threat.phrase.fate': { text: "You'll end up in a ditch." },
  'threat.phrase.harm': { text: "I'll break your legs." },
  'threat.phrase.wish': { text: 'I hope you get run over.' },
  'threat.phrase.ultimatum': { text: 'Keep talking and you will regret it.' },
  'threat.violence': { text: 'I will kill you.' },
  'threat.wish': { text: 'You should be shot.' },
  'threat.self-harm': { text: 'kys' },
  'identity.slur': { text: 'Get out of here you f4ggot' },
  'identity.slur-mention': { text: 'He used the word "faggot" in his speech.' },
  'identity.dehumanising': { text: 'Muslims are vermin.' },
  'identity.demeaning': { text: 'Women are stupid.' },
  'identity.removal': { text: 'All Muslims should be killed.' },
  'identity.generalising': { text: 'Immigrants are all thieves by nature.' },
  'identity.exclusion': { text: 'Women should not be allowed to vote.' },
  'identity.trope': { text: 'The Jews control the media.' },
  'identity.dehumanising.vague-group': { text: 'Their kind are parasites.' },
  'identity.removal.vague-group': { text: 'People like them should be wiped out.' },
  'identity.removal.call': { text: 'Kill all the gays.' },
  'identity.exclusion.go-back': { text: 'Go back to where you came from.' },
  'identity.exclusion.belongs-in': { text: 'Women belong in the kitchen.' },
  'identity.generalising.unfit': { text: 'Women are too emotional to lead.' },
  'profanity.words': { text: 'This is bullshit.' },
  'spam.links': { text: 'Docs here: https://docs.example/guide' },
  'spam.links.count': { text: 'https://a.example https://b.example https://c.example https://d.example' },
  'spam.links.ratio': { text: 'https://a.example/x/y/z/long/path' },
  'spam.links.shortener': { text: 'look https://bit.ly/3abcdef' },
  'spam.links.html': { text: '<a href="https://a.example">nice</a> <a href="https://b.example">post</a>' },
  'spam.links.disguised': { text: 'buy now at cheapmeds dot com' },
  'spam.links.invite': { text: 'Visit www.shop.example for the best deals' },
  'spam.links.blocked': { text: 'see https://spam.example/offer', policy: SITE_WORDS },
  'spam.promotion': { text: 'my new song is finally finished' },
  'spam.solicitation': { text: 'please subscribe' },
  'spam.scam': { text: 'Make money from home, I earned $5000 this week working online!' },
  'spam.contact': { text: 'message me on whatsapp' },
  'spam.money': { text: 'Earn $500 a day from home' },
  'spam.discount': { text: 'Get 80% off today only' },
  'spam.contact.email': { text: 'write to me at deals@shop.example' },
  'spam.contact.phone': { text: 'call me on 07700 900123' },
  'spam.repetition.words': { text: 'buy buy buy buy buy buy buy buy buy buy buy buy' },
  'spam.repetition.phrase': { text: 'free gift now free gift now free gift now free gift now free gift now' },
  'spam.repetition.characters': { text: 'nice!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!' },
  'spam.repetition.pattern': { text: 'ab'.repeat(35) },
  'spam.shouting': { text: 'THIS IS THE BEST OFFER YOU WILL EVER SEE ON THIS SITE' },
  'spam.non-text': { text: '$$$ ### @@@ %%% &&& *** !!! ??? ))) (((' },
  'spam.emoji': { text: 'great deal 💰💰🎁👉' },
  'spam.promotion.ask': { text: 'check out my channel' },
  'spam.promotion.creator': { text: "I'm a 16 year old singer" },
  'spam.promotion.release': { text: 'new video up on my page' },
  'spam.promotion.plea': { text: 'it would mean the world' },
  'spam.promotion.search': { text: "search 'DJ Kato' on youtube" },
  'spam.promotion.spaced': { text: 'n e w v i d e o o n m y c h a n n e l' },
  'spam.solicitation.swap': { text: 'sub4sub anyone?' },
  'spam.solicitation.milestone': { text: 'help me reach 500 subs' },
  'spam.appeal.vote': { text: 'vote for my daughter in the contest' },
  'spam.appeal.donate': { text: 'please donate to my gofundme' },
  'spam.appeal.petition': { text: 'sign the petition to save the pool' },
  'spam.contact.handle': { text: 'find me on tiktok @xyz_dance' },
  'spam.referral.code': { text: 'use my code SAVE20 at checkout' },
  'spam.scam.testimonial': { text: 'Thank you Mrs Helen Carter, I invested $800 and got $9,000 back' },
  'spam.links.path': { text: 'YouTube/somename' },
  'spam.links.referral': { text: 'https://shop.example/item?ref=jimbo' },
  'spam.links.lure': { text: 'wow look at this http://prizes.example/win' },
  'duplicate.author': { text: 'I think the council got this one badly wrong and should reconsider the plan.', facts: facts({ byAnyone: 2, byAuthor: 2 }) },
  'duplicate.anyone': { text: 'I think the council got this one badly wrong and should reconsider the plan.', facts: facts({ byAnyone: 4 }) },
  'duplicate.campaign': { text: 'Vote for Zorg!', facts: facts({ byAnyone: 2, recentByOthers: 2 }) },
  'flood.author': { text: 'another comment', facts: facts({ authorRecent: 8 }) },
  'flood.ip': { text: 'another comment', facts: facts({ ipRecent: 20 }) },
  'author.history': { text: 'hello', facts: facts({ rejected: 4 }) },
  'author.trusted': { text: 'cheap https://a.example https://b.example https://c.example', facts: facts({ approved: 20 }) },
  'author.name.link': { text: 'nice post', author: { name: 'www.cheap.example' } },
  'author.name.sales': { text: 'nice post', author: { name: 'Cheap Loans Online Fast' } },
  'author.url.shortener': { text: 'nice post', author: { url: 'https://bit.ly/3abcdef' } },
  'author.url.blocked': { text: 'nice post', author: { url: 'https://spam.example' }, policy: SITE_WORDS },
  'author.url.sales': { text: 'nice post', author: { url: 'https://cheap-loans.example' } },
  'author.url.referral': { text: 'nice post', author: { url: 'https://shop.example/?ref=abc' } },
  'author.name.promotion': { text: 'nice post', author: { name: 'Sub To My Channel' } },
  'policy.words.reject': { text: 'I love durian', policy: SITE_WORDS },
  'policy.words.flag': { text: 'pineapple on pizza', policy: SITE_WORDS },
};

function rulesFired(example: Example): string[] {
  const decision = evaluate(comment(example.text, example.author ? { author: example.author } : {}), example.facts ?? EMPTY_CONTEXT, example.policy ?? DEFAULT_POLICY);
  return decision.reasons.map((r) => r.rule);
}

describe('the rule registry', () => {
  it.each(RULE_IDS.filter((id) => !id.startsWith('learned.')))('has an example that fires %s', (id) => {
    // Prepare
    const example = EXAMPLES[id];
    expect(example, `add an example for ${id} to EXAMPLES`).toBeDefined();

    // Act
    const fired = rulesFired(example);

    // Assert
    expect(fired).toContain(id);
  });

  it('registers every rule the engine emits on the corpus, in its registered category', () => {
    // Prepare
    const corpus = ['tuning.jsonl', 'frozen.jsonl'].flatMap((file) =>
      readFileSync(fileURLToPath(new URL(`../corpus/${file}`, import.meta.url)), 'utf8').trim().split('\n').map((l) => JSON.parse(l)),
    );

    // Act
    const reasons = corpus.flatMap((c) => evaluate({ id: c.id, text: c.text, author: c.author, createdAt: AT }, EMPTY_CONTEXT, DEFAULT_POLICY).reasons);

    // Assert
    expect(reasons.length).toBeGreaterThan(500);
    for (const reason of reasons) {
      expect(isRuleId(reason.rule), reason.rule).toBe(true);
      if (!reason.rule.startsWith('policy.words.')) expect(reason.category, reason.rule).toBe(RULES[reason.rule as keyof typeof RULES].category);
    }
  });

  it('gives every rule a description and a non-negative base score', () => {
    for (const id of RULE_IDS) {
      expect(RULES[id].description.length, id).toBeGreaterThan(10);
      expect(RULES[id].baseScore, id).toBeGreaterThanOrEqual(0);
    }
  });
});
