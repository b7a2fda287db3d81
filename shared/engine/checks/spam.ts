// Spam without links: promotion and solicitation phrases, money and giveaway offers,
// contact details, and the shape of the text (one word over and over, a character run,
// shouting, mostly symbols).

import type { Check, CheckInput, Finding } from './check.ts';
import { isAlnumCode } from '../chars.ts';
import { WORD } from '../lexicon/word-bits.ts';
import { tokenSpan, typed } from './check.ts';
import { LazyNormalised, plainSpan } from '../normalise.ts';
import { SPAM_PHRASES } from '../lexicon/spam-phrases.ts';
import { promotionHits, type PromotionHit } from './promotion.ts';
import type { RuleId } from '../rules.ts';

/** How a moderator reads each phrase or mechanism rule; the typed words follow in quotes. */
const LABEL: Partial<Record<RuleId, string>> = {
  'spam.promotion': 'Self-promotion',
  'spam.solicitation': 'Asks for subscribers, likes or follows',
  'spam.scam': 'Money, giveaway or sales pitch',
  'spam.contact': 'Asks to be contacted',
  'spam.promotion.ask': "Asks readers to look at the writer's own content",
  'spam.promotion.creator': 'Presents the writer as a creator',
  'spam.promotion.release': "Announces the writer's own content",
  'spam.promotion.plea': 'Pleads for attention',
  'spam.promotion.search': 'Tells readers to look the writer up',
  'spam.solicitation.swap': 'Offers a subscription or like in return',
  'spam.solicitation.milestone': 'A count of subscribers or likes to reach',
  'spam.appeal.vote': 'Asks for votes',
  'spam.appeal.donate': 'Asks for donations',
  'spam.appeal.petition': 'Asks for signatures',
  'spam.contact.handle': 'A handle on another platform',
  'spam.referral.code': "Asks readers to use the writer's code",
  'spam.promotion.spaced': 'Self-promotion typed letter by letter',
  'spam.scam.testimonial': 'A planted testimonial for an investment helper',
};

/**
 * Phrase hits and mechanism hits, heaviest first, each kept only if none of its tokens is
 * taken: "check out my channel" read by a phrase and by the ask mechanism counts once.
 */
function strongestDisjointParts(hits: PromotionHit[], tokenCount: number): PromotionHit[] {
  if (hits.length < 2) return hits;
  const sorted = [...hits].sort((a, b) => b.weight - a.weight || a.parts[0][0] - b.parts[0][0]);
  const used = new Uint8Array(tokenCount);
  const taken: PromotionHit[] = [];
  for (const hit of sorted) {
    let free = true;
    for (const [s, e] of hit.parts) for (let i = s; i < e && free; i++) free = used[i] === 0;
    if (!free) continue;
    for (const [s, e] of hit.parts) used.fill(1, s, e);
    taken.push(hit);
  }
  return taken.sort((a, b) => a.parts[0][0] - b.parts[0][0]);
}

export const spamPhrasesCheck: Check = (input, out) => {
  const phrases = SPAM_PHRASES.matchAll(input.tokens);
  const mechanisms = promotionHits(input);
  if (phrases.length === 0 && mechanisms.length === 0) return;
  const candidates: PromotionHit[] = mechanisms;
  for (const h of phrases) candidates.push({ rule: h.data.rule, weight: h.data.weight, parts: [[h.start, h.end]] });
  const hits = strongestDisjointParts(candidates, input.tokens.length);
  const rulesInOrder: RuleId[] = [];
  for (const h of hits) if (!rulesInOrder.includes(h.rule)) rulesInOrder.push(h.rule);
  for (const rule of rulesInOrder) {
    const ofRule = hits.filter((h) => h.rule === rule);
    const spans = [];
    let weight = 0;
    for (const h of ofRule) {
      for (const [s, e] of h.parts) if (spans.length < MAX_SPANS_PER_RULE) spans.push(tokenSpan(input, s, e));
      weight += h.weight;
      // "follow me @handle": the handle makes the ask concrete.
      const next = input.tokens[h.parts[h.parts.length - 1][1]];
      if (next && next.w.startsWith('@') && !rule.startsWith('spam.scam') && rule !== 'spam.contact.handle') weight += 0.4;
    }
    const quoted = spans.slice(0, 3).map((s) => `"${typed(input.comment.text, s)}"`).join(', ');
    out.push({ rule, category: 'spam', weight: Math.round(weight * 100) / 100, spans, detail: `${LABEL[rule] ?? 'Spam phrase'}: ${quoted}` });
  }
};

/** A long comment of one pitch repeated must not carry thousands of spans. */
const MAX_SPANS_PER_RULE = 20;

// A bare "9k" counts only with a period after it ("9k a month"): alone it is a run, a score, a view count.
const MONEY_RE =
  /(?:[$£€]\s?\d[\d,.]{0,15}\s?(?:k|m|usd|dollars?|bucks)?|(?<![\d,.])\d[\d,.]{0,15}\s?(?:k\s?)?(?:\$|usd|dollars|bucks|euros?|pounds|gbp|eur|btc)\b|(?<![\w,.])\d{1,4}(?:\.\d)?\s?k(?=\s*(?:\/|a|an|per|each|every)\s*(?:day|week|hour|month|daily|weekly)\b))(?:\s*(?:\/|a|an|per|each|every)\s*(?:day|week|hour|month|hr|wk|daily|weekly|night|survey|task|click|referral|sign ?up|post)\b)?/g;
const PERIOD_RE = /day|week|hour|month|hr|wk|daily|night|survey|task|click|referral|sign ?up|post/;
const PERIODIC_RE = /(?:day|week|hour|month|hr|wk|daily|weekly|night|survey|task|click|referral|sign ?up|post)$/;
/** "less than $300 a week", "only $9 an hour": an amount compared, which is how people talk about pay. */
const COMPARED_RE = /\b(?:less|under|below|barely|only|just|than|about|around|nearly|almost|roughly)\s*$/;
/** Who earns: "we earn", "my wife makes" talk about a life; "I earn ... from home", "you can make" pitch. */
const PITCH_RE = /\b(?:you|u) (?:can|could|will|too|also)\b|\bfrom (?:home|your phone)\b|\bonline\b|\beasy\b|\bguaranteed\b|\bjoin\b|\bclick\b|\bstart(?:ed)? (?:earning|making)\b|\bno experience\b|\bmessage me\b|\bcontact me\b|\bhere'?s how\b|\bask me how\b|\bcheck\b/;
const DISCOUNT_RE = /(?<![\d.])\d{1,2}\s?% off\b/;
export const EARNING = new Set([
  'earn', 'earning', 'earned', 'earns', 'make', 'making', 'made', 'paid', 'pay', 'pays', 'income',
  'profit', 'profits', 'cash', 'win', 'won', 'prize', 'free', 'bonus', 'invest', 'invested',
  'investment', 'salary', 'online', 'home', 'weekly', 'daily', 'monthly', 'job', 'withdraw',
  'give', 'giving', 'giveaway',
]);

export const moneyCheck: Check = (input, out) => {
  const { norm } = input;
  if (!/[$£€\d]/.test(norm.plain)) return;
  const bucks = norm.plain.indexOf('$$$');
  if (bucks >= 0) {
    const span = plainSpan(norm, bucks, bucks + 3);
    out.push({ rule: 'spam.money', category: 'spam', weight: 0.6, spans: [span], detail: 'Money offer: "$$$"' });
    return;
  }
  let earning = false;
  for (const t of input.tokens) {
    if ((t.f & WORD.earning) !== 0) {
      earning = true;
      break;
    }
  }
  // Without earning words only an amount per period counts ("$500 a day").
  if (!earning && !PERIOD_RE.test(norm.plain)) return;
  MONEY_RE.lastIndex = 0;
  for (let m = MONEY_RE.exec(norm.plain); m; m = MONEY_RE.exec(norm.plain)) {
    const periodic = PERIODIC_RE.test(m[0]);
    if (!periodic && !earning) continue;
    const span = plainSpan(norm, m.index, m.index + m[0].length);
    // "$500 a day" with "make", "earn", "online"... is an offer; "costs $2 billion a month" is news;
    // "we earn less than $300 a week" is a life, unless it comes with a pitch ("from home", "you can").
    const before = norm.plain.slice(Math.max(0, m.index - 12), m.index);
    const pitched = PITCH_RE.test(norm.plain);
    const compared = COMPARED_RE.test(before);
    const weight = compared && !pitched ? 0.2 : periodic && earning ? (pitched ? 1.2 : 0.6) : 0.5;
    out.push({
      rule: 'spam.money',
      category: 'spam',
      weight,
      spans: [span],
      detail: `Money offer: "${typed(input.comment.text, span)}"`,
    });
    break;
  }
};

/** "90% off", a sales pitch's favourite number. */
export const discountCheck: Check = (input, out) => {
  const plain = input.norm.plain;
  if (plain.indexOf('%') < 0) return;
  const m = DISCOUNT_RE.exec(plain);
  if (!m) return;
  const span = plainSpan(input.norm, m.index, m.index + m[0].length);
  out.push({ rule: 'spam.discount', category: 'spam', weight: 0.6, spans: [span], detail: `Discount offer: "${typed(input.comment.text, span)}"` });
};

const PHONE_RE = /(?<![\d+])(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){2,4}(?!\d)/g;
const EMAIL_LOCAL = /[a-z0-9._%+-]/;
const DOMAIN_RE = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/;
// "name[at]site.example", "name (at) site dot com": an address spelled to dodge filters. The
// bracketed "at" is found first; the name before it is read backwards, the domain after it
// with a sticky regex (no scan from every position).
const SPELLED_AT_RE = /[[({] ?at ?[\])}]/g;
const SPELLED_DOMAIN_RE = / ?[a-z0-9-]{2,40}(?: ?(?:\.|\[ ?dot ?\]|\( ?dot ?\)| dot ) ?[a-z0-9-]{2,20}){1,3}/y;
/** Words that ask to be called or written to: a number or address next to them is contact spam. */
export const CONTACT_WORDS = new Set([
  'call', 'text', 'txt', 'whatsapp', 'ring', 'dial', 'contact', 'sms', 'phone', 'tel', 'mobile', 'cell',
  'telegram', 'viber', 'signal', 'wechat', 'reach', 'message', 'msg', 'dm', 'inbox', 'email', 'mail',
]);
export const DIGIT_WORDS = new Set(['zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'plus']);

function asksForContact(input: CheckInput): boolean {
  for (const t of input.tokens) if ((t.f & WORD.contact) !== 0) return true;
  return false;
}

/** A run of single digits typed apart ("0 7 7 0 0 9 ..."), 9 to 15 of them: a phone number in disguise. */
function spacedDigits(plain: string): [number, number] | undefined {
  let start = 0;
  let count = 0;
  let lastEnd = -10;
  let counting = true;
  const n = plain.length;
  for (let i = 0; i < n; i++) {
    const c = plain.charCodeAt(i);
    if (c === 32 || c === 45 || c === 46) continue;
    let j = i;
    while (j < n && isDigit(plain.charCodeAt(j))) j++;
    if (j - i === 1 && count > 0 && i - lastEnd <= 2) {
      count++;
      // "1 2 3 4 5 6 7 8 9" counts; a phone number does not.
      if (c !== plain.charCodeAt(lastEnd - 1) + 1) counting = false;
      lastEnd = j;
    } else {
      if (count >= 9 && count <= 15 && !counting) return [start, lastEnd];
      count = j - i === 1 ? 1 : 0;
      counting = true;
      start = i;
      lastEnd = j;
    }
    if (j > i) i = j - 1;
  }
  return count >= 9 && count <= 15 && !counting ? [start, lastEnd] : undefined;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export const contactCheck: Check = (input, out) => {
  const { norm, comment } = input;
  const plain = norm.plain;
  // Emails: expand around each '@' (no regex scan from every position).
  for (let at = plain.indexOf('@'); at >= 0; at = plain.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && at - s < 64 && EMAIL_LOCAL.test(plain[s - 1])) s--;
    let e = at + 1;
    while (e < plain.length && e - at < 255 && /[a-z0-9.-]/.test(plain[e])) e++;
    while (e > at + 1 && plain[e - 1] === '.') e--;
    const domain = plain.slice(at + 1, e);
    if (s === at || !DOMAIN_RE.test(domain)) continue;
    const span = plainSpan(norm, s, e);
    out.push({ rule: 'spam.contact.email', category: 'spam', weight: 0.8, spans: [span], detail: `Email address "${typed(comment.text, span)}"` });
    break;
  }
  {
    SPELLED_AT_RE.lastIndex = 0;
    for (let m = SPELLED_AT_RE.exec(plain); m; m = SPELLED_AT_RE.exec(plain)) {
      let s = m.index;
      if (s > 0 && plain.charCodeAt(s - 1) === 32) s--;
      const nameEnd = s;
      while (s > 0 && nameEnd - s < 40 && EMAIL_LOCAL.test(plain[s - 1])) s--;
      SPELLED_DOMAIN_RE.lastIndex = m.index + m[0].length;
      const domain = SPELLED_DOMAIN_RE.exec(plain);
      if (nameEnd - s < 2 || !domain) continue;
      const span = plainSpan(norm, s, SPELLED_DOMAIN_RE.lastIndex);
      out.push({ rule: 'spam.contact.email', category: 'spam', weight: 1, spans: [span], detail: `Email address spelled out "${typed(comment.text, span)}"` });
      break;
    }
  }
  const digits = norm instanceof LazyNormalised ? norm.stats.digits : 9;
  if (digits >= 9) {
    const weight = asksForContact(input) ? 1 : 0.7;
    let found = false;
    PHONE_RE.lastIndex = 0;
    for (let m = PHONE_RE.exec(plain); m; m = PHONE_RE.exec(plain)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 9 || digits.length > 15) continue;
      // "1999 2005 2015": a list of years is not a phone number.
      const groups = m[0].split(/[\s.-]+/);
      if (groups.every((g) => /^(19|20)\d\d$/.test(g))) continue;
      const span = plainSpan(norm, m.index, m.index + m[0].length);
      out.push({ rule: 'spam.contact.phone', category: 'spam', weight, spans: [span], detail: `Phone number "${typed(comment.text, span)}"` });
      found = true;
      break;
    }
    const spaced = found ? undefined : spacedDigits(plain);
    if (spaced) {
      const span = plainSpan(norm, spaced[0], spaced[1]);
      out.push({ rule: 'spam.contact.phone', category: 'spam', weight: 1, spans: [span], detail: `Phone number typed apart "${typed(comment.text, span)}"` });
    }
  }
  // "plus one five five five, two three four ...": a number spelled out in words.
  let run = 0;
  const { tokens } = input;
  for (let i = 0; i < tokens.length; i++) {
    const digitWord = (tokens[i].f & WORD.digitWord) !== 0;
    if (!digitWord || tokens[i].brk) run = 0;
    if (digitWord) run++;
    if (run >= 8) {
      let from = i;
      while (from > 0 && DIGIT_WORDS.has(tokens[from - 1].w) && !tokens[from].brk) from--;
      let to = i + 1;
      while (to < tokens.length && DIGIT_WORDS.has(tokens[to].w) && !tokens[to].brk) to++;
      const span = tokenSpan(input, from, to);
      out.push({ rule: 'spam.contact.phone', category: 'spam', weight: 1, spans: [span], detail: `Phone number spelled out "${typed(comment.text, span)}"` });
      break;
    }
  }
};

const seen = new Uint8Array(0x10000);

function countText(text: string): { upper: number; lower: number; alnum: number; visible: number } {
  let upper = 0;
  let lower = 0;
  let alnum = 0;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || (c >= 0xdc00 && c <= 0xdfff)) continue;
    visible++;
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (isAlnumCode(c)) alnum++;
  }
  return { upper, lower, alnum: alnum + upper + lower, visible };
}

export const shapeCheck: Check = (input, out) => {
  const { tokens, norm, comment } = input;
  // The same word over and over: a word that is 40% of the text is among the two
  // Misra-Gries candidates (frequency above a third), so no per-comment Map is needed.
  if (tokens.length >= 8) {
    let c1 = '';
    let c2 = '';
    let n1 = 0;
    let n2 = 0;
    for (const t of tokens) {
      const w = t.w;
      if (w.length < 2) continue;
      if (w === c1) n1++;
      else if (w === c2) n2++;
      else if (n1 === 0) { c1 = w; n1 = 1; }
      else if (n2 === 0) { c2 = w; n2 = 1; }
      else { n1--; n2--; }
    }
    let top = '';
    let topCount = 0;
    const needed = Math.max(6, 0.4 * tokens.length);
    for (let which = 0; which < 2; which++) {
      const candidate = which === 0 ? c1 : c2;
      const counter = which === 0 ? n1 : n2;
      // A candidate's true count is at most its counter plus a third of the words.
      if (!candidate || counter + tokens.length / 3 < needed) continue;
      let count = 0;
      for (const t of tokens) if (t.w === candidate) count++;
      if (count > topCount) {
        top = candidate;
        topCount = count;
      }
    }
    if (topCount >= 6 && topCount / tokens.length >= 0.4) {
      const spans = [];
      for (let i = 0; i < tokens.length && spans.length < 3; i++) if (tokens[i].w === top) spans.push(tokenSpan(input, i, i + 1));
      const ratio = topCount / tokens.length;
      // "love love love love love love love this song" is a fan; forty of one word is not.
      const weight = Math.min(2, (topCount >= 10 ? 0.8 : 0.6) + 0.05 * (topCount - 6) + (ratio >= 0.7 && topCount >= 10 ? 0.4 : 0));
      out.push({ rule: 'spam.repetition.words', category: 'spam', weight: Math.round(weight * 100) / 100, spans, detail: `Repeats "${top}" ${topCount} times` });
    }
  }
  const plain = norm.plain;
  // A long run of one character, or a text made of very few distinct characters.
  let runCode = -1;
  let runLen = 0;
  let best = 0;
  let bestAt = 0;
  let changes = 0;
  // A run of 15 holds two places 7 apart at a multiple of 8: without such a pair no run
  // reaches 15, and texts this long never need `changes`, so the full scan is skipped.
  let mayRun = plain.length < 60;
  for (let i = 0; !mayRun && i + 7 < plain.length; i += 8) mayRun = plain.charCodeAt(i) === plain.charCodeAt(i + 7);
  for (let i = 0; mayRun && i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if (c === runCode) runLen++;
    else {
      if (c !== 32 && c !== 10 && runCode !== 32 && runCode !== 10) changes++;
      runCode = c;
      runLen = 1;
    }
    if (runLen > best && c !== 32 && c !== 10) {
      best = runLen;
      bestAt = i - runLen + 1;
    }
  }
  const bestChar = plain[bestAt];
  const { upper, lower, alnum: letters, visible } = norm instanceof LazyNormalised ? norm.stats : countText(comment.text);
  if (best >= 15) {
    const span = plainSpan(norm, bestAt, bestAt + best);
    // A comment that is nothing but "!!!!!!!!..." says nothing at all.
    const code = plain.charCodeAt(bestAt);
    const noise = best >= 30 && code < 128 && letters === 0 && best >= 0.9 * visible;
    out.push({ rule: 'spam.repetition.characters', category: 'spam', weight: best >= 50 || noise ? 0.8 : 0.4, spans: [span], detail: `Character "${bestChar}" repeated ${best} times` });
  } else if (plain.length >= 60 || (letters === 0 && visible >= 20)) {
    // Natural text of this length uses far more than ten distinct characters.
    const distinctCodes: number[] = [];
    const limit = Math.min(plain.length, 2000);
    for (let i = 0; i < limit && distinctCodes.length <= 10; i++) {
      const c = plain.charCodeAt(i);
      if (c === 32 || c === 10 || seen[c] === 1) continue;
      seen[c] = 1;
      distinctCodes.push(c);
    }
    for (const c of distinctCodes) seen[c] = 0;
    const distinct = distinctCodes.length;
    // Natural text of 60 characters uses more than ten; symbol art ("▀▄▀▄...") a handful.
    if (limit >= 60 ? distinct <= 10 : distinct >= 2 && distinct <= 4 && changes >= 0.5 * visible) {
      out.push({ rule: 'spam.repetition.pattern', category: 'spam', weight: 0.6, spans: [], detail: 'The same few characters repeated over and over' });
    }
  }
  phraseRepetition(input, out);
  // Shouting and symbol soup are measured on what the author typed.
  if (upper >= 20 && upper / (upper + lower) >= 0.7) {
    out.push({ rule: 'spam.shouting', category: 'spam', weight: 0.3, spans: [], detail: `Mostly capital letters (${Math.round((100 * upper) / (upper + lower))}%)` });
  }
  if ((visible >= 20 && letters / visible < 0.3) || (visible >= 6 && letters === 0)) {
    out.push({ rule: 'spam.non-text', category: 'spam', weight: 0.5, spans: [], detail: `Mostly symbols (${Math.round((100 * (visible - letters)) / visible)}% of the characters)` });
  }
  if (norm instanceof LazyNormalised ? norm.stats.pictographs >= 3 : visible - letters >= 3) promoEmoji(input, out);
};

// Money, gifts and pointing hands: the emoji of a pitch, not of a fan ("🔥", "😂", "❤").
const PROMO_EMOJI = new Set([0x1f4b0, 0x1f4b5, 0x1f4b8, 0x1f911, 0x1f4b2, 0x1f449, 0x1f447, 0x1f448, 0x261d, 0x1f381, 0x1f4f2, 0x1f4de, 0x260e, 0x1f517, 0x1f4b6, 0x1f4b7, 0x1f4b4, 0x1f4b3, 0x1f3b0]);

function promoEmoji(input: CheckInput, out: Finding[]): void {
  const text = input.comment.text;
  let count = 0;
  const limit = Math.min(text.length, 2000);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2600) continue;
    const cp = c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i) ?? c : c;
    if (PROMO_EMOJI.has(cp)) count++;
    if (cp > 0xffff) i++;
  }
  if (count >= 3) {
    out.push({ rule: 'spam.emoji', category: 'spam', weight: 0.6, spans: [], detail: `${count} money, gift or pointing emoji` });
  }
}

/**
 * The same few words over and over ("Support local farmers. Support local farmers. ..."):
 * the words repeat with a period of 2 to 8 tokens. O(8n) comparisons, no allocation.
 */
function phraseRepetition(input: CheckInput, out: Finding[]): void {
  const { tokens } = input;
  const n = tokens.length;
  if (n < 12) return;
  for (let p = 2; p <= 8 && 4 * p <= n; p++) {
    // Most texts fail within a few words: stop once a fifth of the pairs differ.
    const allowed = 0.2 * (n - p);
    let differ = 0;
    for (let k = 0; k + p < n && differ <= allowed; k++) if (tokens[k].w !== tokens[k + p].w) differ++;
    if (differ > allowed) continue;
    const copies = Math.floor(n / p);
    const words = [];
    for (let k = 0; k < p; k++) words.push(tokens[k].w);
    out.push({
      rule: 'spam.repetition.phrase',
      category: 'spam',
      weight: Math.min(1.5, 0.7 + 0.1 * (copies - 4)),
      spans: [tokenSpan(input, 0, p)],
      detail: `Repeats "${words.join(' ')}" ${copies} times`,
    });
    return;
  }
}
