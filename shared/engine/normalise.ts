// The one normaliser every check reads. Two linear passes:
//  1. original -> `plain`: HTML tags dropped, entities decoded, NFKC, lower case,
//     confusable letters mapped, invisible characters and stacked diacritics removed;
//  2. `plain` -> `text`: leetspeak, masks ("f*ck"), stretched letters ("stuuupid") and
//     spaced or dotted letters ("i d i o t", "f.u.c.k") resolved, links left as typed.
// Both layers keep, for every UTF-16 unit, the original range it came from, so any match
// maps back to exactly the characters the author typed.

import type { Normalised, Span } from './types.ts';
import { CONFUSABLES, isGenericMark, isInvisible } from './confusables.ts';
import { isAlnumCode, isAsciiLetter, isLetterCode } from './chars.ts';

// Inline tags join their neighbours ("<b>id</b>iot" is one word); any other tag is a space.
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'big', 'cite', 'code', 'del', 'em', 'font', 'i', 'ins', 'mark', 'q', 's',
  'small', 'span', 'strike', 'strong', 'sub', 'sup', 'tt', 'u', 'wbr',
]);
// Bounded attribute run: a '<' with no '>' costs at most 1000 steps and never rescans.
const TAG_RE = /<\/?([a-zA-Z][a-zA-Z0-9]{0,15})(?:[\s/][^<>]{0,1000})?>/y;
const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/y;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', zwj: '', zwnj: '',
  lrm: '', rlm: '', hellip: '...', mdash: '-', ndash: '-', lsquo: "'", rsquo: "'", sbquo: "'",
  ldquo: '"', rdquo: '"', bdquo: '"', laquo: '"', raquo: '"', copy: '©', reg: '®', trade: '™',
  euro: '€', pound: '£', cent: '¢', yen: '¥', times: '×', middot: '·', bull: '•', deg: '°',
  iexcl: '¡', iquest: '¿', szlig: 'ß', aelig: 'æ', oelig: 'œ', eth: 'ð', thorn: 'þ',
};
const ACCENT_ENTITY_RE = /^([a-zA-Z])(acute|grave|circ|uml|tilde|cedil|ring|slash|caron)$/;
const ACCENT_MARKS: Record<string, string> = {
  acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303',
  cedil: '\u0327', ring: '\u030a', slash: '\u0338', caron: '\u030c',
};

const PUNCTUATION: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'",
  '\u02bc': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u00ab': '"', '\u00bb': '"', '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-',
  '\u2014': '-', '\u2015': '-', '\u2212': '-', '\u00a1': '!',
};

/** Leetspeak readings by character code (0 = none). */
const LEET = new Uint16Array(128);
for (const [from, to] of Object.entries({ 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't', 8: 'b', 9: 'g', '@': 'a', $: 's', '!': 'i', '|': 'i' })) {
  LEET[from.charCodeAt(0)] = to.charCodeAt(0);
}
const EURO = 0x20ac;

function leetOf(code: number): number {
  return code < 128 ? LEET[code] : code === EURO ? 101 : 0;
}

const LINK_CHUNK_RE =
  /[("'<[]*(?:https?:\/\/|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|biz|ru|io|co|ly|gl|gd|me|tk|xyz|top|online|site|club|shop|store|uk|de|fr|tv|cc|us|eu|ca|au|in|be|nl|pl|br)(?![a-z0-9-]))/y;

const MARKS_RE = /[\u0300-\u036f]/g;
const SPACE_RE = /^\s+$/u;
const foldCache = new Map<string, string>();

/** NFKC, lower case, Latin/Greek/Cyrillic diacritics dropped, one non-ASCII character. */
function foldNonAscii(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded !== undefined) return folded;
  const cp = ch.codePointAt(0) ?? 0;
  if (isInvisible(cp) || isGenericMark(cp)) folded = '';
  else if (PUNCTUATION[ch] !== undefined) folded = PUNCTUATION[ch];
  else {
    let s = ch.normalize('NFKC').toLowerCase();
    if (s.length > 0 && s.charCodeAt(0) < 0x530) s = s.normalize('NFD').replace(MARKS_RE, '').normalize('NFC');
    if (SPACE_RE.test(s)) s = s.includes('\n') || cp === 0x2028 || cp === 0x2029 ? '\n' : ' ';
    folded = s;
  }
  if (foldCache.size > 20000) foldCache.clear();
  foldCache.set(ch, folded);
  return folded;
}

function isLatinDominant(text: string): boolean {
  let latin = 0;
  let lookalike = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) latin++;
    else if (c >= 0x370 && c <= 0x52f) lookalike++;
  }
  return latin >= lookalike;
}

function decodeEntity(m: RegExpExecArray): string | undefined {
  if (m[1] !== undefined || m[2] !== undefined) {
    const cp = m[1] !== undefined ? Number(m[1]) : parseInt(m[2], 16);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
  }
  const name = m[3];
  const named = NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()];
  if (named !== undefined) return named;
  const accented = ACCENT_ENTITY_RE.exec(name);
  return accented ? (accented[1] + ACCENT_MARKS[accented[2]]).normalize('NFC') : undefined;
}

/**
 * Growable scratch buffers, reused across calls: normalising a comment allocates only
 * its results. (The engine is synchronous, so calls never interleave.)
 */
class Buffer16 {
  codes = new Uint16Array(1024);
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  length = 0;

  reset(capacity: number): void {
    this.length = 0;
    if (capacity > this.codes.length) this.grow(capacity);
  }

  grow(capacity: number): void {
    const size = Math.max(capacity, this.codes.length * 2);
    const codes = new Uint16Array(size);
    const a = new Int32Array(size);
    const b = new Int32Array(size);
    codes.set(this.codes.subarray(0, this.length));
    a.set(this.a.subarray(0, this.length));
    b.set(this.b.subarray(0, this.length));
    this.codes = codes;
    this.a = a;
    this.b = b;
  }

  push(code: number, a: number, b: number): void {
    if (this.length === this.codes.length) this.grow(this.length + 1);
    this.codes[this.length] = code;
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.length++;
  }

  last(): number {
    return this.length > 0 ? this.codes[this.length - 1] : -1;
  }

  toString(): string {
    let out = '';
    for (let i = 0; i < this.length; i += 4096) {
      out += String.fromCharCode.apply(null, this.codes.subarray(i, Math.min(this.length, i + 4096)) as unknown as number[]);
    }
    return out;
  }
}

const plainBuf = new Buffer16(); // a, b: original start, end
const wordBuf = new Buffer16(); // a: index into plain
const joinBuf = new Buffer16(); // a: index into plain

function emitString(s: string, a: number, b: number): void {
  for (let u = 0; u < s.length; u++) plainBuf.push(s.charCodeAt(u), a, b);
}

function emitChar(ch: string, a: number, b: number, lookalikes: boolean): void {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 128) {
    if (c >= 65 && c <= 90) plainBuf.push(c + 32, a, b);
    else if (c === 10 || c === 13) plainBuf.push(10, a, b);
    else if (c === 9 || c === 11 || c === 12) plainBuf.push(32, a, b);
    else if (c >= 32 && c !== 127) plainBuf.push(c, a, b);
    return;
  }
  let folded = lookalikes ? CONFUSABLES.get(ch) : undefined;
  if (folded === undefined) {
    folded = foldNonAscii(ch);
    if (lookalikes && folded.length > 0) folded = CONFUSABLES.get(folded) ?? folded;
  }
  emitString(folded, a, b);
}

/** Pass 1 into plainBuf. */
function toPlain(input: string): void {
  const latinDominant = isLatinDominant(input);
  const n = input.length;
  plainBuf.reset(n + 16);
  let commentsExhausted = false;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c < 128 && c !== 60 && c !== 38) {
      // The common case, inline.
      if (c >= 65 && c <= 90) plainBuf.push(c + 32, i, i + 1);
      else if (c >= 32 && c !== 127) plainBuf.push(c, i, i + 1);
      else if (c === 10 || c === 13) plainBuf.push(10, i, i + 1);
      else if (c === 9 || c === 11 || c === 12) plainBuf.push(32, i, i + 1);
      i++;
      continue;
    }
    if (c === 60) {
      if (!commentsExhausted && input.startsWith('<!--', i)) {
        const end = input.indexOf('-->', i + 4);
        if (end >= 0) {
          emitString(' ', i, end + 3);
          i = end + 3;
          continue;
        }
        commentsExhausted = true;
      }
      TAG_RE.lastIndex = i;
      const tag = TAG_RE.exec(input);
      if (tag) {
        const last = plainBuf.last();
        if (!INLINE_TAGS.has(tag[1].toLowerCase()) && last !== -1 && last !== 32 && last !== 10) plainBuf.push(32, i, TAG_RE.lastIndex);
        i = TAG_RE.lastIndex;
        continue;
      }
      plainBuf.push(c, i, i + 1);
      i++;
      continue;
    }
    if (c === 38) {
      ENTITY_RE.lastIndex = i;
      const entity = ENTITY_RE.exec(input);
      const decoded = entity ? decodeEntity(entity) : undefined;
      if (decoded !== undefined) {
        const end = ENTITY_RE.lastIndex;
        for (const ch of decoded) emitChar(ch, i, end, latinDominant);
        i = end;
        continue;
      }
      plainBuf.push(c, i, i + 1);
      i++;
      continue;
    }
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
    // A lookalike touching a Latin letter is an obfuscation even inside a Cyrillic text.
    const nextToLatin = isAsciiLetter(input.charCodeAt(i - 1)) || isAsciiLetter(input.charCodeAt(i + width));
    emitChar(width === 1 ? input[i] : input.slice(i, i + 2), i, i + width, latinDominant || nextToLatin);
    i += width;
  }
}

function isSeparatorCode(c: number): boolean {
  // space . - _ , / ~ + = : · •
  return c === 32 || c === 46 || c === 45 || c === 95 || c === 44 || c === 47 || c === 126 || c === 43 ||
    c === 61 || c === 58 || c === 0xb7 || c === 0x2022;
}

function isWordUnitCode(c: number): boolean {
  return c === 42 || c === 39 || isAlnumCode(c) || leetOf(c) !== 0;
}

/** Pass 2a into wordBuf: leetspeak, masks and stretches per chunk of non-space characters. */
function toWords(plain: string): void {
  const codes = plainBuf.codes;
  const m = plainBuf.length;
  wordBuf.reset(m + 16);
  let j = 0;
  while (j < m) {
    const c = codes[j];
    if (c === 32 || c === 10) {
      wordBuf.push(c, j, 0);
      j++;
      continue;
    }
    let e = j;
    let letters = 0;
    let linkHint = false;
    while (e < m) {
      const d = codes[e];
      if (d === 32 || d === 10) break;
      if (isLetterCode(d)) letters++;
      else if (d === 46 || d === 58 || d === 64) linkHint = true;
      e++;
    }
    let linkish = false;
    if (linkHint && letters > 0) {
      LINK_CHUNK_RE.lastIndex = j;
      linkish = LINK_CHUNK_RE.test(plain) || isEmailChunk(codes, j, e);
    }
    if (linkish || letters === 0) {
      for (let x = j; x < e; x++) wordBuf.push(codes[x], x, 0);
    } else {
      let prev = -1;
      let run = 0;
      for (let x = j; x < e; x++) {
        const ch = codes[x];
        let out = ch;
        const leet = leetOf(ch);
        if (leet !== 0) {
          const next = x + 1 < e ? codes[x + 1] : -1;
          const convertible =
            ch === 33 ? next !== -1 && next !== 33 && isWordUnitCode(next) :
            ch === 64 ? x > j :
            ch === 36 ? !(next >= 48 && next <= 57) : true;
          if (convertible) out = leet;
        } else if (ch === 35 && x > j && isLetterCode(codes[x - 1])) {
          out = 42;
        }
        if (out === prev && out !== 42) {
          run++;
          if (run >= 2) continue;
        } else {
          run = 0;
          prev = out;
        }
        wordBuf.push(out, x, 0);
      }
    }
    j = e;
  }
}

function isEmailChunk(codes: Uint16Array, s: number, e: number): boolean {
  let at = -1;
  for (let x = s + 1; x < e; x++) {
    if (codes[x] === 64) at = x;
    else if (codes[x] === 46 && at > 0 && x > at + 1 && x < e - 1) return true;
  }
  return false;
}

function isSingleUnit(codes: Uint16Array, length: number, y: number): boolean {
  const c = codes[y];
  return c !== 39 && isWordUnitCode(c) && (y === 0 || !isWordUnitCode(codes[y - 1])) && (y + 1 >= length || !isWordUnitCode(codes[y + 1]));
}

/** Pass 2b into joinBuf: "i d i o t", "f.u.c.k", "1 d 1 0 t": three or more lone letters become one word. */
function joinSpacedLetters(): void {
  const codes = wordBuf.codes;
  const from = wordBuf.a;
  const total = wordBuf.length;
  joinBuf.reset(total + 16);
  let x = 0;
  while (x < total) {
    if ((x === 0 || isSeparatorCode(codes[x - 1])) && isSingleUnit(codes, total, x)) {
      let count = 1;
      let letters = isLetterCode(codes[x]) ? 1 : 0;
      let lastUnit = x;
      let y = x + 1;
      for (;;) {
        let sep = 0;
        while (y < total && sep < 3 && isSeparatorCode(codes[y])) {
          y++;
          sep++;
        }
        if (sep === 0 || y >= total || !isSingleUnit(codes, total, y)) break;
        count++;
        if (isLetterCode(codes[y])) letters++;
        lastUnit = y;
        y++;
      }
      if (count >= 3 && letters >= 2) {
        for (let u = x; u <= lastUnit; u++) {
          if (isSeparatorCode(codes[u])) continue;
          const leet = leetOf(codes[u]);
          joinBuf.push(leet !== 0 ? leet : codes[u], from[u], 0);
        }
        x = lastUnit + 1;
        continue;
      }
      // Any later start inside this run has fewer letters: copy the whole run as it is.
      while (x < lastUnit) {
        joinBuf.push(codes[x], from[x], 0);
        x++;
      }
    }
    joinBuf.push(codes[x], from[x], 0);
    x++;
  }
}

export function normalise(input: string): Normalised {
  toPlain(input);
  const plain = plainBuf.toString();
  toWords(plain);
  joinSpacedLetters();
  const n = joinBuf.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const pStarts = plainBuf.a;
  const pEnds = plainBuf.b;
  const from = joinBuf.a;
  for (let u = 0; u < n; u++) {
    starts[u] = pStarts[from[u]];
    ends[u] = pEnds[from[u]];
  }
  return {
    plain,
    plainStarts: pStarts.slice(0, plainBuf.length),
    plainEnds: pEnds.slice(0, plainBuf.length),
    text: joinBuf.toString(),
    starts,
    ends,
  };
}

/** Maps [start, end) of the `text` layer back to the original text. */
export function textSpan(n: Normalised, start: number, end: number): Span {
  return [n.starts[start], n.ends[Math.max(start, end - 1)]];
}

/** Maps [start, end) of the `plain` layer back to the original text. */
export function plainSpan(n: Normalised, start: number, end: number): Span {
  return [n.plainStarts[start], n.plainEnds[Math.max(start, end - 1)]];
}
