// Links: how many, to where (shorteners, blocked domains), how much of the comment they
// are, HTML anchors, and links spelled out to dodge filters ("example dot com").

import type { Check, CheckInput, Finding } from './check.ts';
import { MAX_SIGNALS, tokenSpan, typed } from './check.ts';
import { plainSpan, textSpan } from '../normalise.ts';
import type { Span } from '../types.ts';
import type { Policy } from '../policy.ts';
import { WORD } from '../lexicon/word-bits.ts';
import { PROMO, promotionClasses } from '../lexicon/promotion-words.ts';

// Bare domains need a known TLD; ambiguous short TLDs ("it", "me", "us") need a path. The
// reserved "example" TLD stands for any of them in our corpus and tests.
const LINK_RE =
  /(?:https?:\/\/|www\.)[^\s<>"'(){}[\]]+|(?<![a-z0-9@._%+-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*(?:\.(?:com|net|org|info|biz|ru|io|xyz|top|online|site|club|shop|store|ly|gl|gd|tk|ml|ga|cf|gq|cn|uk|de|fr|nl|pl|br|tv|cc|ws|eu|app|dev|live|link|click|win|vip|pro|su|ua|example)(?![a-z0-9-])|\.(?:co|us|me|be|to|in|it|gg|fm|am|at|ee|do|id|sh|la|vu|ai|so)(?=\/[a-z0-9]))(?:\/[^\s<>"']*)?/g;
// Every link has a dot followed by a letter or digit, or a scheme: most prose has neither.
const LINK_HINT_RE = /\.[a-z0-9]|:\/\//;
const ANCHOR_RE = /<a\s[^<>]{0,500}?href\s*=\s*["']?([^"'\s<>]{1,500})/gi;
// Found by the separator, then the name before it is read backwards (no scan from every word).
const SPELLED_RE =
  /( {0,3}(?:\( {0,3}d[o0]t {0,3}\)|\[ {0,3}d[o0]t {0,3}\]|\{ {0,3}d[o0]t {0,3}\}) {0,3}| {1,3}d[o0]t {1,3}| {1,3}\. {0,3}|\. {1,3})(com|net|org|info|biz|ru|io|xyz|tk|ml|shop|store|club|site|online|top|live|link|app|co|uk|tv|me)(?![a-z0-9])(?: {0,3}\/ {0,3}[a-z0-9_-]+)?/g;
const SPELLED_HINT_RE = /\. {1,3}(?:com|net|org|ru)(?![a-z0-9])/;

/** SPELLED_HINT_RE.test without trying the regex at every dot: only where ". " occurs. */
function spelledHint(plain: string): boolean {
  for (let at = plain.indexOf('. '); at >= 0; at = plain.indexOf('. ', at + 1)) {
    SPELLED_HINT_AT_RE.lastIndex = at;
    if (SPELLED_HINT_AT_RE.test(plain)) return true;
  }
  return false;
}
const SPELLED_HINT_AT_RE = new RegExp(SPELLED_HINT_RE.source, 'y');
/** TLDs that are also words ("me", "co", "live"): only spelled with "dot" do they make a link. */
const WORDLIKE_TLDS = new Set(['co', 'uk', 'tv', 'me', 'live', 'link', 'app', 'top', 'site', 'online']);
const SPELLED_NOT_A_NAME = new Set(['the', 'a', 'this', 'that', 'dot', 'old', 'via', 'at', 'on', 'in', 'of', 'to', 'and', 'or', 'is', 'was', 'it']);

// Not "see" or "here": "the numbers are here: <link>" is how people cite sources.
const INVITE_RE = /(?:visit|go to|goto|check(?: it)? out|check|click(?: here)?|join|download|sign up(?: at)?|register(?: at)?|subscribe|follow me(?: on)?|my (?:channel|site|website|page|blog|store|shop)(?: is)?)\W{0,3}$/i;

function textBefore(text: string, at: number): string {
  return text.slice(Math.max(0, at - 30), at);
}

export const SHORTENERS = new Set([
  'bit.ly', 'goo.gl', 'tinyurl.com', 't.co', 'ow.ly', 'is.gd', 'buff.ly', 'adf.ly', 'bit.do', 'cutt.ly',
  'rebrand.ly', 'shorturl.at', 'tiny.cc', 'rb.gy', 'lnkd.in', 'tr.im', 'v.gd', 'x.co', 'soo.gd', 's.id',
  'shorte.st', 'bc.vc', 'qr.net', '1url.com', 't.ly', 'short.io', 'linktr.ee', 'j.mp', 'db.tt', 'po.st',
  'adfoc.us', 'ouo.io', 'shrinkme.io', 'clk.sh', 'tiny.one', 'lnk.to', 'smarturl.it', 'fb.me', 'u.to',
]);

export function hostOf(url: string): string {
  let rest = url.replace(/^https?:\/\//, '');
  const cut = rest.search(/[/?#:]/);
  if (cut >= 0) rest = rest.slice(0, cut);
  return rest.replace(/^www\./, '').replace(/\.+$/, '');
}

function matchesDomain(host: string, domains: readonly string[]): boolean {
  return domains.some((d) => host === d || host.endsWith(`.${d}`));
}

export interface FoundLink {
  url: string;
  host: string;
  span: Span;
  /** [start, end) in the `plain` text the link was found in. */
  start: number;
  end: number;
}

// A referral or affiliate link pays its poster for every click: "?ref=", "/ref/", "?aff=".
const REFERRAL_RE = /[?&](?:ref|refid|ref_id|refcode|ref_code|referral|referrer|refer|aff|affid|aff_id|affiliate|invite|invite_code|invitecode|promo|coupon|partner)=|\/(?:ref|aff|affiliate|affiliates|referral|refer|invite)\/[a-z0-9]/;
/** Amazon's affiliate links carry the poster's tag instead. */
const TAGGED_RE = /[?&]tag=[a-z0-9-]+/;

function isReferral(url: string, host: string): boolean {
  return REFERRAL_RE.test(url) || (host.startsWith('amazon.') && TAGGED_RE.test(url));
}

/** Links in a normalised `plain` text (used for the comment and for author fields). */
export function findLinks(plain: string): { url: string; start: number; end: number }[] {
  const links: { url: string; start: number; end: number }[] = [];
  if (!LINK_HINT_RE.test(plain)) return links;
  LINK_RE.lastIndex = 0;
  for (let m = LINK_RE.exec(plain); m; m = LINK_RE.exec(plain)) {
    const url = m[0].replace(/[.,!?;:]+$/, '');
    links.push({ url, start: m.index, end: m.index + url.length });
  }
  return links;
}

/** Links examined one by one; any beyond are only counted (a comment of 900 links is spam already). */
const MAX_EXAMINED = 50;

export interface LinkReport {
  links: FoundLink[];
  /** All links, including those not examined. */
  count: number;
  /** Characters in all links. */
  chars: number;
  findings: Finding[];
}

export function linkFindings(plain: string, spanOf: (s: number, e: number) => Span, policy: Policy, original: string, field?: Finding['field']): LinkReport {
  const findings: Finding[] = [];
  const links: FoundLink[] = [];
  let count = 0;
  let chars = 0;
  for (const { url, start, end } of findLinks(plain)) {
    if (links.length >= MAX_EXAMINED) {
      count++;
      chars += url.length;
      continue;
    }
    const host = hostOf(url);
    if (matchesDomain(host, policy.links.allowedDomains)) continue;
    const span = spanOf(start, end);
    links.push({ url, host, span, start, end });
    count++;
    chars += url.length;
    if (findings.length >= MAX_SIGNALS) continue;
    if (matchesDomain(host, policy.links.blockedDomains)) {
      findings.push({ rule: 'spam.links.blocked', category: 'spam', weight: 3, spans: [span], detail: `Link to blocked domain ${host}`, force: 'reject', field });
    } else if (!policy.links.allowShorteners && SHORTENERS.has(host)) {
      findings.push({ rule: 'spam.links.shortener', category: 'spam', weight: 1, spans: [span], detail: `Shortened link "${typed(original, span)}"`, field });
    }
    if (isReferral(url, host) && findings.length < MAX_SIGNALS) {
      findings.push({ rule: 'spam.links.referral', category: 'spam', weight: 0.8, spans: [span], detail: `Referral link "${typed(original, span)}"`, field });
    }
  }
  return { links, count, chars, findings };
}

export const linksCheck: Check = (input, out) => {
  const { norm, policy, comment } = input;
  const { links, count: linkCount, chars: linkChars, findings } = linkFindings(norm.plain, (s, e) => plainSpan(norm, s, e), policy, comment.text);
  out.push(...findings);

  // Anchors whose href is not also shown as text.
  const anchors: Span[] = [];
  if (comment.text.includes('<')) {
    ANCHOR_RE.lastIndex = 0;
    for (let m = ANCHOR_RE.exec(comment.text); m; m = ANCHOR_RE.exec(comment.text)) {
      const host = hostOf(m[1].toLowerCase());
      if (host && matchesDomain(host, policy.links.allowedDomains)) continue;
      if (links.some((l) => l.host === host)) continue;
      anchors.push([m.index, m.index + m[0].length]);
    }
    if (anchors.length > 0) {
      out.push({ rule: 'spam.links.html', category: 'spam', weight: 0.3, spans: anchors, detail: `${anchors.length} HTML link${anchors.length > 1 ? 's' : ''}` });
    }
  }

  // "visit www...", "go to http://...", "click: bit.ly/..."
  const invited = links.find((l) => INVITE_RE.test(textBefore(comment.text, l.span[0])));
  if (invited) {
    out.push({ rule: 'spam.links.invite', category: 'spam', weight: 0.5, spans: [invited.span], detail: `Invites readers to a link: "${typed(comment.text, [Math.max(0, invited.span[0] - 12), invited.span[1]])}"` });
  }

  platformPaths(input, links, out);
  if (linkCount > 0 && linkCount <= 2) lure(input, links, out);

  const count = linkCount + anchors.length;
  if (count > 0) {
    const max = policy.links.max;
    const over = count > max;
    const weight = over ? Math.min(4, 1.2 + 0.4 * (count - max - 1)) : 0.6 + 0.2 * (count - 1);
    out.push({
      rule: over ? 'spam.links.count' : 'spam.links',
      category: 'spam',
      weight: Math.round(weight * 100) / 100,
      spans: [...links.map((l) => l.span), ...anchors],
      detail: over ? `${count} links (limit ${max})` : `${count} link${count > 1 ? 's' : ''}`,
    });
    // A comment that is little more than its links.
    let textChars = 0;
    for (let i = 0; i < norm.plain.length; i++) if (norm.plain.charCodeAt(i) > 32) textChars++;
    const ratio = textChars > 0 ? linkChars / textChars : 0;
    if (linkCount > 0 && ratio >= 0.5) {
      const weight = ratio >= 0.75 ? 0.5 : 0.3;
      out.push({ rule: 'spam.links.ratio', category: 'spam', weight, spans: [], detail: `Mostly links (${Math.round(ratio * 100)}% of the text)` });
    }
  }

  const plain = norm.plain;
  // Most texts have no "dot", no " ." and no ". com": skip the regex, which tries every position.
  if (!plain.includes('dot') && !plain.includes('d0t') && !plain.includes(' .') && !spelledHint(plain)) return;
  SPELLED_RE.lastIndex = 0;
  let disguised = 0;
  for (let m = SPELLED_RE.exec(plain); m && disguised < MAX_SIGNALS; m = SPELLED_RE.exec(plain)) {
    let start = m.index;
    while (start > 0 && m.index - start < 40 && isNameCode(plain.charCodeAt(start - 1))) start--;
    const name = plain.slice(start, m.index);
    if (name.length < 2 || SPELLED_NOT_A_NAME.has(name) || name.startsWith('-')) continue;
    if (start > 0 && isNameCode(plain.charCodeAt(start - 1))) continue;
    const span = plainSpan(norm, start, m.index + m[0].length);
    const dotted = !m[1].includes('d');
    if (dotted && WORDLIKE_TLDS.has(m[2])) continue;
    // "... a good idea. Info is key": a sentence end followed by a capitalised word is prose.
    if (m[1].startsWith('.')) {
      const tldAt = plainSpan(norm, m.index + m[1].length, m.index + m[1].length + 1)[0];
      const first = comment.text.charCodeAt(tldAt);
      if ((first >= 65 && first <= 90) || !['com', 'net', 'org', 'ru'].includes(m[2])) continue;
    }
    disguised++;
    out.push({ rule: 'spam.links.disguised', category: 'spam', weight: 1, spans: [span], detail: `Disguised link "${typed(comment.text, span)}"` });
  }
};

/** Words a link starts with, typed apart to dodge link detection. */
export const LINK_WORDS: ReadonlySet<string> = new Set(['www', 'http', 'https']);

/** "w w w . site", "h t t p s : / /": letters of a link typed apart, which nobody does by accident. */
export const spacedLinkCheck: Check = (input, out) => {
  const { tokens, norm, comment } = input;
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i].f & WORD.linkWord) === 0) continue;
    const w = tokens[i].w;
    const span = textSpan(norm, tokens[i].s, tokens[i].e);
    if (span[1] - span[0] < 2 * w.length - 1) continue;
    const to = Math.min(tokens.length, i + 3);
    const whole = tokenSpan(input, i, to);
    out.push({ rule: 'spam.links.disguised', category: 'spam', weight: 1, spans: [whole], detail: `Disguised link "${typed(comment.text, whole)}"` });
    return;
  }
};

/** Where a link starts, a platform path or a lure is no ordinary word. */
function insideLink(links: readonly FoundLink[], at: number): boolean {
  return links.some((l) => at >= l.start && at < l.end);
}

function isPlatform(word: string): boolean {
  return (promotionClasses(word, WORD.promotionWord) & PROMO.platform) !== 0;
}

/** A video id after "watch?v=", as video sites spell it. */
const VIDEO_ID_RE = /[a-z0-9_-]{6,}/y;
/** A name after a platform's slash: "youtube/somename", "tiktok/@xyz", "youtube/c/name". */
const PATH_NAME_RE = /(?:c\/|user\/|channel\/)?@?[a-z0-9_.-]{3,}/y;
/** Slashes read per comment: a path is one of the first few, and "a/b/c/..." art is not a path. */
const MAX_SLASHES = 20;

/**
 * "YouTube/somename", "watch?v=AbC123", "soundcloud/myname": a platform path written without
 * its link, which a reader can only follow by typing it: nobody writes one by accident.
 */
function platformPaths(input: CheckInput, links: readonly FoundLink[], out: Finding[]): void {
  const { norm, comment } = input;
  const plain = norm.plain;
  const watch = plain.indexOf('watch?v=');
  if (watch >= 0 && !insideLink(links, watch)) {
    VIDEO_ID_RE.lastIndex = watch + 8;
    if (VIDEO_ID_RE.test(plain)) {
      const span = plainSpan(norm, watch, VIDEO_ID_RE.lastIndex);
      out.push({ rule: 'spam.links.path', category: 'spam', weight: 1, spans: [span], detail: `Video path without a link "${typed(comment.text, span)}"` });
      return;
    }
  }
  let slashes = 0;
  for (let at = plain.indexOf('/'); at > 0 && slashes < MAX_SLASHES; at = plain.indexOf('/', at + 1)) {
    slashes++;
    if (insideLink(links, at)) continue;
    let start = at;
    while (start > 0 && at - start < 20 && isLetter(plain.charCodeAt(start - 1))) start--;
    if (start === at || (start > 0 && isNameCode(plain.charCodeAt(start - 1))) || !isPlatform(plain.slice(start, at))) continue;
    PATH_NAME_RE.lastIndex = at + 1;
    if (!PATH_NAME_RE.test(plain)) continue;
    const span = plainSpan(norm, start, PATH_NAME_RE.lastIndex);
    out.push({ rule: 'spam.links.path', category: 'spam', weight: 1, spans: [span], detail: `Platform path without a link "${typed(comment.text, span)}"` });
    return;
  }
}

/** Arrows that point at a link: "free robux → http://...". */
const ARROW_RE = /(?:→|➡|⇒|👉|>>|=>|-->)\s*$/u;
/** Words of a lure in front of a bare link: "wow", "free", "look what I found". */
const LURE_WORDS = new Set([
  'wow', 'omg', 'omfg', 'woah', 'whoa', 'lol', 'lmao', 'look', 'found', 'free', 'crazy', 'insane',
  'unbelievable', 'click', 'hot', 'funny', 'hilarious', 'shocking', 'epic', 'win', 'awesome', 'must', 'legit',
  'everything', 'truth', 'exposed', 'believe', 'secret',
  // What the link is said to hold: "leaked footage", "full uncut version", "free airdrop".
  'leaked', 'leak', 'leaks', 'uncut', 'uncensored', 'banned', 'nsfw', 'naked', 'nude', 'nudes', 'xxx',
  'airdrop', 'giveaway', 'claim', 'presale', 'wallet', 'prize', 'bonus', 'giftcard', 'giftcards', 'robux', 'vbucks',
]);
/** Lure words so dense that a longer comment is still a lure: two of them in up to this many words. */
const MAX_DENSE_LURE_WORDS = 16;
/** Words that cite a link rather than sell it: "the DOCS explain it", "SOURCE for the figures". */
const CITE_WORDS = new Set([
  'docs', 'doc', 'documentation', 'source', 'sources', 'report', 'reports', 'article', 'paper', 'study',
  'data', 'numbers', 'figures', 'reference', 'manual', 'guide', 'spec', 'specification', 'faq',
  'according', 'section', 'chapter', 'timetable', 'summary', 'release', 'notes',
  'changelog', 'issue', 'thread', 'wiki', 'wikipedia', 'announcement', 'statement', 'official', 'details',
]);
const SEE_THIS = new Set(['see', 'watch', 'at', 'out', 'check', 'read', 'try']);
/** A lure is short: more words around the link are a comment that cites it. */
const MAX_LURE_WORDS = 8;

/**
 * "wow look at this http://...", "free giftcards here https://...": one link with a few words
 * of lure and nothing that cites it ("the docs explain it: ...").
 */
function lure(input: CheckInput, links: readonly FoundLink[], out: Finding[]): void {
  const { tokens, comment } = input;
  let words = 0;
  let lures = 0;
  for (let i = 0; i < tokens.length && words <= MAX_DENSE_LURE_WORDS; i++) {
    const [s] = tokenSpan(input, i, i + 1);
    if (links.some((l) => s >= l.span[0] && s < l.span[1])) continue;
    words++;
    const w = tokens[i].w;
    if (CITE_WORDS.has(w)) return;
    if (LURE_WORDS.has(w)) lures++;
    // "you need to see THIS", "watch THIS": the link is what to look at.
    else if (tokens[i].w === 'this' && i > 0 && SEE_THIS.has(tokens[i - 1].w)) lures++;
  }
  if (words > MAX_DENSE_LURE_WORDS) return;
  const arrowed = links.some((l) => ARROW_RE.test(textBefore(comment.text, l.span[0])));
  if (words > MAX_LURE_WORDS ? lures < 2 : lures === 0 && !arrowed) return;
  const first = links[0];
  out.push({ rule: 'spam.links.lure', category: 'spam', weight: 0.6, spans: [first.span], detail: `A link with a short lure: "${typed(comment.text, [0, comment.text.length], 60)}"` });
}

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isNameCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
}
