// Spam without links: promotion and solicitation phrases, money and giveaway offers,
// contact details, and the shape of the text (one word over and over, a character run,
// shouting, mostly symbols).

import type { Check } from './check.ts';
import { isAlnumCode } from '../chars.ts';
import { WORD, markAll } from '../lexicon/vocabulary.ts';
import { tokenSpan, typed } from './check.ts';
import { LazyNormalised, plainSpan } from '../normalise.ts';
import { SPAM_PHRASES, type SpamPhrase } from '../lexicon/spam-phrases.ts';
import { strongestDisjoint } from '../lexicon/phrase-set.ts';

const KIND_LABEL: Record<SpamPhrase['kind'], string> = {
  promotion: 'Self-promotion',
  solicitation: 'Asks for subscribers, likes or follows',
  scam: 'Money, giveaway or sales pitch',
  contact: 'Asks to be contacted',
};

export const spamPhrasesCheck: Check = (input, out) => {
  const hits = strongestDisjoint(SPAM_PHRASES.matchAll(input.tokens), (d) => d.weight);
  for (const kind of ['promotion', 'solicitation', 'scam', 'contact'] as const) {
    const ofKind = hits.filter((h) => h.data.kind === kind);
    if (ofKind.length === 0) continue;
    const spans = ofKind.map((h) => tokenSpan(input, h.start, h.end));
    const weight = ofKind.reduce((sum, h) => sum + h.data.weight, 0);
    const quoted = spans.slice(0, 3).map((s) => `"${typed(input.comment.text, s)}"`).join(', ');
    out.push({ rule: `spam.${kind}`, category: 'spam', weight: Math.round(weight * 100) / 100, spans, detail: `${KIND_LABEL[kind]}: ${quoted}` });
  }
};

const MONEY_RE =
  /(?:[$£€]\s?\d[\d,.]{0,15}\s?(?:k|m|usd|dollars?|bucks)?|(?<![\d,.])\d[\d,.]{0,15}\s?(?:k\s?)?(?:\$|usd|dollars|bucks|euros?|pounds|gbp|eur|btc)\b)(?:\s*(?:\/|a|an|per|each|every)\s*(?:day|week|hour|month|hr|wk|daily|weekly|night)\b)?/g;
const PERIOD_RE = /day|week|hour|month|hr|wk|daily|night/;
const EARNING = new Set([
  'earn', 'earning', 'earned', 'earns', 'make', 'making', 'made', 'paid', 'pay', 'pays', 'income',
  'profit', 'profits', 'cash', 'win', 'won', 'prize', 'free', 'bonus', 'invest', 'invested',
  'investment', 'salary', 'online', 'home', 'weekly', 'daily', 'monthly', 'job', 'withdraw',
]);

markAll(EARNING, WORD.earning);

export const moneyCheck: Check = (input, out) => {
  const { norm } = input;
  if (!/[$£€\d]/.test(norm.plain)) return;
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
    const periodic = /(?:day|week|hour|month|hr|wk|daily|weekly|night)$/.test(m[0]);
    if (!periodic && !earning) continue;
    const span = plainSpan(norm, m.index, m.index + m[0].length);
    // "$500 a day" with "make", "earn", "online"... is an offer; "costs $2 billion a month" is news.
    out.push({
      rule: 'spam.money',
      category: 'spam',
      weight: periodic && earning ? 1.2 : 0.5,
      spans: [span],
      detail: `Money offer: "${typed(input.comment.text, span)}"`,
    });
    break;
  }
};

const PHONE_RE = /(?<![\d+])(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){2,4}(?!\d)/g;
const EMAIL_LOCAL = /[a-z0-9._%+-]/;

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
    if (s === at || !/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(domain)) continue;
    const span = plainSpan(norm, s, e);
    out.push({ rule: 'spam.contact.email', category: 'spam', weight: 0.8, spans: [span], detail: `Email address "${typed(comment.text, span)}"` });
    break;
  }
  let digits = 0;
  for (let i = 0; i < plain.length && digits < 9; i++) {
    const c = plain.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits >= 9) {
    PHONE_RE.lastIndex = 0;
    for (let m = PHONE_RE.exec(plain); m; m = PHONE_RE.exec(plain)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 9 || digits.length > 15) continue;
      // "1999 2005 2015": a list of years is not a phone number.
      const groups = m[0].split(/[\s.-]+/);
      if (groups.every((g) => /^(19|20)\d\d$/.test(g))) continue;
      const span = plainSpan(norm, m.index, m.index + m[0].length);
      out.push({ rule: 'spam.contact.phone', category: 'spam', weight: 0.7, spans: [span], detail: `Phone number "${typed(comment.text, span)}"` });
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
    for (const candidate of [c1, c2]) {
      if (!candidate) continue;
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
      const weight = Math.min(2, 0.8 + 0.05 * (topCount - 6) + (ratio >= 0.7 ? 0.4 : 0));
      out.push({ rule: 'spam.repetition.words', category: 'spam', weight: Math.round(weight * 100) / 100, spans, detail: `Repeats "${top}" ${topCount} times` });
    }
  }
  const plain = norm.plain;
  // A long run of one character, or a text made of very few distinct characters.
  let runCode = -1;
  let runLen = 0;
  let best = 0;
  let bestAt = 0;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if (c === runCode) runLen++;
    else {
      runCode = c;
      runLen = 1;
    }
    if (runLen > best && c !== 32 && c !== 10) {
      best = runLen;
      bestAt = i - runLen + 1;
    }
  }
  const bestChar = plain[bestAt];
  if (best >= 15) {
    const span = plainSpan(norm, bestAt, bestAt + best);
    out.push({ rule: 'spam.repetition.characters', category: 'spam', weight: best >= 50 ? 0.8 : 0.4, spans: [span], detail: `Character "${bestChar}" repeated ${best} times` });
  } else if (plain.length >= 60) {
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
    if (distinct <= 10 && limit >= 60) {
      out.push({ rule: 'spam.repetition.pattern', category: 'spam', weight: 0.6, spans: [], detail: 'The same few characters repeated over and over' });
    }
  }
  // Shouting and symbol soup are measured on what the author typed.
  const { upper, lower, alnum: letters, visible } = norm instanceof LazyNormalised ? norm.stats : countText(comment.text);
  if (upper >= 20 && upper / (upper + lower) >= 0.7) {
    out.push({ rule: 'spam.shouting', category: 'spam', weight: 0.3, spans: [], detail: `Mostly capital letters (${Math.round((100 * upper) / (upper + lower))}%)` });
  }
  if (visible >= 20 && letters / visible < 0.3) {
    out.push({ rule: 'spam.non-text', category: 'spam', weight: 0.5, spans: [], detail: `Mostly symbols (${Math.round((100 * (visible - letters)) / visible)}% of the characters)` });
  }
};
