import { describe, expect, it } from 'vitest';
import { judge, rules } from './helpers.ts';

// Families found missing on the fifth corpus round (a writer who never saw the rules): each form
// flagged by the rule it should fire, and the civil comments around it left approved.

function describeFamily(title: string, caught: [form: string, text: string, rule: string][], civil: string[]): void {
  describe(title, () => {
    it.each(caught)('flags %s: %j', (_form, text, rule) => {
      // Act
      const decision = judge(text);

      // Assert
      expect(decision.outcome, text).not.toBe('approve');
      expect(rules(decision), text).toContain(rule);
    });

    it.each(civil)('leaves %j alone', (text) => {
      expect(judge(text).outcome).toBe('approve');
    });
  });
}

describeFamily('a state in a degree only the one answered has shown', [
  ['"imagine being this" + adjective', 'imagine being this thick and posting it anyway', 'insult.imperative'],
  ['"being that" + a mild adjective', 'must be tiring being that dense all day', 'insult.you'],
  ['"be this" after "you"', 'do they pay you to be this stupid?', 'insult.you'],
  ['"this much of a" + noun', 'imagine being this much of a moron in public', 'insult.you'],
], [
  "I'm being so dumb today, left my keys in the door again",
  'the referee is being so stupid tonight',
  'how can anyone be this stupid about a parking fine',
]);

describeFamily('an exclaimed insult after an interjection', [
  ['"lol what a"', 'lol what a moron', 'insult.exclaim'],
  ['"wow what an"', 'wow what an idiot', 'insult.exclaim'],
], ['lol what a game', 'oh what a shame', 'wow what a save by the keeper']);

describeFamily('asides between "you are" and the insult', [
  ['"without doubt"', 'you are without doubt the dumbest poster on this page', 'insult.you'],
  ['"hands down"', "you're hands down the most ignorant person here", 'insult.you'],
  ['"without question"', 'you are without question a clown', 'insult.you'],
], ['you are without doubt the best keeper we have had', 'you are hands down my favourite presenter']);

describeFamily("a person's mind or worth given as a thing's", [
  ['the attribute of a thing, with an adjective between', 'you have the brains of a soggy biscuit', 'insult.phrase.mockery'],
  ['"the attention span of a"', 'you have the attention span of a startled pigeon', 'insult.phrase.mockery'],
  ['"your brain has the ... of a"', 'your brain has the processing power of a broken calculator', 'insult.phrase.mockery'],
  ['"as useful as a"', "you're about as useful as a paper umbrella", 'insult.phrase.mockery'],
  ['the planks idiom', 'this presenter is thick as two short planks', 'insult.phrase.mockery'],
  ['an empty head', 'your head is so empty you can hear the sea', 'insult.phrase.mockery'],
], [
  'the new stadium is about as useful as a chocolate teapot',
  'he has the charisma of a wet sock, but he can pass a ball',
  'my dog has the attention span of a gnat',
]);

describeFamily('contempt and family phrases', [
  ['"people like you are why"', 'people like you are why nothing ever gets fixed round here', 'insult.phrase.contempt'],
  ['"people like you are exactly"', 'people like you are exactly what is wrong with this forum', 'insult.phrase.contempt'],
  ['a partner gone, as the reader\'s fault', 'no wonder your girlfriend dumped you', 'insult.phrase.family'],
], ['people like you are what keeps this club going, thank you', 'no wonder your garden looks so good, you are out there every day']);

describeFamily('insult nouns new to the lexicon', [
  ['a vocative at the end', 'bet you bought your followers, talentless slag', 'insult.vocative'],
  ['"you" + noun', 'you absolute neckbeard', 'insult.you'],
  ['a predicate', 'you are such a brainlet', 'insult.you'],
], ['the slag heap behind the old mine is a nature reserve now', 'he grew a neckbeard for the winter and it suits him']);

describeFamily('threats made as promises', [
  ['"make sure you and your family"', 'keep posting and I will make sure you and your family regret it', 'threat.phrase.promise'],
  ['"I\'ll make you suffer"', "I'll make you suffer for this", 'threat.phrase.promise'],
  ['a bullet wished on the reader', 'hope someone puts a bullet in you', 'threat.phrase.harm'],
], ['make sure you pay your council tax on time', 'make sure you and your family have a lovely holiday', 'I will make sure the minutes go out tomorrow']);

describeFamily('like-bait and swaps on video sites', [
  ['the name is the link', "don't read my name 😳", 'spam.promotion'],
  ['"don\'t look at my profile"', 'dont look at my profile pic', 'spam.promotion'],
  ['a swap offered to whoever likes the comment', 'subbing to everyone who likes this', 'spam.solicitation.swap'],
  ['leetspeak "evry1"', 'subbin to evry1 who likes this comment', 'spam.solicitation.swap'],
  ['a bargain on a like count', 'if this comment hits 500 likes ill upload my remix', 'spam.solicitation.milestone'],
], ["don't read the comments on the other channel, they're grim", 'if this gets 1000 likes the devs should listen', "I'm subscribing to everyone's newsletters these days lol"]);

describeFamily('releases without a platform named', [
  ['own content out on all platforms', 'my band just put out our first EP, out now on all platforms', 'spam.promotion.release'],
  ['"go stream" + own song', 'new single out now everywhere, go stream it 🎶', 'spam.promotion.ask'],
], ['the game is out now on all platforms, reviews look mixed', 'go stream the final, it is on the free channel']);

describeFamily('a link with a lure of what it holds', [
  ['leaked footage', 'leaked footage from backstage bitly.com/x8Kq', 'spam.links.lure'],
  ['a free airdrop, two lures in a longer comment', 'free airdrop!! connect your wallet at dropzone.com and claim 500 tokens tonight', 'spam.links.lure'],
], ['the full match report is at bbc.co.uk/sport if you want the details', 'leaked memo coverage from the council meeting is on the local paper site, example.org, worth a read for the figures']);

describeFamily('a faith named for all its people, and verdicts on every member', [
  ['a faith called a disease', 'hinduism is a plague on the world', 'identity.dehumanising'],
  ['a faith called a cancer', 'judaism is a cancer', 'identity.dehumanising'],
  ['"can\'t be trusted"', 'sikhs can never be trusted with anything', 'identity.generalising'],
  ['"all" before the group', 'all albanians are criminals', 'identity.generalising'],
  ['two contemptuous words joined', 'lesbians are vile and disgusting', 'identity.demeaning'],
], [
  'islam is a religion of peace for most who practise it',
  'christianity is a big part of our village history',
  'politicians can never be trusted with a budget',
  'men are disgusting and never clean the bathroom',
  'the french are all the same when it comes to cheese lol',
]);
