// The rule registry: every rule the engine can report, with a stable id, the category its
// score adds to, a line a moderator understands, and its base score. Checks only report
// hits (a rule id and a strength); the score table (score-table.ts) turns hits into points,
// and a site's policy may override any rule's score by id (`scores: {"spam.links.count": 0.5}`).
//
// A hit's `weight` is written on its rule's base-score scale: a typical hit weighs the base
// score, a stronger or weaker form of the pattern more or less ("you ARE an idiot" is stated
// more firmly than "you idiot"). Its contribution is weight × score / baseScore, so with the
// default table every decision is what the checks' weights say, and an override of 0.5 makes
// a typical hit of that rule add 0.5.

import type { Category } from './types.ts';

export interface RuleInfo {
  category: Category;
  /** One line for a moderator or an operator: what the rule means, with an example. */
  description: string;
  /** The score of a typical hit, the scale the check writes its weights on. */
  baseScore: number;
  /**
   * How the rule enters the decision: 'scored' adds to its category; 'forcing' sets the
   * outcome by itself (its score is shown but not fitted); 'adjustment' is a note about a
   * change to other scores (the trust discount), never a hit; 'learned' is a site model's
   * verdict (shared/learn), scored like any rule but never fitted on the corpus.
   */
  kind?: 'scored' | 'forcing' | 'adjustment' | 'learned';
}

const define = <T extends Record<string, RuleInfo>>(rules: T): { readonly [K in keyof T]: RuleInfo } => rules;

export const RULES = define({
  // Insults: an insulting word aimed at a person, by how it is aimed.
  'insult.you': { category: 'insult', baseScore: 1.2, description: 'An insult aimed at the reader: "you are a moron", "you idiot", "are you stupid?"' },
  'insult.your': { category: 'insult', baseScore: 1.2, description: 'An insult after "your"/"ur" used for "you\'re": "your an idiot", "ur so dumb"' },
  'insult.mention': { category: 'insult', baseScore: 1.2, description: 'An insult aimed at someone @mentioned: "@sam is an idiot"' },
  'insult.imperative': { category: 'insult', baseScore: 1.2, description: 'An insult in an order to the reader: "don\'t be an idiot", "stop being a clown"' },
  'insult.vocative': { category: 'insult', baseScore: 1.2, description: 'An insult used as a name of address: "nice try, moron", "listen here dipshit"' },
  'insult.like-you': { category: 'insult', baseScore: 1.2, description: 'A group insult that includes the reader: "idiots like you"' },
  'insult.exclaim': { category: 'insult', baseScore: 0.7, description: 'An exclaimed insult at someone present: "what a moron" (a strong name flags; a mild one, "what a tool", needs company)' },
  'insult.near-you': { category: 'insult', baseScore: 0.6, description: 'A strong insult in a clause that speaks to the reader, placed by no firmer rule: "you obviously think like a moron", "you and your idiot mates" (weak alone; with other signs it flags)' },
  'insult.author': { category: 'insult', baseScore: 1.2, description: 'An insult aimed at the writer of the piece or comment: "whoever wrote this is a moron", "OP is an idiot"' },
  'insult.name': { category: 'insult', baseScore: 1.2, description: 'An insult aimed at a participant named or by handle: "Janet is clearly an idiot", "mike_r is a tool"' },
  'insult.family': { category: 'insult', baseScore: 1.2, description: 'An insult aimed at the reader\'s family: "your mom is a ...", "your kids are probably morons too"' },
  'insult.harassment': { category: 'insult', baseScore: 1.2, description: 'Sexual harassment of the reader: a crude come-on or a remark on their body ("I\'d bang you", "show me your t*ts"); pet names like "babe" only add' },
  'insult.phrase.dismissal': { category: 'insult', baseScore: 1, description: 'Tells someone to go away or be quiet: "shut up", "get lost", "nobody asked you"' },
  'insult.phrase.contempt': { category: 'insult', baseScore: 1.2, description: 'Calls someone worthless or vile in a phrase: "waste of space", "piece of garbage", "you disgust me"' },
  'insult.phrase.mockery': { category: 'insult', baseScore: 1, description: 'Mocks someone\'s mind or maturity: "brain the size of a pea", "learn to read", "you obviously can\'t read"' },
  'insult.phrase.family': { category: 'insult', baseScore: 1, description: 'Insults someone through their family: "your mother must be ashamed", "yo momma"' },
  'insult.phrase.obscene': { category: 'insult', baseScore: 1.2, description: 'Obscene abuse aimed at someone: "f*ck you", "suck my d*ck", "up yours"' },
  'insult.phrase.question': { category: 'insult', baseScore: 1, description: 'A rhetorical question that insults: "are you high?", "can you even read?", "did your mom drop you on your head?"' },

  // Threats and incitement to self-harm.
  'threat.violence': { category: 'threat', baseScore: 1.5, description: 'Threatens violence against a person: "I will kill you", "gonna beat you"' },
  'threat.wish': { category: 'threat', baseScore: 1, description: 'Wishes violence on someone: "you should be shot", "people like him should be hanged"' },
  'threat.phrase.locating': { category: 'threat', baseScore: 1.2, description: 'Says the reader can be found: "I know where you live", "I\'ll show up at your door"' },
  'threat.phrase.promise': { category: 'threat', baseScore: 1, description: 'Promises the reader harm: "watch your back", "you\'ll regret this", "your days are numbered"' },
  'threat.phrase.coming': { category: 'threat', baseScore: 0.8, description: 'Says the writer is coming after the reader: "I\'m coming for you", "I will hunt you down"' },
  'threat.phrase.fate': { category: 'threat', baseScore: 0.7, description: 'Says where the reader will end up: "you\'ll end up in a ditch", "leave in an ambulance" (weak alone)' },
  'threat.phrase.harm': { category: 'threat', baseScore: 1.5, description: 'Spells out an injury: "break your legs", "kick your head in", "put a bullet in ..."' },
  'threat.phrase.wish': { category: 'threat', baseScore: 1.5, description: 'Wishes harm on someone: "hope you get run over", "hope your house burns down with you inside"' },
  'threat.phrase.ultimatum': { category: 'threat', baseScore: 0.4, description: 'An ultimatum before a threat: "keep talking and ...", "one more word and ..." (weak alone)' },
  'threat.self-harm': { category: 'threat', baseScore: 1.5, description: 'Urges or wishes self-harm or death: "kill yourself", "kys", "hope you die"' },

  // Identity attacks: people attacked for who they are.
  'identity.slur': { category: 'identity', baseScore: 1.5, description: 'A slur used against people' },
  'identity.slur-mention': { category: 'identity', baseScore: 0.5, description: 'A slur quoted or talked about as a word (weak: usually reported speech)' },
  'identity.dehumanising': { category: 'identity', baseScore: 1.2, description: 'A group called vermin, animals or a disease' },
  'identity.demeaning': { category: 'identity', baseScore: 0.8, description: 'A group called stupid or worthless (weak alone)' },
  'identity.removal': { category: 'identity', baseScore: 1.2, description: 'Calls for a group to be harmed or removed: "<group> should be wiped out", "<group> out"' },
  'identity.generalising': { category: 'identity', baseScore: 1, description: 'Pins a vice or a burden on a whole group: "<group> are all thieves"' },
  'identity.exclusion': { category: 'identity', baseScore: 1, description: 'A group by birth, faith, sex or disability to be kept out: "shouldn\'t be allowed to vote"' },
  'identity.trope': { category: 'identity', baseScore: 1.2, description: 'A hateful trope about a group: "<group> run the media"' },
  'identity.dehumanising.vague-group': { category: 'identity', baseScore: 0.6, description: 'A group named only by pointing called vermin: "people like them are vermin", "their kind are animals" (weak alone; with a call for harm it flags)' },
  'identity.removal.vague-group': { category: 'identity', baseScore: 1, description: 'Calls for harm to a group named only by pointing: "people like them should be wiped out"' },
  'identity.removal.call': { category: 'identity', baseScore: 1.2, description: 'An order to kill or wipe out a group: "kill all <group>", "gas the <group>", "<group> ... wipe them out"' },
  'identity.exclusion.go-back': { category: 'identity', baseScore: 1, description: 'Tells someone or a group to go back where they came from: "go back to where you came from", "get out of our country"' },
  'identity.exclusion.belongs-in': { category: 'identity', baseScore: 1, description: 'Says where a group belongs: "women belong in the kitchen", "<group> belong in a zoo"' },
  'identity.generalising.unfit': { category: 'identity', baseScore: 1, description: 'Declares a whole group unfit: "women are too emotional to lead"' },

  // Profanity: a label, never a reason to hold a comment (its thresholds are off by default).
  'profanity.words': { category: 'profanity', baseScore: 1, description: 'Swearing (a label only: never holds a comment back by default)' },

  // Links.
  'spam.links': { category: 'spam', baseScore: 0.6, description: 'Contains links, within the site\'s limit (weak alone)' },
  'spam.links.count': { category: 'spam', baseScore: 1.2, description: 'More links than the site allows (links.max)' },
  'spam.links.ratio': { category: 'spam', baseScore: 0.5, description: 'The comment is mostly links' },
  'spam.links.shortener': { category: 'spam', baseScore: 1, description: 'A link through a URL shortener, which hides where it leads' },
  'spam.links.html': { category: 'spam', baseScore: 0.3, description: 'Links hidden in HTML anchors or BBCode' },
  'spam.links.disguised': { category: 'spam', baseScore: 1, description: 'A link written to dodge filters: "example dot com", "w w w . site"' },
  'spam.links.invite': { category: 'spam', baseScore: 0.5, description: 'Invites readers to a link: "visit www..."' },
  'spam.links.blocked': { category: 'spam', baseScore: 3, kind: 'forcing', description: 'A link to a domain the site blocks (always rejected)' },

  // Promotion and other spam in the text.
  'spam.promotion': { category: 'spam', baseScore: 1.2, description: 'Self-promotion: "check out my channel", "my new song"' },
  'spam.solicitation': { category: 'spam', baseScore: 1.2, description: 'Asks for subscribers, likes or follows: "sub4sub", "please subscribe"' },
  'spam.scam': { category: 'spam', baseScore: 1.2, description: 'A scam pitch: giveaways, "work from home", "dm me to invest"' },
  'spam.contact': { category: 'spam', baseScore: 0.6, description: 'Asks readers to make contact elsewhere: "same name on insta"' },
  'spam.money': { category: 'spam', baseScore: 1, description: 'Money offered with earning words: "$500 a day from home"' },
  'spam.discount': { category: 'spam', baseScore: 0.6, description: 'A discount offer: "80% off"' },
  'spam.contact.email': { category: 'spam', baseScore: 0.8, description: 'An e-mail address in the text (also "name[at]site.com")' },
  'spam.contact.phone': { category: 'spam', baseScore: 1, description: 'A phone number in the text (also typed apart or spelled out)' },
  'spam.repetition.words': { category: 'spam', baseScore: 0.8, description: 'One word over and over' },
  'spam.repetition.phrase': { category: 'spam', baseScore: 1, description: 'One short sentence over and over' },
  'spam.repetition.characters': { category: 'spam', baseScore: 0.6, description: 'A long run of one character, or very few distinct characters' },
  'spam.repetition.pattern': { category: 'spam', baseScore: 0.6, description: 'The same few characters repeated over and over' },
  'spam.shouting': { category: 'spam', baseScore: 0.3, description: 'Mostly capital letters (weak alone)' },
  'spam.non-text': { category: 'spam', baseScore: 0.5, description: 'Mostly symbols (weak alone)' },
  'spam.emoji': { category: 'spam', baseScore: 0.6, description: 'Money, gift or pointing emoji' },

  // Self-promotion and appeals, by mechanism (checks/promotion.ts, lexicon/spam-phrases.ts).
  'spam.promotion.ask': { category: 'spam', baseScore: 1.2, description: 'Asks readers to watch, hear, visit or support the writer\'s own content: "go listen to my covers", "give my channel a chance"' },
  'spam.promotion.creator': { category: 'spam', baseScore: 0.6, description: 'The writer presents themself as a creator after an audience: "I\'m a 16 year old singer", "I make beats" (weak alone)' },
  'spam.promotion.release': { category: 'spam', baseScore: 0.8, description: 'Announces the writer\'s own new content or where it is: "my band just dropped our first EP", "new video up on my page" (weak alone)' },
  'spam.promotion.plea': { category: 'spam', baseScore: 0.8, description: 'A plea for attention: "it would mean the world", "give me a chance", "trying to make it" (weak alone)' },
  'spam.promotion.search': { category: 'spam', baseScore: 1.2, description: 'Tells readers to look the writer up: "search \'DJ Kato\' on youtube", "type my name in the search bar"' },
  'spam.solicitation.swap': { category: 'spam', baseScore: 1.5, description: 'Offers a subscription, like or follow in return: "sub4sub", "like 4 like", "I always sub back"' },
  'spam.solicitation.milestone': { category: 'spam', baseScore: 1.2, description: 'A count of subscribers or likes to reach: "help me reach 500 subs", "road to 1k", "get this comment to 1k likes"' },
  'spam.appeal.vote': { category: 'spam', baseScore: 1.2, description: 'Asks for votes for the writer\'s own: "vote for my daughter in the contest"' },
  'spam.appeal.donate': { category: 'spam', baseScore: 1.2, description: 'Asks for money for a fundraiser: "please donate to my gofundme", "support our kickstarter"' },
  'spam.appeal.petition': { category: 'spam', baseScore: 1.2, description: 'Asks readers to sign a petition: "sign the petition at ..."' },
  'spam.contact.handle': { category: 'spam', baseScore: 1, description: 'A handle on another platform: "@name on insta", "find me on tiktok @xyz", "my soundcloud is lilnova"' },
  'spam.referral.code': { category: 'spam', baseScore: 1, description: 'Asks readers to use the writer\'s code or invite: "use my code SAVE20", "sign up with my invite link"' },
  'spam.links.path': { category: 'spam', baseScore: 1, description: 'A platform path written without its link: "YouTube/somename", "watch?v=AbC123"' },
  'spam.links.referral': { category: 'spam', baseScore: 0.8, description: 'A referral or affiliate link: "?ref=", "/ref/", "?aff="' },
  'spam.promotion.spaced': { category: 'spam', baseScore: 1.2, description: 'Self-promotion typed letter by letter to slip past filters: "c h e c k m y c h a n n e l"' },
  'spam.scam.testimonial': { category: 'spam', baseScore: 1.2, description: 'A planted testimonial for an investment "helper": "thank you Mrs Carter, I invested $800 and got $9,000"' },
  'spam.links.lure': { category: 'spam', baseScore: 0.6, description: 'A link with only a short lure around it: "wow look at this http://..." (weak alone)' },

  // The stream around the comment.
  'duplicate.author': { category: 'duplicate', baseScore: 1, description: 'The same text posted again by the same author' },
  'duplicate.anyone': { category: 'duplicate', baseScore: 1, description: 'The same text posted by several authors (a campaign)' },
  'duplicate.campaign': { category: 'duplicate', baseScore: 1, description: 'The same text from several authors within a minute or two: "Vote for Zorg!" three times (the second copy counts weakly; reactions like "first!" never)' },
  'flood.author': { category: 'flood', baseScore: 1, description: 'More comments from one author in the flood window than the site allows' },
  'flood.ip': { category: 'flood', baseScore: 1, description: 'More comments from one network (the blog-sent client IP, hashed) in the flood window than three authors may post' },

  // The author.
  'author.history': { category: 'author', baseScore: 1, description: 'The author has had more comments rejected than approved' },
  'author.trusted': { category: 'author', baseScore: 0, kind: 'adjustment', description: 'A trusted author: some categories\' scores are discounted' },
  'author.name.link': { category: 'author', baseScore: 1, description: 'The author name contains a link' },
  'author.name.sales': { category: 'author', baseScore: 1, description: 'The author name reads like an advert' },
  'author.name.promotion': { category: 'author', baseScore: 1, description: 'The author name asks for subscribers or promotes a channel: "Sub To My Channel", "sub4sub gaming"' },
  'author.url.shortener': { category: 'author', baseScore: 1, description: 'The author website is a shortened link' },
  'author.url.blocked': { category: 'author', baseScore: 3, kind: 'forcing', description: 'The author website is on a domain the site blocks (always rejected)' },
  'author.url.sales': { category: 'author', baseScore: 1, description: 'The author website looks commercial' },
  'author.url.referral': { category: 'author', baseScore: 0.8, description: 'The author website is a referral or affiliate link ("?ref=", "/ref/")' },

  // The site's own word lists: they force the outcome.
  'policy.words.reject': { category: 'profanity', baseScore: 0, kind: 'forcing', description: 'A word on the site\'s reject list (always rejected)' },
  'policy.words.flag': { category: 'profanity', baseScore: 0, kind: 'forcing', description: 'A word on the site\'s flag list (always held for review)' },

  // The site's learned model (shared/learn): its weight is already in points, negative when
  // the comment resembles what the site approves; a site's score scales the model's say.
  'learned.spam': { category: 'spam', baseScore: 1, kind: 'learned', description: 'The site\'s model, trained on its moderators\' decisions, finds the comment like (or unlike) the spam they rejected' },
  'learned.abuse': { category: 'insult', baseScore: 1, kind: 'learned', description: 'The site\'s model finds the comment like (or unlike) the abuse its moderators rejected; adds to the insult, threat or identity score the rules found strongest' },
});

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}

export function ruleInfo(id: RuleId): RuleInfo {
  return RULES[id];
}
