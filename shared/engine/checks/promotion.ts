// Self-promotion, solicitation and appeals recognised by mechanism rather than by phrase:
// an ask near the writer's own content in any order ("my new cover is up, go give it a
// listen"), a creator presenting themself, content announced, a count of subscribers to
// reach, a swap of subscriptions, a vote, a donation or a signature asked for, a handle on
// another platform, a search to run, a code to use. Each detector reports the token ranges
// it rests on; spam.ts weighs them together with the phrase list, so a comment that a
// phrase and a mechanism both read counts once.
//
// Cost: one bit test per token, then class lookups only for promotion words, and windows of
// a few tokens around the rare ones that start a detector.

import type { RuleId } from '../rules.ts';
import type { CheckInput } from './check.ts';
import { tokenSpan } from './check.ts';
import { LazyNormalised, textSpan } from '../normalise.ts';
import {
  ASK_BEFORE_TO, ASK_LEAD, MODAL_BEFORE_TO, PROMO, READERS, STATEMENT_SUBJECT, definePromotionWords, isJoinableWord, promotionClasses,
} from '../lexicon/promotion-words.ts';
import { WORD } from '../lexicon/word-bits.ts';

export interface PromotionHit {
  rule: RuleId;
  weight: number;
  /** Token ranges [start, end) the hit rests on; two hits sharing a token count once. */
  parts: [number, number][];
}

/** Hits per comment beyond which the outcome cannot change (a 10,000-character repeat). */
const MAX_HITS = 40;
/** How far an ask looks for the content it is about ("check out the new cover on my channel"). */
const ASK_REACH = 8;
/** How far from "on my channel" the content it points to may be named. */
const POINTER_REACH = 12;
/** How far back "check it out" looks for what "it" is ("I make beats. Check them out"). */
const BACK_REACH = 25;

/** Words that "it" and "them" stand for after an ask: the content named before. */
const BACK_REFERENCES = new Set(['it', 'them', 'em', "'em", 'this', 'these', 'that', 'those']);
/** Said after an ask without changing what it is about: "check it OUT", "go watch NOW". */
const ASK_TRAIL = new Set(['out', 'up', 'please', 'pls', 'plz', 'now', 'too', 'guys', 'all', 'maybe', 'over', 'on']);
/**
 * End a possessive phrase: determiners ("my son loves THIS video" is not "my video") and
 * words of a community ("support our LOCAL music venues").
 */
const PHRASE_STOP = new Set([
  'this', 'that', 'the', 'a', 'an', 'his', 'her', 'their', 'your', 'these', 'those', 'every', 'and', 'or',
  'but', 'for', 'of', 'in', 'on', 'at', 'to', 'from', 'with', 'is', 'was', 'local', 'town', 'city',
  'community', 'country', 'national', 'school', 'church', 'team',
]);
/** After "I'm" or "we are": "I'm A 16 year old singer". */
const BE_FIRST_PERSON = new Set(['im', "i'm", "we're", 'iam']);
/** Adverbs between a subject and its verb: "I JUST uploaded", "we ALSO make". */
const ADVERBS = new Set(['just', 'also', 'mostly', 'usually', 'really', 'now', 'sometimes', 'often', 'finally', 'recently', 'actually', 'literally', 'officially', 'all', 'both']);
/** End a creator description: "I'm a big fan OF this singer", "I'm NOT a singer". */
const CREATOR_STOP = new Set(['of', 'like', 'than', 'fan', 'fans', 'with', 'for', 'who', 'but', 'not', 'no', 'never', 'and', 'the', 'this', 'that', 'his', 'her', 'their', 'your']);
const FRESH = new Set(['new', 'latest', 'newest', 'first', 'debut']);
/** "my EP IS NOW OUT on spotify". */
const AVAILABLE = new Set(['is', 's', 'now', 'out', 'available', 'live', 'up', 'all', 'also', 'streaming']);
/** Whose content is passed on, not promoted: "THIS song", "HER video". */
const OTHERS_CONTENT = new Set(['this', 'that', 'these', 'those', 'your', 'his', 'her', 'their', 'its']);
/** A number's multiplier: "1 MILLION views", "5 MORE subs". */
const MULTIPLIERS = new Set(['k', 'thousand', 'million', 'billion', 'hundred', 'more', 'mil', 'm']);
/** Words that aim a count at a target: "help me REACH 500 subs", "ROAD to 1k". */
const GOALS = new Set(['reach', 'get', 'hit', 'to', 'till', 'until', 'need', 'goal', 'make', 'reaching', 'getting', 'hitting', 'gets', 'hits', 'reaches']);
/** The writer, as owner, subject or object. */
const WRITER = PROMO.self | PROMO.firstPerson | PROMO.selfObject;
/** What a count is about when it is not the writer: "get THIS to 1 million views" is a fan. */
const OTHER_TARGET = new Set(['this', 'it', 'her', 'him', 'them', 'she', 'he', 'they', 'the', 'song', 'video']);
const SHORT_OF = new Set(['away', 'left', 'short']);
/** Words that mark a handle as the writer's own: "find ME on", "MY insta is", "FOLLOW @x". */
const OWN_MARKS = new Set(['me', 'us', 'my', 'our', 'follow', 'add', 'find', 'dm', 'hmu', 'sub', 'subscribe', 'check']);
/** "my insta is PRIVATE": a state, not a name. */
const ACCOUNT_STATES = new Set(['private', 'public', 'down', 'broken', 'dead', 'banned', 'hacked', 'gone', 'deleted', 'new', 'old', 'empty', 'back', 'full', 'blocked', 'suspended', 'locked', 'better', 'worse', 'bad', 'good', 'great', 'fine', 'ok', 'okay', 'same', 'not', 'so', 'the', 'a', 'an', 'my', 'on', 'in', 'still']);
/** "search 'X' on youtube", "look it up in the search bar". */
const SEARCH_PLACES = new Set(['bar', 'box', 'engine']);

// One-word swaps, spelled every common way: "sub4sub", "s4s", "l4l", "follow4follow", "sub2sub".
const SWAP_ACTS = ['sub', 'subs', 'subscribe', 'like', 'likes', 'follow', 'view', 'views'];
/** Single letters swap only through a 4: "f2f" is face to face. */
const SWAP_LETTERS = ['s', 'l', 'f', 'v'];
const SWAP_LINKS = ['a', '2', 'for', 'x', 'to'];
/** Swap word -> where its link starts when the link is "a" (the 4 of "s4s", checked in the original), else -1. */
const SWAP_WORDS = new Map<string, number>();
for (const act of SWAP_ACTS) for (const link of SWAP_LINKS) SWAP_WORDS.set(`${act}${link}${act}`, link === 'a' ? act.length : -1);
for (const letter of SWAP_LETTERS) SWAP_WORDS.set(`${letter}a${letter}`, 1);
definePromotionWords(PROMO.swap, SWAP_WORDS.keys());

type Hits = PromotionHit[];

/**
 * Class bits per token of the comment being read, reused across calls (safe because the
 * engine is synchronous): every detector reads them, so each word is looked up once.
 */
let scratchClasses = new Int32Array(256);
let scratchMarked = new Int32Array(256);

class Reader {
  readonly input: CheckInput;
  readonly n: number;
  /** Class bits per token (valid for [0, n)). */
  private readonly classes: Int32Array;
  /** Every class present in the comment: a detector whose trigger is absent is skipped. */
  readonly present: number;
  /** Indices of the tokens in some class, in order ([0, m)): detectors start only at these. */
  readonly marked: Int32Array;
  readonly m: number;
  /** The longest run of one-letter words ("m y" is not joined by the normaliser). */
  readonly loneRun: number;
  constructor(input: CheckInput) {
    this.input = input;
    const { tokens } = input;
    this.n = tokens.length;
    if (scratchClasses.length < this.n) {
      scratchClasses = new Int32Array(Math.max(this.n, 2 * scratchClasses.length));
      scratchMarked = new Int32Array(scratchClasses.length);
    }
    const classes = scratchClasses;
    const marked = scratchMarked;
    let present = 0;
    let m = 0;
    let lone = 0;
    let loneRun = 0;
    for (let i = 0; i < this.n; i++) {
      const t = tokens[i];
      const c = t.info.promotion;
      classes[i] = c;
      if (c !== 0) marked[m++] = i;
      present |= c;
      lone = t.w.length === 1 ? lone + 1 : 0;
      if (lone > loneRun) loneRun = lone;
    }
    this.classes = classes;
    this.marked = marked;
    this.m = m;
    this.present = present;
    this.loneRun = loneRun;
  }

  /** The word at i; '' past either end, so a look-ahead never reads outside the comment. */
  w(i: number): string {
    return i >= 0 && i < this.n ? this.input.tokens[i].w : '';
  }

  /** Class bits of token i; 0 outside the comment. */
  cls(i: number): number {
    return i >= 0 && i < this.n ? this.classes[i] : 0;
  }

  has(i: number, bit: number): boolean {
    return (this.cls(i) & bit) !== 0;
  }

  /** Whether the comment has a word of any of these classes. */
  any(bits: number): boolean {
    return (this.present & bits) !== 0;
  }

  /**
   * A clause break before token i that ends a thought. Ellipses and dots without spaces
   * ("....subscribe....to my....channel", "check.out.my.channel") and a colon ("my twitch:
   * name") only pace the words: a lure spread over them is still one.
   */
  hardBreak(i: number): boolean {
    if (i <= 0 || i >= this.n) return true;
    const t = this.input.tokens[i];
    if (!t.brk) return false;
    const text = this.input.norm.text;
    const from = this.input.tokens[i - 1].e;
    if (t.s - from > 8) return true;
    let dots = 0;
    let spaces = 0;
    let colon = false;
    for (let k = from; k < t.s; k++) {
      const c = text.charCodeAt(k);
      if (c === 46) dots++;
      else if (c === 32) spaces++;
      else if (c === 58) colon = true;
      else if (c === 0x2026) dots += 3;
      else if (c === 33 || c === 63 || c === 59 || c === 10) return true;
    }
    if (colon) return dots > 0;
    return !(dots >= 2 || (dots === 1 && spaces === 0));
  }

  /** A comma or a clause break before token i: where a clause or a phrase ends. */
  boundary(i: number): boolean {
    return this.hardBreak(i) || this.input.tokens[i].comma;
  }

  /** Whether tokens a < b lie in one sentence (no hard break between them). */
  sameSentence(a: number, b: number): boolean {
    for (let k = a + 1; k <= b; k++) if (this.hardBreak(k)) return false;
    return true;
  }

  /** The original characters of token i (for digits and capitals the words layer has resolved). */
  typedFirst(i: number): number {
    const [s] = textSpan(this.input.norm, this.input.tokens[i].s, this.input.tokens[i].s + 1);
    return this.input.comment.text.charCodeAt(s);
  }

  typed(i: number): string {
    const [s, e] = tokenSpan(this.input, i, i + 1);
    return this.input.comment.text.slice(s, e);
  }

  isNumber(i: number): boolean {
    const c = this.w(i).charCodeAt(0);
    return c >= 48 && c <= 57;
  }
}

/**
 * Whether the word at i is said to the readers as an ask ("go check", "you should check",
 * "please watch") rather than told about someone ("I watch", "she checked"). Walks back over
 * softeners to whoever the ask is said by or to. `strict`: the word is also a common verb or
 * preposition ("like", "give"), so only a clause start or the readers make it an ask;
 * `readers`: only after "you" ("you'll LOVE my music", "if you CHECKED").
 */
function isAsk(r: Reader, i: number, strict: boolean, readers: boolean): boolean {
  for (let k = i - 1, steps = 0; steps < 6; k--, steps++) {
    if (k < 0 || r.boundary(k + 1)) return !readers;
    const w = r.w(k);
    if (READERS.has(w)) return true;
    if (w === 'to' && k > 0 && !r.boundary(k) && MODAL_BEFORE_TO.has(r.w(k - 1))) {
      k--;
      continue;
    }
    if (w === 'to') return k > 0 && !r.boundary(k) && (READERS.has(r.w(k - 1)) || ASK_BEFORE_TO.has(r.w(k - 1)));
    if (STATEMENT_SUBJECT.has(w)) return false;
    if (!ASK_LEAD.has(w)) return !strict && !readers;
  }
  return !strict && !readers;
}

/** Asks that are also everyday verbs or prepositions: "sounds LIKE my band", "GIVE my opinion". */
const STRICT_ASKS = new Set(['like', 'give', 'drop', 'leave', 'play', 'add', 'try', 'read', 'see', 'enjoy', 'rate', 'look']);

/**
 * The writer's own content starting at token j: "my channel", "our first EP", "my own
 * beats". Returns the end of the phrase, or -1. Up to two words between, none of them a
 * determiner ("my son loves THIS video") or a fan's "favourite".
 */
function ownContentAt(r: Reader, j: number): number {
  if (!r.has(j, PROMO.self)) return -1;
  const our = r.w(j) !== 'my';
  for (let k = j + 1; k < r.n && k <= j + 3; k++) {
    // Any mark ends the phrase: "check my config: I set ..." names no content.
    if (r.input.tokens[k].brk || r.input.tokens[k].comma || r.has(k, PROMO.firstPerson)) return -1;
    const c = r.cls(k);
    if ((c & PROMO.content) !== 0) {
      // "support our local shop" is a community; "check out our shop" is a pitch (phrase list).
      if (our && (c & PROMO.generic) !== 0) return -1;
      return k + 1;
    }
    if ((c & (PROMO.fanModifier | PROMO.self)) !== 0 || PHRASE_STOP.has(r.w(k))) return -1;
  }
  return -1;
}

/** "I HAVE a channel", "we RUN a small podcast": an outlet of one's own. */
const HAVE = new Set(['have', 'run', 'own', 'got', 'started', 'start', 'opened']);
const HAS = new Set(['has', 'runs', 'owns', 'started']);
/** Made, but no creator's output: "I do my WORK", "I made an ACCOUNT". */
const NO_OUTPUT = new Set(['work', 'works', 'stuff', 'account', 'profile', 'page', 'site', 'website', 'version', 'edit', 'upload', 'single', 'short', 'app', 'game', 'book', 'shop', 'store']);

/**
 * "I make beats", "we upload covers", "I post gaming videos", "I have a channel": a
 * creator's own output or outlet. Returns the end, or -1.
 */
function makerAt(r: Reader, j: number): number {
  let subject = j;
  if (r.has(j, PROMO.self) && j + 1 < r.n && r.has(j + 1, PROMO.creator) && !r.boundary(j + 1)) {
    // "my band posts covers", "our channel uploads every week"
    subject = j + 1;
  } else if (r.has(j, PROMO.self)) {
    // "my little brother makes minecraft videos", "my 12 year old son": a relative's channel
    // is promoted the same way.
    subject = j + 1;
    while (subject < r.n && subject <= j + 4 && !r.has(subject, PROMO.relative) && !r.boundary(subject)) subject++;
    if (subject >= r.n || subject > j + 4 || !r.has(subject, PROMO.relative) || r.boundary(subject)) return -1;
  } else if (!r.has(j, PROMO.firstPerson)) return -1;
  let k = subject + 1;
  while (k < r.n && k <= subject + 3 && ADVERBS.has(r.w(k)) && !r.boundary(k)) k++;
  if (k >= r.n || r.boundary(k)) return -1;
  if (HAVE.has(r.w(k)) || HAS.has(r.w(k))) return outletAfter(r, k);
  if (!r.has(k, PROMO.make)) return -1;
  // "I make THESE lego stop motion videos": the genre may take a few words.
  const reach = r.w(k + 1) === 'these' ? 5 : 3;
  for (let m = k + 1; m < r.n && m <= k + reach; m++) {
    if (r.boundary(m)) return -1;
    const c = r.cls(m);
    // "I do my best" is no output; "I make my own beats", "I draw fan art" are.
    if ((c & PROMO.content) !== 0 && !NO_OUTPUT.has(r.w(m))) return m + 1;
    if ((c & PROMO.fanModifier) !== 0 || (PHRASE_STOP.has(r.w(m)) && r.w(m) !== 'a' && r.w(m) !== 'these')) return -1;
  }
  return -1;
}

/** "... a (small|new|youtube) channel" after "I have": the end of the outlet, or -1. */
function outletAfter(r: Reader, k: number): number {
  if (k + 2 >= r.n || r.w(k + 1) !== 'a' || r.boundary(k + 1)) return -1;
  for (let m = k + 2; m < r.n && m <= k + 4; m++) {
    if (r.boundary(m)) return -1;
    if (r.has(m, PROMO.place) && r.has(m, PROMO.content) && !r.has(m, PROMO.generic)) return m + 1;
    if (r.w(m) === 'youtube' || r.w(m) === 'gaming' || r.w(m) === 'music') continue;
    if (r.w(m) === 'band' || r.w(m) === 'podcast') return m + 1;
    if (PHRASE_STOP.has(r.w(m))) return -1;
  }
  return -1;
}

/** Where the writer's own content is named, as [start, end) ranges, in order. */
function ownContent(r: Reader): [number, number][] {
  const found: [number, number][] = [];
  let from = 0;
  for (let q = 0; q < r.m && found.length < MAX_HITS; q++) {
    const j = r.marked[q];
    if (j < from || !r.has(j, PROMO.self | PROMO.firstPerson)) continue;
    const end = Math.max(ownContentAt(r, j), makerAt(r, j));
    if (end > 0) {
      found.push([j, end]);
      from = end;
    }
  }
  return found;
}

/**
 * What "it" after the ask at i stands for: the writer's content named last before it, unless
 * something else was named in between ("I shared THIS on my page, everyone needs to hear it")
 * or the content was only a place ("on my page").
 */
function referent(r: Reader, own: [number, number][], i: number): [number, number] | undefined {
  for (let k = own.length - 1; k >= 0; k--) {
    const [s, e] = own[k];
    if (e > i) continue;
    if (e <= i - BACK_REACH) return undefined;
    // "a remix OF this" still names the writer's remix.
    for (let m = e; m < i; m++) if (OTHERS_CONTENT.has(r.w(m)) && r.w(m) !== 'your' && r.w(m - 1) !== 'of') return undefined;
    if (s > 0 && r.has(s - 1, PROMO.preposition)) {
      for (let m = s - 1; m >= 0 && m >= s - 4; m--) if (OTHERS_CONTENT.has(r.w(m))) return undefined;
    }
    return own[k];
  }
  return undefined;
}

// Look-ups in the writer's content ranges (few per comment), without closures: they run per token.

/** The content named ahead of the ask at i, in its sentence: "check out the new cover ON MY CHANNEL". */
function ownAhead(r: Reader, own: [number, number][], i: number): [number, number] | undefined {
  for (let k = 0; k < own.length; k++) {
    const s = own[k][0];
    if (s > i + ASK_REACH) return undefined;
    if (s > i && r.sameSentence(i, s)) return own[k];
  }
  return undefined;
}

function ownEndingAt(own: [number, number][], end: number): [number, number] | undefined {
  for (let k = 0; k < own.length; k++) if (own[k][1] === end) return own[k];
  return undefined;
}

function ownStartingAt(own: [number, number][], start: number): [number, number] | undefined {
  for (let k = 0; k < own.length; k++) if (own[k][0] === start) return own[k];
  return undefined;
}

/** Content named near "on my page" at [i, placeEnd), in its sentence, outside it. */
function ownAround(r: Reader, own: [number, number][], i: number, placeEnd: number): [number, number] | undefined {
  for (let k = 0; k < own.length; k++) {
    const [s, e] = own[k];
    if ((e <= i || s >= placeEnd) && Math.abs(s - i) <= POINTER_REACH && r.sameSentence(Math.min(s, i), Math.max(s, i))) return own[k];
  }
  return undefined;
}

/** After an ask, whether its object points back ("check IT out", "go support") rather than at something new. */
function refersBack(r: Reader, i: number): boolean {
  for (let k = i + 1; k < r.n && k <= i + 3; k++) {
    if (r.boundary(k)) return true;
    const w = r.w(k);
    if (BACK_REFERENCES.has(w)) return true;
    if (!ASK_TRAIL.has(w)) return false;
  }
  return true;
}

function asks(r: Reader, own: [number, number][], out: Hits): void {
  for (let q = 0; q < r.m && out.length < MAX_HITS; q++) {
    const i = r.marked[q];
    const c = r.cls(i);
    const readers = (c & (PROMO.askAfterYou | PROMO.askPast)) !== 0 && (c & PROMO.ask) === 0;
    if ((c & (PROMO.ask | PROMO.askAfterYou | PROMO.askPast)) === 0) continue;
    if (!isAsk(r, i, STRICT_ASKS.has(r.w(i)), readers)) continue;
    // Ahead in the same sentence: "check out the new cover on my channel".
    let target = ownAhead(r, own, i);
    // Behind, when the ask points back at it: "my new single is out, go give it a listen".
    if (!target && refersBack(r, i)) target = referent(r, own, i);
    if (!target) continue;
    out.push({ rule: 'spam.promotion.ask', weight: 1.2, parts: [[i, i + 1], target] });
  }
}

/** "I'm a 16 year old singer", "we are a small band from Leeds", "I make beats". */
function creators(r: Reader, own: [number, number][], out: Hits): void {
  for (let q = 0; q < r.m && out.length < MAX_HITS; q++) {
    const j = r.marked[q];
    if (!r.has(j, PROMO.firstPerson)) continue;
    let k = -1;
    if (BE_FIRST_PERSON.has(r.w(j))) k = j + 1;
    else if ((r.w(j) === 'i' && r.w(j + 1) === 'am') || (r.w(j) === 'we' && r.w(j + 1) === 'are')) k = j + 2;
    if (k < 0 || j + 1 >= r.n) continue;
    for (let m = k; m < r.n && m <= k + 5; m++) {
      if (r.boundary(m) || CREATOR_STOP.has(r.w(m))) break;
      if (r.has(m, PROMO.creator)) {
        out.push({ rule: 'spam.promotion.creator', weight: 0.6, parts: [[j, m + 1]] });
        break;
      }
    }
  }
  for (const [s, e] of own) {
    if (makerAt(r, s) === e) out.push({ rule: 'spam.promotion.creator', weight: 0.6, parts: [[s, e]] });
  }
}

/** "on my channel", "over at my page": the writer's own place. Returns the end, or -1. */
function ownPlaceAt(r: Reader, j: number): number {
  if (!r.has(j, PROMO.preposition) || j + 2 >= r.n || !r.has(j + 1, PROMO.self)) return -1;
  if (r.boundary(j + 1)) return -1;
  for (let k = j + 2; k < r.n && k <= j + 3; k++) {
    if (r.boundary(k)) return -1;
    if (r.has(k, PROMO.place)) return k + 1;
  }
  return -1;
}

/**
 * Content announced ("my band just dropped our first EP", "I just uploaded a cover", "new
 * video up") and pointers to where it is ("it's on my channel"). Stronger when both meet.
 */
function releases(r: Reader, own: [number, number][], out: Hits): void {
  // "my first game is on steam", "my album is out on spotify": own content where to get it.
  for (const [s, e] of own) {
    let k = e;
    while (k < r.n && k <= e + 3 && AVAILABLE.has(r.w(k)) && !r.hardBreak(k)) k++;
    if (k + 1 < r.n && r.has(k, PROMO.preposition) && r.has(k + 1, PROMO.platform) && !r.hardBreak(k) && !r.boundary(k + 1)) {
      out.push({ rule: 'spam.promotion.release', weight: 1, parts: [[s, e], [k, k + 2]] });
    }
  }
  let from = 0;
  for (let q = 0; q < r.m && out.length < MAX_HITS; q++) {
    const i = r.marked[q];
    if (i < from) continue;
    let announced: [number, number] | undefined;
    if (r.has(i, PROMO.release)) announced = releaseAt(r, own, i);
    else if (r.has(i, PROMO.available)) announced = freshStateAt(r, own, i);
    const placeEnd = announced ? -1 : ownPlaceAt(r, i);
    if (announced) {
      // "... up on my page", "... out on bandcamp": look for where in the rest of the sentence.
      let place: [number, number] | undefined;
      for (let k = i + 1; k < r.n && k <= i + 12 && !r.hardBreak(k); k++) {
        const end = ownPlaceAt(r, k);
        if (end > 0) {
          place = [k, end];
          break;
        }
        if (r.has(k, PROMO.preposition) && k + 1 < r.n && r.has(k + 1, PROMO.platform) && !r.boundary(k + 1)) {
          place = [k, k + 2];
          break;
        }
      }
      // Content of the writer's own ("my podcast is live") is a pitch by itself; "new video up" is not.
      const owned = ownStartingAt(own, announced[0]) !== undefined || r.has(announced[0], PROMO.self);
      const weight = place ? 1.2 : owned && r.has(i, PROMO.available) ? 1 : 0.8;
      out.push({ rule: 'spam.promotion.release', weight, parts: place ? [announced, place] : [announced] });
      if (place) from = place[1];
    } else if (placeEnd > 0) {
      // "on my page" names where: weak alone ("I posted this on my page"), a pointer when the
      // sentence names the writer's content too ("my band's first single is on my channel").
      let content = ownAround(r, own, i, placeEnd);
      // "the latest upload on my channel", "the video is on our page": content, then where it is.
      // Not "I shared THIS song on my page": the video commented on, passed on.
      for (let k = i - 1; !content && k >= 0 && k >= i - 3 && !r.boundary(k + 1); k--) {
        if (r.has(k, PROMO.content) && !r.has(k, PROMO.generic) && !(k > 0 && OTHERS_CONTENT.has(r.w(k - 1)))) content = [k, k + 1];
      }
      out.push({ rule: 'spam.promotion.release', weight: content ? 1 : 0.6, parts: content ? [content, [i, placeEnd]] : [[i, placeEnd]] });
      from = placeEnd;
    }
  }
}

/** A release verb at i with the writer's content as subject or object. */
function releaseAt(r: Reader, own: [number, number][], i: number): [number, number] | undefined {
  // Subject: "my band just DROPPED", "I just UPLOADED"; none at a clause start ("Just uploaded a cover").
  let subject = -1;
  let freshSubject = false;
  for (let k = i - 1; k >= -1 && k >= i - 4; k--) {
    if (k < 0 || r.boundary(k + 1)) {
      subject = i;
      break;
    }
    if (r.has(k, PROMO.firstPerson)) {
      subject = k;
      break;
    }
    const o = ownEndingAt(own, k + 1);
    if (o) {
      subject = o[0];
      break;
    }
    // "new music video DROPPING friday": fresh content as its own subject.
    if (r.has(k, PROMO.content) && !r.has(k, PROMO.generic)) {
      let f = k - 1;
      while (f >= 0 && f >= k - 2 && !r.boundary(f + 1) && !FRESH.has(r.w(f))) f--;
      if (f >= 0 && FRESH.has(r.w(f)) && !r.boundary(f + 1)) {
        subject = f;
        freshSubject = true;
      }
      break;
    }
    if (!ADVERBS.has(r.w(k)) && !FRESH.has(r.w(k)) && r.w(k) !== 'is' && r.w(k) !== 'was' && r.w(k) !== 'has' && r.w(k) !== 'have' && r.w(k) !== 'just') break;
  }
  // "... just UPLOADED an original": a dropped subject, as announcements drop it.
  if (subject < 0 && i > 0 && (r.w(i - 1) === 'just' || r.w(i - 1) === 'finally' || r.w(i - 1) === 'recently')) subject = i;
  // Object: "... a cover", "... our first EP", "... a new synthwave track"; never "this" (the video commented on).
  for (let k = i + 1; k < r.n && k <= i + 5; k++) {
    if (r.boundary(k)) break;
    const c = r.cls(k);
    if ((c & PROMO.self) !== 0) {
      const end = ownContentAt(r, k);
      if (end > 0 && subject >= 0) return [subject, end];
      if (end > 0) return [i, end];
      break;
    }
    if ((c & PROMO.content) !== 0 && !NO_OUTPUT.has(r.w(k))) return subject >= 0 ? [Math.min(subject, i), k + 1] : undefined;
    // Unknown words may describe the content ("a CHRISTMAS ep"); a determiner or a pronoun ends it.
    const w = r.w(k);
    if ((PHRASE_STOP.has(w) && w !== 'a' && w !== 'an') || OTHERS_CONTENT.has(w) || r.has(k, PROMO.firstPerson) || w === 'it' || w === 'you') break;
  }
  // Intransitive: "my new single just DROPPED".
  if (subject >= 0 && subject < i && (freshSubject || r.has(subject, PROMO.self))) return [subject, i + 1];
  return undefined;
}

/** "new video UP", "my single is OUT now": fresh content said to be available. */
function freshStateAt(r: Reader, own: [number, number][], i: number): [number, number] | undefined {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (r.boundary(k + 1)) return undefined;
    const w = r.w(k);
    if (w === 'is' || w === 's' || w === 'now' || w === 'just' || w === 'finally' || w === 'officially') continue;
    if (!r.has(k, PROMO.content) || r.has(k, PROMO.generic)) return undefined;
    // "my stream is live", "new episode of my podcast is live": the writer's own.
    const o = ownEndingAt(own, k + 1);
    if (o) return [o[0], i + 1];
    if (k > 0 && FRESH.has(r.w(k - 1)) && !r.boundary(k)) return [k - 1, i + 1];
    return undefined;
  }
  return undefined;
}

/** "help me reach 500 subs", "road to 1k", "can we get this comment to 1k likes", "50 more subs to go". */
function milestones(r: Reader, out: Hits): void {
  for (let i = 0; i < r.n && out.length < MAX_HITS; i++) {
    if (!r.isNumber(i)) continue;
    let k = i + 1;
    if (k < r.n && MULTIPLIERS.has(r.w(k)) && !r.boundary(k)) k++;
    const counted = k < r.n && !r.boundary(k) && r.has(k, PROMO.count);
    const end = counted ? k + 1 : i + 1;
    let goal = false;
    let self = false;
    let other = false;
    let road = false;
    let comment = false;
    for (let b = i - 1; b >= 0 && b >= i - 6; b--) {
      if (r.boundary(b + 1)) break;
      const w = r.w(b);
      if (GOALS.has(w)) goal = true;
      else if (r.has(b, WRITER)) self = true;
      else if (r.has(b, PROMO.road)) road = true;
      else if (w === 'comment') comment = true;
      else if (OTHER_TARGET.has(w) && !self) other = true;
    }
    // "300 subs and I'll do a face reveal", "1k likes on this comment and i'll upload": a bargain.
    const bargain = counted && bargainAfter(r, end);
    // "I have 0 subscribers", "a small youtuber here with 43 subscribers": the writer's own count.
    const owned = counted && ownCount(r, i);
    // "50 more subs to go", "30 subs away from 500": a count short of a target.
    const more = counted && end < r.n && !r.boundary(end) && ((k > i + 1 && r.w(i + 1) === 'more' && GOALS.has(r.w(end))) || SHORT_OF.has(r.w(end)));
    let weight = 0;
    if (road && (counted || r.w(i).endsWith('k') || countsAnywhere(r))) weight = 1.2;
    else if (!counted) continue;
    else if (bargain) weight = 1.2;
    else if (owned) weight = 1;
    else if (goal && comment) weight = 1.2;
    else if (goal && self && !other) weight = 1.2;
    else if (more) weight = 1;
    else if (goal && !other) weight = 0.4;
    if (weight === 0) continue;
    out.push({ rule: 'spam.solicitation.milestone', weight, parts: [[Math.max(0, i - 2), end]] });
  }
}

/** After a count: "(on this comment) and I'll ...". */
function bargainAfter(r: Reader, end: number): boolean {
  let k = end;
  if (k + 2 < r.n && r.w(k) === 'on' && r.w(k + 1) === 'this' && r.w(k + 2) === 'comment') k += 3;
  // "if this gets 1000 likes I'll post my cover": the promise follows the count directly.
  if (k < r.n && !r.hardBreak(k) && (r.w(k) === "i'll" || r.w(k) === 'ill' || r.w(k) === "we'll")) return true;
  if (k + 1 >= r.n || r.hardBreak(k) || !AND.has(r.w(k))) return false;
  // "... and I'll do a face reveal", not "... and I feel like a proud parent".
  const w = r.w(k + 1);
  if (w === "i'll" || w === 'ill' || w === "we'll") return true;
  return (w === 'i' || w === 'we') && k + 2 < r.n && (r.w(k + 2) === 'will' || r.w(k + 2) === 'gonna');
}

const AND = new Set(['and', 'n', '&', 'then']);
/** "I HAVE 12 subs", "my channel HAS 50 subscribers", "a small youtuber here WITH 43 subs". */
const HAVE_COUNT = new Set(['have', 'has', 'with', 'at', 'only']);

/** Whether the count at i is the writer's own: a have-word just before it, the writer just before that. */
function ownCount(r: Reader, i: number): boolean {
  let have = i - 1;
  while (have >= 0 && have >= i - 3 && !HAVE_COUNT.has(r.w(have)) && !r.boundary(have + 1)) have--;
  if (have < 0 || !HAVE_COUNT.has(r.w(have)) || r.boundary(have + 1)) return false;
  for (let b = have - 1; b >= 0 && b >= have - 2 && !r.boundary(b + 1); b--) {
    const w = r.w(b);
    if (r.has(b, PROMO.firstPerson) || r.has(b, PROMO.creator) || (r.has(b, PROMO.place) && b > 0 && r.has(b - 1, PROMO.self))) return true;
  }
  return false;
}

/** Whether the comment names an audience count anywhere ("150 subs and counting, road to 200"). */
function countsAnywhere(r: Reader): boolean {
  return r.any(PROMO.count);
}

/** "I'll sub to everyone who subs to me", "I always sub back", "follow me and i'll follow u back". */
const SWAP_OFFER_VERBS = new Set(['sub', 'subscribe', 'follow', 'subscribing', 'subbing', 'like']);
const SWAP_OFFER_SUBJECTS = new Set(['i', 'ill', "i'll", 'we', "we'll", 'im', "i'm"]);
const SWAP_OFFER_FILLERS = new Set(['will', 'always', 'also', 'just', 'gonna', 'literally', 'promise', 'to', 'definitely', 'do', 'can', 'would', 'def', 'then', 'even']);
const SWAP_OBJECT = new Set(['to', '2', 'your', 'ur', 'you', 'u', 'ya', 'channel', 'channels']);
const SWAP_TARGETS = new Set(['everyone', 'anyone', 'whoever', 'everybody', 'anybody', 'all', 'back', 'yall', "y'all"]);

/** Whether tokens from i offer a subscription in return. Returns the end, or -1. */
function swapOfferAt(r: Reader, i: number): number {
  if (!r.has(i, PROMO.firstPerson | PROMO.swap) || !SWAP_OFFER_SUBJECTS.has(r.w(i))) return -1;
  let k = i + 1;
  while (k < r.n && k <= i + 4 && SWAP_OFFER_FILLERS.has(r.w(k)) && !r.boundary(k)) k++;
  if (k >= r.n || r.boundary(k) || !SWAP_OFFER_VERBS.has(r.w(k))) return -1;
  let t = k + 1;
  let channel = false;
  while (t < r.n && t <= k + 3 && SWAP_OBJECT.has(r.w(t)) && !r.boundary(t)) {
    if (r.w(t) === 'channel' || r.w(t) === 'channels') channel = true;
    t++;
  }
  if (t < r.n && !r.boundary(t) && SWAP_TARGETS.has(r.w(t))) return t + 1;
  // "anyone who likes this comment ill sub to your channel": the offer's condition came first.
  return channel ? t : -1;
}

/** "sub4sub", "s4s", "l4l": one-word swaps. The "a" of "sas" must have been typed as a 4. */
function swaps(r: Reader, out: Hits): void {
  let from = 0;
  for (let q = 0; q < r.m && out.length < MAX_HITS; q++) {
    const i = r.marked[q];
    if (i < from) continue;
    const offer = swapOfferAt(r, i);
    if (offer > 0) {
      out.push({ rule: 'spam.solicitation.swap', weight: 1.2, parts: [[i, offer]] });
      from = offer;
      continue;
    }
    const t = r.input.tokens[i];
    if (!r.has(i, PROMO.swap)) continue;
    const at = SWAP_WORDS.get(t.w);
    if (at === undefined) continue;
    if (at >= 0) {
      const [s] = textSpan(r.input.norm, t.s + at, t.s + at + 1);
      if (r.input.comment.text.charCodeAt(s) !== 52) continue;
    }
    out.push({ rule: 'spam.solicitation.swap', weight: 1.5, parts: [[i, i + 1]] });
  }
}

/**
 * "vote for my daughter", "please vote for him" with a contest named; "donate to my
 * gofundme", "support our kickstarter"; "sign the petition".
 */
function appeals(r: Reader, out: Hits): void {
  let contest = false;
  let self = false;
  let cause = -1;
  for (let q = 0; q < r.m; q++) {
    const i = r.marked[q];
    if (r.has(i, PROMO.contest)) contest = true;
    if (r.has(i, WRITER)) self = true;
    if (cause < 0 && r.has(i, PROMO.cause)) cause = i;
  }
  // "we set up a fundraiser for Bruno ..., please share": the writer's own cause, and an ask.
  if (cause >= 0 && self) {
    for (let q = 0; q < r.m; q++) {
      const i = r.marked[q];
      if ((r.has(i, PROMO.donate | PROMO.backing) || r.w(i) === 'share') && Math.abs(i - cause) > 1 && isAsk(r, i, false, false)) {
        out.push({ rule: 'spam.appeal.donate', weight: 1, parts: [[cause, cause + 1], [i, i + 1]] });
        break;
      }
    }
  }
  for (let q = 0; q < r.m && out.length < MAX_HITS; q++) {
    const i = r.marked[q];
    const c = r.cls(i);
    const backing = cause >= 0 && (c & PROMO.backing) !== 0;
    if ((c & (PROMO.vote | PROMO.donate)) === 0 && !backing && r.w(i) !== 'sign') continue;
    // "you WILL vote for him" foretells; "please vote for him" asks.
    if (!isAsk(r, i, false, false) || (i > 0 && FORETOLD.has(r.w(i - 1)))) continue;
    if ((c & PROMO.vote) !== 0 && i + 2 < r.n && r.w(i + 1) === 'for' && !r.boundary(i + 1) && !r.boundary(i + 2)) {
      const whom = r.w(i + 2);
      const own = r.has(i + 2, PROMO.self) || whom === 'me' || whom === 'us';
      // In a contest anyone voted for is a candidate: "vote for Room 12B", "vote for Jenna in the finals".
      const named = r.typedFirst(i + 2) >= 65 && r.typedFirst(i + 2) <= 90;
      if (own || (contest && (named || !VOTE_NOT_A_CANDIDATE.has(whom)))) {
        out.push({ rule: 'spam.appeal.vote', weight: own ? 1.2 : 1, parts: [[i, i + 3]] });
        continue;
      }
    }
    for (let k = i + 1; k < r.n && k <= i + 5; k++) {
      if (r.hardBreak(k)) break;
      const ck = r.cls(k);
      const goFundMe = r.w(k) === 'fund' && r.w(k - 1) === 'go';
      // "donate AT pawshaven.example", "donate HERE": money asked for at an address.
      const where = k === i + 1 && DONATE_WHERE.has(r.w(k)) && DONATE_VERBS.has(r.w(i));
      if (((c & PROMO.donate) !== 0 || backing) && ((ck & PROMO.cause) !== 0 || goFundMe || where)) {
        out.push({ rule: 'spam.appeal.donate', weight: self || where ? 1.2 : 0.8, parts: [[i, k + 1]] });
        break;
      }
      if (r.w(i) === 'sign' && (ck & PROMO.petition) !== 0) {
        out.push({ rule: 'spam.appeal.petition', weight: 1.2, parts: [[i, k + 1]] });
        break;
      }
    }
  }
}

const FORETOLD = new Set(['will', 'would', "'ll", 'might', 'may', 'wont', "won't", 'did', 'didnt', "didn't", 'gonna']);
/** Words after "vote for" that are no candidate: "vote for the best verse", "vote for whoever". */
const VOTE_NOT_A_CANDIDATE = new Set(['the', 'your', 'whoever', 'whatever', 'what', 'which', 'best', 'change', 'yourself', 'this', 'that', 'these', 'those', 'it']);
/** Verbs that give money by themselves ("help at the food bank" is time, not money). */
const DONATE_VERBS = new Set(['donate', 'donating', 'contribute', 'contributing', 'pledge', 'chip']);
const DONATE_WHERE = new Set(['at', 'here', 'via', 'through', 'below', 'now']);

/** Joins inside a handle: "beats_by_kay", "leo.dance", "dj-kay" arrive as several tokens. */
function joinedTo(r: Reader, i: number, step: 1 | -1): number {
  const text = r.input.norm.text;
  const { tokens } = r.input;
  let k = i;
  for (let hops = 0; hops < 5; hops++) {
    const next = k + step;
    if (next < 0 || next >= r.n) break;
    const [a, b] = step === 1 ? [tokens[k], tokens[next]] : [tokens[next], tokens[k]];
    const c = text.charCodeAt(a.e);
    if (b.s !== a.e + 1 || (c !== 95 && c !== 46 && c !== 45)) break;
    k = next;
  }
  return k;
}

/**
 * How the tokens [from, to] read as a handle: 'at' after an @ ("@name", "@ name"),
 * 'marked' with digits, underscores or dots inside ("streamkid42", "leo.dance"), else 'plain'.
 */
function handleKind(r: Reader, from: number, to: number): 'at' | 'marked' | 'plain' {
  const t = r.input.tokens[from];
  if (t.w.startsWith('@') && t.w.length >= 2) return 'at';
  const text = r.input.norm.text;
  if (t.s >= 1 && (text.charCodeAt(t.s - 1) === 64 || (text.charCodeAt(t.s - 1) === 32 && t.s >= 2 && text.charCodeAt(t.s - 2) === 64))) return 'at';
  if (to > from) return 'marked';
  const typed = r.typed(from);
  // "KayBeatsOfficial": capitals inside a word are a name run together.
  return (/[\d_]/.test(typed) && /[a-z]/i.test(typed)) || /[a-z][A-Z]/.test(typed) ? 'marked' : 'plain';
}

/** Said between a platform and its handle: "insta IS @x", "my yt CHANNEL: name". */
const HANDLE_LEAD = new Set(['is', 'name', 'username', 'handle', 'at', 'channel', 'account', 'page', 'id', 'user', 'tag']);

/**
 * "@name on insta", "find me on tiktok @xyz", "my insta is @tommybeats", "follow my twitch:
 * streamkid42", "my soundcloud is lilnova": a handle with the platform it is on.
 */
function handles(r: Reader, out: Hits): void {
  for (let q = 0; q < r.m && out.length < MAX_HITS; q++) {
    const p = r.marked[q];
    if (!r.has(p, PROMO.platform)) continue;
    // "@name on insta", "@beats_by_kay on instagram"
    if (p >= 2 && r.has(p - 1, PROMO.preposition) && !r.boundary(p) && !r.boundary(p - 1)) {
      const from = joinedTo(r, p - 2, -1);
      if (handleKind(r, from, p - 2) === 'at') {
        out.push({ rule: 'spam.contact.handle', weight: 1, parts: [[from, p + 1]] });
        continue;
      }
    }
    // The platform, then its handle: "insta @x", "my insta is @x", "twitch: name".
    let h = p + 1;
    while (h < r.n && h <= p + 3 && HANDLE_LEAD.has(r.w(h)) && !r.hardBreak(h)) h++;
    if (h >= r.n || r.hardBreak(h)) continue;
    let own = false;
    for (let k = p - 1; k >= 0 && k >= p - 5 && !r.hardBreak(k + 1); k--) {
      if (OWN_MARKS.has(r.w(k))) {
        own = true;
        break;
      }
    }
    // "IG @ella.makeup.art": a platform opening its clause, then an @handle, needs no "my".
    if (!own && !(r.boundary(p) && h === p + 1 && handleKind(r, h, joinedTo(r, h, 1)) === 'at')) continue;
    let last = joinedTo(r, h, 1);
    // "zoe underscore bakes": the joins spelled out.
    while (last + 2 < r.n && (r.w(last + 1) === 'underscore' || r.w(last + 1) === 'dot') && !r.boundary(last + 1)) last += 2;
    const kind = last > h ? 'marked' : handleKind(r, h, last);
    const named = h > p + 1 || r.input.tokens[h].brk;
    const lastWord = last + 1 >= r.n || r.hardBreak(last + 1) || r.input.tokens[last + 1].comma;
    // A handle the writer calls their own is the pitch itself: it outweighs the ask around it.
    if (kind === 'at' || kind === 'marked') out.push({ rule: 'spam.contact.handle', weight: own ? 1.3 : 1, parts: [[p, last + 1]] });
    else if (named && lastWord && !ACCOUNT_STATES.has(r.w(h))) out.push({ rule: 'spam.contact.handle', weight: 0.8, parts: [[p, h + 1]] });
  }
}

/** "search 'DJ Kato' on youtube", "type my name in the search bar", "look me up on spotify". */
function searches(r: Reader, out: Hits): void {
  for (let q = 0; q < r.m && out.length < MAX_HITS; q++) {
    const i = r.marked[q];
    if (!r.has(i, PROMO.search) || !isAsk(r, i, false, false)) continue;
    let self = false;
    let named = false;
    let quotedWords = 0;
    let where = -1;
    for (let k = i + 1; k < r.n && k <= i + 8; k++) {
      if (r.hardBreak(k)) break;
      const w = r.w(k);
      const t = r.input.tokens[k];
      // "look ME up", "google ME on"; not "find me the full version" or "look off to me".
      const meUp = (w === 'me' || w === 'us') && k + 1 < r.n && (r.w(k + 1) === 'up' || r.w(k + 1) === 'on');
      if (meUp || ((w === 'my' || w === 'our') && k + 1 < r.n && (r.w(k + 1) === 'name' || r.has(k + 1, PROMO.content)))) self = true;
      else if (r.has(k, PROMO.platform) || (SEARCH_PLACES.has(w) && r.w(k - 1) === 'search')) {
        where = k;
        break;
      } else {
        // A name typed with capitals ("DJ Kato") is someone's; a quoted phrase may be a genre ("lofi").
        if (t.cite > 0 || t.quoted) quotedWords++;
        if (k > i + 1 || w !== 'for') {
          const first = r.typedFirst(k);
          if (first >= 65 && first <= 90 && !r.boundary(k)) named = true;
        }
      }
    }
    // "find" is too common to count without a platform ("find my keys"); "look" needs its "up".
    // "go to tiktok and search 'sasha sings'": the platform may come first.
    for (let k = i - 1; where < 0 && k >= 0 && k >= i - 5 && !r.hardBreak(k + 1); k--) if (r.has(k, PROMO.platform)) where = k;
    // "search 'lofi with leo' on spotify, THAT'S ME", "... I'M THE ONE with the pink hair"
    for (let k = where + 1; where >= 0 && !self && k < r.n && k <= where + 6; k++) {
      if (r.w(k) === 'me' && SELF_NAMING.has(r.w(k - 1))) self = true;
      if (r.has(k, PROMO.firstPerson) && k + 2 < r.n && r.w(k + 1) === 'the' && r.w(k + 2) === 'one') self = true;
    }
    // "find me on tiktok @xyz" names the handle: that is a handle, not a search.
    if (where >= 0 && where + 1 < r.n && handleKind(r, where + 1, where + 1) === 'at') continue;
    // 'google "kofi beats"' is a search too, but so is 'google "TLS timeout"': weak without a platform.
    const googled = where < 0 && (named || quotedWords > 0) && r.w(i) === 'google';
    if (where < 0 && !googled && (!self || r.w(i) === 'find')) continue;
    if (r.w(i) === 'look' && !lookedUp(r, i)) continue;
    const weight = self ? 1.2 : googled ? 0.6 : named ? 1 : quotedWords >= 2 ? 0.8 : 0.5;
    out.push({ rule: 'spam.promotion.search', weight, parts: [[Math.min(i, where < 0 ? i : where), Math.max(i, where) + 1]] });
  }
}

const SELF_NAMING = new Set(["that's", 'thats', "it's", 'its', 'is']);

/** "look UP my channel", "look me UP": looking something up, not "look at" or "look off". */
function lookedUp(r: Reader, i: number): boolean {
  for (let k = i + 1; k < r.n && k <= i + 5 && !r.hardBreak(k); k++) if (r.w(k) === 'up') return true;
  return false;
}

const CODE_USE = new Set(['use', 'enter', 'apply', 'my', 'with', 'using', 'our']);

/** "use code SAVE20", "code JIMBO8 at checkout": a code typed with digits or in capitals. */
function codes(r: Reader, out: Hits): void {
  for (let q = 0; q < r.m && out.length < MAX_HITS; q++) {
    const i = r.marked[q];
    if (i + 1 >= r.n || !r.has(i, PROMO.code) || r.boundary(i + 1)) continue;
    const typed = r.typed(i + 1);
    const hasDigit = /\d/.test(typed) && /[a-z]/i.test(typed);
    // In capitals while "code" is not: "use code SAVEBIG", not a shouted "USE CODE RED".
    const capitals = typed.length >= 4 && typed === typed.toUpperCase() && /[A-Z]/.test(typed) && /[a-z]/.test(r.typed(i));
    if (!hasDigit && !capitals) continue;
    // "USE code X", "use MY referral code X", "sign up WITH code X".
    let from = i;
    for (let k = i - 1; k >= 0 && k >= i - 2 && !r.boundary(k + 1); k--) if (CODE_USE.has(r.w(k))) from = k;
    out.push({ rule: 'spam.referral.code', weight: from < i ? 1 : 0.6, parts: [[from, i + 2]] });
  }
}

/**
 * "Thank you Mrs Helen Carter for helping me grow my forex account": a named helper with a
 * title, thanked for money made. The name is typed with a capital (checked in the original).
 */
function testimonials(r: Reader, out: Hits): void {
  let title = -1;
  let finance = false;
  let thanks = false;
  for (let q = 0; q < r.m; q++) {
    const i = r.marked[q];
    const c = r.cls(i);
    if (title < 0 && (c & PROMO.title) !== 0 && i + 1 < r.n && !r.boundary(i + 1)) {
      const first = r.typedFirst(i + 1);
      if (first >= 65 && first <= 90) title = i;
    }
    if ((c & PROMO.finance) !== 0) finance = true;
    if ((c & PROMO.thanks) !== 0) thanks = true;
  }
  if (title >= 0 && finance && thanks) out.push({ rule: 'spam.scam.testimonial', weight: 1.2, parts: [[title, title + 2]] });
}

/** A count needs a number; the normaliser has counted the digits already. */
function hasDigits(input: CheckInput): boolean {
  return !(input.norm instanceof LazyNormalised) || input.norm.stats.digits > 0;
}

/** Letters typed apart leave the words layer shorter than `plain`, or lone letters in it. */
function mayBeSpacedOut(r: Reader): boolean {
  // Joining "c h e c k" drops four spaces; an ellipsis or a stretched letter drops one or two.
  // "m y" is too short to be joined: four lone letters in a row.
  return r.input.norm.plain.length - r.input.norm.text.length >= 4 || r.loneRun >= 4;
}

/** Letters read per run of spaced-out words: a lure is short, and the reading is quadratic-free but not free. */
const MAX_JOINED = 60;
const MAX_JOINED_WORD = 12;

/** Whether token i was typed letter by letter ("c h e c k" arrives as "check"), or is one lone letter. */
function typedApart(r: Reader, i: number): boolean {
  const t = r.input.tokens[i];
  if (t.w.length === 1) return true;
  const [s, e] = textSpan(r.input.norm, t.s, t.e);
  return e - s >= 2 * t.w.length - 1;
}

/**
 * "n e w v i d e o o n m y c h a n n e l", "~~~ v i s i t ~~~ m y ~~~ p r o f i l e": a lure typed
 * letter by letter comes out of the normaliser as one run of letters (or a few). The run is
 * read back into words (fewest unknown letters, by dynamic programming over at most 60
 * letters) and counts when it names the writer's content or asks for a subscription.
 */
function spacedPromotion(r: Reader, out: Hits): void {
  // A wall of lone letters ("<b<i<u<b<i<u...") is many runs of the same letters: each
  // different run is read once (the reading is a function of the letters alone).
  let readBefore: Set<string> | undefined;
  for (let i = 0; i < r.n && out.length < MAX_HITS; i++) {
    if (!typedApart(r, i)) continue;
    let j = i;
    let letters = 0;
    let spread = 0;
    while (j < r.n && typedApart(r, j) && letters + r.w(j).length <= MAX_JOINED) {
      letters += r.w(j).length;
      if (r.w(j).length > 1) spread++;
      j++;
    }
    if (letters >= 6 && (spread > 0 || j - i >= 6)) {
      let joined = '';
      for (let k = i; k < j; k++) joined += r.w(k);
      // One run read is enough to hold the comment; a 10,000-character wall of them is read once.
      // A run read before did not read as promotion (else the loop would have ended there).
      if (!readBefore?.has(joined)) {
        if (readsAsPromotion(joined)) {
          out.push({ rule: 'spam.promotion.spaced', weight: 1.2, parts: [[i, j]] });
          return;
        }
        (readBefore ??= new Set()).add(joined);
      }
    }
    i = j;
  }
}

/** Whether letters run together read, mostly, as words of a pitch ("my" + content, or an ask + "me"/"my"). */
function readsAsPromotion(letters: string): boolean {
  const n = letters.length;
  // cost[k]: fewest letters of letters[0, k) left unread; from[k]: where the last word began (-1: a skipped letter).
  const cost = new Array<number>(n + 1).fill(n + 1);
  const from = new Array<number>(n + 1).fill(-1);
  cost[0] = 0;
  for (let k = 0; k < n; k++) {
    if (cost[k] + 1 < cost[k + 1]) {
      cost[k + 1] = cost[k] + 1;
      from[k + 1] = -1;
    }
    for (let len = 1; len <= MAX_JOINED_WORD && k + len <= n; len++) {
      if (cost[k] < cost[k + len] && isJoinableWord(letters.slice(k, k + len))) {
        cost[k + len] = cost[k];
        from[k + len] = k;
      }
    }
  }
  if (cost[n] > n / 4) return false;
  const words: string[] = [];
  for (let k = n; k > 0; ) {
    if (from[k] < 0) k--;
    else {
      words.unshift(letters.slice(from[k], k));
      k = from[k];
    }
  }
  let self = false;
  let ask = false;
  for (let w = 0; w < words.length; w++) {
    const c = promotionClasses(words[w], WORD.promotionWord);
    if ((c & PROMO.self) !== 0 && w + 1 < words.length && (promotionClasses(words[w + 1], WORD.promotionWord) & PROMO.content) !== 0) return true;
    if ((c & PROMO.self) !== 0 || words[w] === 'me') self = true;
    if ((c & PROMO.ask) !== 0) ask = true;
  }
  return ask && self;
}

/** Every mechanism's hits for one comment. */
export function promotionHits(input: CheckInput): PromotionHit[] {
  const hits: Hits = [];
  const r = new Reader(input);
  // Letters typed apart run together into words of no class: read them first.
  if (mayBeSpacedOut(r)) spacedPromotion(r, hits);
  if (r.present === 0) return hits;
  // Each detector runs only when the words it starts from are in the comment.
  const own = r.any(PROMO.self | PROMO.firstPerson) && r.any(PROMO.content) ? ownContent(r) : [];
  if (own.length > 0 && r.any(PROMO.ask | PROMO.askAfterYou | PROMO.askPast)) asks(r, own, hits);
  if (own.length > 0 || (r.any(PROMO.firstPerson) && r.any(PROMO.creator))) creators(r, own, hits);
  if ((r.any(PROMO.release | PROMO.available) && r.any(PROMO.self | PROMO.firstPerson | PROMO.content)) || (r.any(PROMO.preposition) && r.any(PROMO.self))) releases(r, own, hits);
  if (r.any(PROMO.count | PROMO.road) && hasDigits(input)) milestones(r, hits);
  if (r.any(PROMO.swap) || (r.any(PROMO.firstPerson) && r.any(PROMO.ask))) swaps(r, hits);
  if (r.any(PROMO.vote | PROMO.donate | PROMO.cause | PROMO.petition)) appeals(r, hits);
  if (r.any(PROMO.platform)) handles(r, hits);
  if (r.any(PROMO.search)) searches(r, hits);
  if (r.any(PROMO.code)) codes(r, hits);
  if (r.any(PROMO.title)) testimonials(r, hits);
  return hits;
}
