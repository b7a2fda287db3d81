// Word classes of self-promotion, read by checks/promotion.ts. A promotion is recognised by
// what its words do, not by one phrase per example: an ask (watch, listen, visit, support)
// near the writer's own content ("my", "our" + channel, cover, beats), a creator presenting
// themself, a release announced, a count of subscribers to reach, a vote or a donation asked
// for, a handle on another platform. Every word here carries the vocabulary bit
// `promotionWord`, so a token outside all classes costs one bit test.

import { WORD } from './word-bits.ts';
import { SECOND_PERSON } from './address.ts';

/** Class bits of a promotion word (local to this module and its check). */
export const PROMO = {
  /** An ask to look at something: "check", "watch", "listen", "visit", "support". */
  ask: 1,
  /** An ask only after "you": "you'll LOVE my music", "you might ENJOY our EP". */
  askAfterYou: 2,
  /** A past-tense ask, only after "you": "if you CHECKED my stuff". */
  askPast: 4,
  /** "my", "our": the writer's own. */
  self: 8,
  /** What a creator puts out or where: "channel", "cover", "beats", "EP", "page". */
  content: 16,
  /** Where content lives, for "it's ON MY CHANNEL", "up on my page". */
  place: 32,
  /** "favourite", "fave": "my favourite song" is a fan talking, not a pitch. */
  fanModifier: 64,
  /** "rapper", "singer", "youtuber", "band": what a creator calls themself. */
  creator: 128,
  /** "make", "upload", "record": what a creator does with content. */
  make: 256,
  /** "dropped", "uploaded", "released": content announced. */
  release: 512,
  /** "search", "google", "type": an instruction to look something up. */
  search: 1024,
  /** "youtube", "insta", "spotify": platforms a handle or a search points to. */
  platform: 2048,
  /** "subs", "likes", "followers": what a count of an audience counts. */
  count: 4096,
  /** "vote", "voting". */
  vote: 8192,
  /** "donate", "pledge", "contribute": asks for money. */
  donate: 16384,
  /** "gofundme", "kickstarter", "fundraiser": where money is collected. */
  cause: 32768,
  /** "contest", "competition", "poll": where votes are collected. */
  contest: 65536,
  /** "petition". */
  petition: 131072,
  /** "brother", "daughter": whose channel is promoted like one's own ("my brother makes videos"). */
  relative: 262144,
  /** "help", "support", "back": backing that means money only next to a fundraiser. */
  backing: 524288,
  /** "code", "coupon", "invite": what a referral is passed on by. */
  code: 1048576,
  /** Content words that "our" also uses for a community ("support our local shop"): only "my" makes them a pitch. */
  generic: 2097152,
  /** "mr", "mrs": the title of a thanked "helper". */
  title: 4194304,
  /** "invested", "forex", "withdrawn": what a planted testimonial is about. */
  finance: 8388608,
  /** "thank", "legit", "helped": how a planted testimonial speaks. */
  thanks: 16777216,
  /** "I", "we", "I'm": the writer as subject. */
  firstPerson: 33554432,
  /** "on", "at", "in": where content is ("ON my channel"). */
  preposition: 67108864,
  /** "up", "out", "live": content said to be available ("new video UP"). */
  available: 134217728,
  /** "me", "us": the writer as object ("subscribe to ME"). */
  selfObject: 268435456,
  /** "road", "journey": "ROAD to 1k". */
  road: 536870912,
  /** "sub4sub", "l4l": a swap in one word (checks/promotion.ts spells them out). */
  swap: 1073741824,
} as const;

const classes = new Map<string, number>();
/** Every word of a self-promotion class (lexicon/vocabulary.ts marks them). */
export const PROMOTION_WORDS: Iterable<string> = { [Symbol.iterator]: () => classes.keys() };

function define(bit: number, words: readonly string[]): void {
  for (const w of words) classes.set(w, (classes.get(w) ?? 0) | bit);
}

define(PROMO.ask, [
  'check', 'checkout', 'chek', 'chk', 'watch', 'wach', 'whatch', 'view', 'see', 'visit', 'vist', 'listen',
  'lisen', 'listn', 'hear', 'subscribe', 'subcribe', 'suscribe', 'subscibe', 'subscrib', 'sub', 'follow',
  'support', 'share', 'stream', 'download', 'peep', 'rate', 'read', 'give', 'drop', 'leave', 'like', 'enjoy',
  'try', 'play', 'add', 'look',
]);
define(PROMO.askAfterYou, ['love', 'dig', 'appreciate']);
define(PROMO.askPast, [
  'checked', 'watched', 'listened', 'visited', 'subscribed', 'subbed', 'followed', 'supported', 'gave',
  'liked', 'viewed', 'heard', 'shared', 'streamed', 'took', 'enjoyed', 'loved', 'dug', 'joined',
]);
define(PROMO.self, ['my', 'our', 'mah', 'ma']);
define(PROMO.content, [
  'channel', 'chanel', 'channal', 'chanell', 'channels', 'video', 'videos', 'vid', 'vids', 'vidz', 'song',
  'songs', 'music', 'cover', 'covers', 'rap', 'raps', 'beat', 'beats', 'track', 'tracks', 'ep', 'album',
  'mixtape', 'single', 'remix', 'remixes', 'page', 'stuff', 'content', 'vlog', 'vlogs', 'stream', 'streams',
  'podcast', 'band', 'art', 'artwork', 'drawings', 'animation', 'animations', 'profile', 'account', 'insta',
  'instagram', 'soundcloud', 'spotify', 'twitch', 'tiktok', 'youtube', 'yt', 'blog', 'website', 'site',
  'shop', 'store', 'game', 'app', 'book', 'novel', 'upload', 'uploads', 'latest', 'newest', 'work', 'works',
  'freestyle', 'demo', 'version', 'edit', 'edits', 'shorts', 'clips', 'tutorials', 'poems', 'poetry',
  'gameplay', 'livestream', 'series', 'films', 'film', 'mixes', 'instrumentals', 'bandcamp', 'patreon',
  'merch', 'debut', 'short', 'comic', 'webcomic', 'designs', 'reaction', 'reactions', 'review', 'reviews',
  'breakdown', 'mashup', 'parody', 'tribute', 'tutorial', 'rendition', 'part', 'episode', 'episodes',
  'pics', 'photos', 'photography', 'paintings', 'fanart', 'standup', 'original', 'originals', 'montage',
  'montages', 'compilation', 'compilations', 'animatic', 'playthrough', 'speedrun', 'speedruns',
]);
define(PROMO.place, [
  'channel', 'chanel', 'channal', 'chanell', 'page', 'profile', 'account', 'insta', 'instagram', 'ig',
  'soundcloud', 'spotify', 'twitch', 'tiktok', 'youtube', 'yt', 'blog', 'website', 'site', 'bandcamp',
  'patreon', 'twitter', 'facebook', 'fb', 'snapchat', 'snap', 'bio',
]);
define(PROMO.fanModifier, ['favourite', 'favorite', 'fav', 'fave', 'faves', 'favs', 'favourites', 'favorites', 'least', 'childhood']);
define(PROMO.creator, [
  'rapper', 'singer', 'artist', 'producer', 'musician', 'youtuber', 'songwriter', 'guitarist', 'drummer',
  'pianist', 'beatmaker', 'vlogger', 'gamer', 'streamer', 'band', 'dancer', 'animator', 'creator', 'dj', 'mc',
  'poet', 'filmmaker', 'artiste', 'duo', 'channel', 'tiktoker', 'podcaster', 'comedian', 'illustrator',
]);
define(PROMO.make, [
  'make', 'makes', 'making', 'do', 'produce', 'produces', 'producing', 'write', 'record', 'recording', 'sing',
  'upload', 'uploading', 'post', 'posting', 'create', 'creating', 'film', 'draw', 'drawing', 'animate', 'edit',
  'stream', 'streaming', 'rap', 'cover', 'did', 'made', 'wrote', 'produced', 'review', 'posts',
  'uploads', 'does', 'streams', 'releases', 'drops',
]);
define(PROMO.release, [
  'dropped', 'released', 'uploaded', 'posted', 'published', 'premiered', 'premiering', 'finished', 'recorded',
  'launched', 'dropping', 'releasing', 'uploading', 'posting', 'made', 'started', 'created', 'put',
]);
define(PROMO.search, ['search', 'google', 'type', 'look', 'find', 'lookup']);
define(PROMO.platform, [
  'youtube', 'yt', 'insta', 'instagram', 'ig', 'tiktok', 'snapchat', 'snap', 'twitter', 'soundcloud',
  'spotify', 'twitch', 'facebook', 'fb', 'bandcamp', 'patreon', 'discord', 'kik', 'deviantart', 'artstation',
  'itunes', 'deezer', 'tidal', 'vimeo', 'dailymotion', 'linktree', 'threads', 'tumblr', 'reverbnation',
  'steam', 'itch', 'wattpad', 'etsy',
]);
define(PROMO.count, [
  'subs', 'sub', 'subscribers', 'subscriber', 'subscribes', 'subz', 'likes', 'followers', 'follower', 'follows',
  'views', 'viewers', 'plays', 'streams', 'listeners', 'fans',
]);
define(PROMO.vote, ['vote', 'votes', 'voting']);
define(PROMO.donate, ['donate', 'donating', 'contribute', 'contributing', 'pledge', 'chip']);
define(PROMO.backing, ['fund', 'back', 'support', 'help', 'give', 'sponsor', 'spare']);
define(PROMO.relative, [
  'brother', 'sister', 'son', 'daughter', 'friend', 'cousin', 'mate', 'dad', 'mom', 'mum', 'kid', 'bro', 'sis',
  'girlfriend', 'boyfriend', 'wife', 'husband', 'nephew', 'niece', 'buddy',
]);
define(PROMO.cause, [
  'gofundme', 'kickstarter', 'indiegogo', 'patreon', 'fundraiser', 'crowdfunding', 'crowdfund', 'fundraising',
  'donation', 'donations', 'justgiving', 'kofi', 'gofund',
]);
define(PROMO.contest, [
  'contest', 'competition', 'poll', 'talent', 'battle', 'award', 'awards', 'finalist', 'finals', 'nominated',
  'nomination', 'pageant', 'giveaway', 'challenge', 'final', 'semifinal', 'semifinals',
]);
define(PROMO.petition, ['petition', 'petitions', 'sign']);
define(PROMO.code, ['code', 'codes', 'coupon', 'promo', 'promocode', 'invite', 'referral', 'voucher']);
define(PROMO.generic, ['original', 'part', 'episode', 'episodes', 'pics', 'photos', 'shop', 'store', 'site', 'website', 'app', 'game', 'book', 'work', 'works', 'stuff', 'art', 'account', 'profile', 'series', 'film', 'films', 'version', 'single', 'short', 'page', 'edit', 'upload']);

define(PROMO.firstPerson, ['i', 'we', 'im', "i'm", "we're", 'iam', 'ive', "i've", "we've", 'weve', "i'll", "we'll"]);
// "ill sub back": read as the writer only where a swap is offered.
define(PROMO.swap, ['ill']);
define(PROMO.preposition, ['on', 'at', 'in']);
define(PROMO.available, ['up', 'out', 'live']);
define(PROMO.selfObject, ['me', 'us']);
define(PROMO.road, ['road', 'journey', 'race']);
define(PROMO.title, ['mr', 'mrs', 'ms', 'miss', 'dr', 'madam', 'mister']);
define(PROMO.finance, [
  'invest', 'invested', 'investing', 'investment', 'trading', 'trader', 'forex', 'bitcoin', 'btc', 'crypto',
  'portfolio', 'funds', 'withdrawn', 'withdrew', 'withdraw', 'profit', 'profits', 'recover', 'recovered', 'returns',
  'broker', 'earned', 'mining',
]);
define(PROMO.thanks, ['thank', 'thanks', 'shout', 'shoutout', 'grateful', 'helped', 'recommend', 'legit', 'bless', 'testimony', 'skeptical', 'sceptical']);

/** Short words a lure typed letter by letter runs together with the class words: "newvideoONmychannel". */
const JOINED_FILLERS = [
  'to', 'on', 'out', 'new', 'is', 'the', 'a', 'an', 'and', 'at', 'in', 'for', 'of', 'it', 'up', 'now', 'go', 'me',
  'more', 'better', 'here', 'link', 'pls', 'please', 'guys', 'hey', 'im', 'i', 'you', 'u', 'this', 'best', 'hi',
  'cool', 'check', 'all', 'so', 'just', 'got', 'some', 'love',
];
const joinable = new Set([...JOINED_FILLERS]);

/** Whether a word may be read out of letters typed apart and run together ("checkmypage"). */
export function isJoinableWord(word: string): boolean {
  return joinable.has(word) || classes.has(word);
}

/** Adds words to a class from another module (the swap spellings are generated where they are read). */
export function definePromotionWords(bit: number, words: Iterable<string>): void {
  define(bit, [...words]);
}

/** The class bits of a word (0 when it is in no class). */
export function promotionClasses(word: string, flags: number): number {
  return (flags & WORD.promotionWord) === 0 ? 0 : (classes.get(word) ?? 0);
}

// Words around an ask that decide whether it is one. Small closed classes, read only next to
// an ask word, so plain Sets are cheap enough here.

/** Walked over back from an ask to find who it is said to: "PLEASE GO check", "you SHOULD check". */
export const ASK_LEAD = new Set([
  'please', 'pls', 'plz', 'plzz', 'plez', 'pleas', 'plss', 'pleez', 'plox', 'kindly', 'just', 'also', 'go', 'come',
  'and', 'n', 'now', 'then', 'so', 'definitely', 'really', 'maybe', 'hey', 'hi', 'hello', 'yo', 'all', 'anyone',
  'anybody', 'someone', 'somebody', 'everyone', 'everybody', 'else', 'people', 'should', 'could', 'can',
  'would', 'might', 'gotta', 'must', 'wanna', 'will', 'over', 'by', 'quickly', 'quick',
  'atleast', 'least', 'at', 'even', 'btw', 'ps', 'oh', 'lets', "let's", 'rly', 'realy', 'ppl',
]);
/** A subject that makes the ask a statement about someone: "I WATCH my videos", "she CHECKED". */
export const STATEMENT_SUBJECT = new Set([
  'i', 'we', 'he', 'she', 'they', 'it', 'im', "i'm", 'ive', "i've", 'ill', "i'll", 'id', "i'd", "we're",
  "we've", 'weve', "we'll", 'did', 'does', 'do', "didn't", 'didnt', "doesn't", 'doesnt', 'has', 'have', 'had',
  'was', 'were', 'is', 'am', 'are', 'who', 'that', 'which', 'when', 'where', "can't", 'cant', 'cannot',
  "couldn't", 'couldnt', "won't", 'wont', 'never', 'always', 'usually', 'often', 'sometimes', 'not',
  "don't", 'dont', 'mom', 'mum', 'dad', 'sister', 'brother', 'friend', 'wife', 'husband', 'kids', 'son',
  'daughter',
]);
/** "feel free TO check", "don't forget TO subscribe": a "to" that carries an ask. */
export const ASK_BEFORE_TO = new Set(['forget', 'sure', 'free', 'welcome', 'minute', 'minutes', 'moment', 'second', 'seconds', 'sec', 'secs']);
/** "you NEED TO hear my version", "I HAVE TO check my stats": whoever needs to decides. */
export const MODAL_BEFORE_TO = new Set(['need', 'needs', 'have', 'has', 'got', 'ought', 'gotta']);
/** Words that address the readers, after which an ask is one even in the past tense ("if you CHECKED"). */
export const READERS: ReadonlySet<string> = new Set([...SECOND_PERSON, 'guys']);
