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

/** Character counts of the ORIGINAL text, gathered by pass 1 (for shouting and symbol checks). */
export interface TextStats {
  upper: number;
  lower: number;
  /** Letters and digits of any script (an astral character counts once). */
  alnum: number;
  /** Characters other than whitespace. */
  visible: number;
}

const stats: TextStats = { upper: 0, lower: 0, alnum: 0, visible: 0 };

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** Length of a backslash escape at i ("\\n", "\\xNN", "\\uNNNN", "\\'"), or 0. */
function escapeWidth(input: string, i: number): number {
  const next = input.charCodeAt(i + 1);
  if (next === 110 || next === 114 || next === 116 || next === 39 || next === 34) return 2; // n r t ' "
  if (next === 120 && isHex(input.charCodeAt(i + 2)) && isHex(input.charCodeAt(i + 3))) return 4;
  if (next === 117) {
    for (let k = 2; k < 6; k++) if (!isHex(input.charCodeAt(i + k))) return 0;
    return 6;
  }
  return 0;
}

function decodeEscape(input: string, i: number, width: number): string {
  const kind = input[i + 1];
  if (kind === 'n' || kind === 'r') return '\n';
  if (kind === 't') return ' ';
  if (kind === "'" || kind === '"') return kind;
  const code = parseInt(input.slice(i + 2, i + width), 16);
  // "\\xc2\\xa0" is UTF-8 split into bytes: the high bytes are fragments, not letters.
  if (kind === 'x') return code < 128 ? String.fromCharCode(code) : code === 0xa0 ? ' ' : '';
  return String.fromCharCode(code);
}

/** Pass 1 into plainBuf. True when plain is exactly `input.toLowerCase()` (printable ASCII, no markup). */
function toPlain(input: string): boolean {
  // Only texts with non-ASCII characters need to know their dominant script.
  let dominance = -1;
  const latinDominant = (): boolean => {
    if (dominance === -1) dominance = isLatinDominant(input) ? 1 : 0;
    return dominance === 1;
  };
  const n = input.length;
  plainBuf.reset(n + 16);
  stats.upper = 0;
  stats.lower = 0;
  stats.alnum = 0;
  stats.visible = 0;
  let commentsExhausted = false;
  let simple = true;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c < 128 && c !== 60 && c !== 38 && c !== 92) {
      // The common case, inline.
      if (c >= 65 && c <= 90) {
        plainBuf.push(c + 32, i, i + 1);
        stats.upper++;
      } else if (c > 32 && c !== 127) {
        plainBuf.push(c, i, i + 1);
        stats.visible++;
        if (c >= 97 && c <= 122) stats.lower++;
        else if (c >= 48 && c <= 57) stats.alnum++;
      } else if (c === 32) plainBuf.push(c, i, i + 1);
      else {
        if (c !== 10) simple = false;
        if (c === 10 || c === 13) plainBuf.push(10, i, i + 1);
        else if (c === 9 || c === 11 || c === 12) plainBuf.push(32, i, i + 1);
      }
      i++;
      continue;
    }
    simple = false;
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
    if (c === 92) {
      // Escapes copied in from code or exports ("\\n", "\\xa0", "\\u2019") read as what they stand for.
      const width = escapeWidth(input, i);
      if (width > 0) {
        const decoded = decodeEscape(input, i, width);
        if (decoded === '\n' || decoded === ' ') plainBuf.push(decoded.charCodeAt(0), i, i + width);
        else if (decoded.length > 0) emitChar(decoded, i, i + width, latinDominant());
        simple = false;
        i += width;
        continue;
      }
      plainBuf.push(c, i, i + 1);
      stats.visible++;
      i++;
      continue;
    }
    if (c === 38) {
      ENTITY_RE.lastIndex = i;
      const entity = ENTITY_RE.exec(input);
      const decoded = entity ? decodeEntity(entity) : undefined;
      if (decoded !== undefined) {
        const end = ENTITY_RE.lastIndex;
        for (const ch of decoded) emitChar(ch, i, end, latinDominant());
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
    stats.visible++;
    // Astral characters are mostly emoji: not text.
    if (width === 1 && isAlnumCode(c)) stats.alnum++;
    emitChar(width === 1 ? input[i] : input.slice(i, i + 2), i, i + width, nextToLatin || latinDominant());
    i += width;
  }
  stats.visible += stats.upper;
  stats.alnum += stats.upper + stats.lower;
  return simple;
}

function isSeparatorCode(c: number): boolean {
  // space . - _ , / ~ + = : · •
  return c === 32 || c === 46 || c === 45 || c === 95 || c === 44 || c === 47 || c === 126 || c === 43 ||
    c === 61 || c === 58 || c === 0xb7 || c === 0x2022;
}

function isWordUnitCode(c: number): boolean {
  return c === 42 || c === 39 || isAlnumCode(c) || leetOf(c) !== 0;
}

/** Pass 2a into wordBuf: leetspeak, masks and stretches per chunk. True when anything changed. */
function toWords(plain: string): boolean {
  let changed = false;
  lone.all = 0;
  lone.strong = 0;
  lone.dotted = false;
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
    if (e - j === 1 && isWordUnitCode(c)) {
      lone.all++;
      if (!CHAT_LETTERS.has(c)) lone.strong++;
    } else if (e - j >= 5 && isSeparatorCode(codes[j + 1]) && isSeparatorCode(codes[j + 3])) {
      lone.dotted = true;
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
          if (run >= 2) {
            changed = true;
            continue;
          }
        } else {
          run = 0;
          prev = out;
        }
        if (out !== ch) changed = true;
        wordBuf.push(out, x, 0);
      }
    }
    j = e;
  }
  return changed;
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

/** Lone units seen by toWords: no spaced word is possible without three of them, one not a chat word. */
const lone = { all: 0, strong: 0, dotted: false };

function mayHaveSpacedLetters(): boolean {
  return lone.dotted || (lone.all >= 3 && lone.strong >= 1);
}

// Letters that are words of their own in chat ("u r a ..."): a run of only these stays apart.
const CHAT_LETTERS = new Set([97, 105, 117, 114, 121, 99, 98, 107, 110, 111]); // a i u r y c b k n o

function allChatWords(codes: Uint16Array, from: number, to: number): boolean {
  for (let u = from; u <= to; u++) {
    if (!isSeparatorCode(codes[u]) && !CHAT_LETTERS.has(codes[u])) return false;
  }
  return true;
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
      if (count >= 3 && letters >= 2 && !allChatWords(codes, x, lastUnit)) {
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

let generation = 0;

/** Runs the passes into the scratch buffers; returns which buffer holds the words layer. */
function run(input: string): { plain: string; words: Buffer16; changed: boolean } {
  generation++;
  const simple = toPlain(input);
  // Building strings from code buffers is a large part of the cost: skip it when possible.
  const plain = simple ? input.toLowerCase() : plainBuf.toString();
  let changed = toWords(plain);
  let words = wordBuf;
  if (mayHaveSpacedLetters()) {
    joinSpacedLetters();
    words = joinBuf;
    changed = true;
  }
  return { plain, words, changed };
}

interface Maps {
  plainStarts: Int32Array;
  plainEnds: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * The offset maps are copied out of the scratch buffers only when first read: most
 * comments produce no span at all. If another text was normalised in between, the passes
 * are simply run again (they are deterministic).
 */
export class LazyNormalised implements Normalised {
  readonly plain: string;
  readonly text: string;
  /** Counts over the original text. */
  readonly stats: TextStats;
  private readonly input: string;
  private readonly generation: number;
  private words: Buffer16;
  private maps: Maps | undefined;

  constructor(input: string, plain: string, text: string, words: Buffer16) {
    this.input = input;
    this.plain = plain;
    this.text = text;
    this.words = words;
    this.generation = generation;
    this.stats = { ...stats };
  }

  get plainStarts(): Int32Array {
    return this.load().plainStarts;
  }

  get plainEnds(): Int32Array {
    return this.load().plainEnds;
  }

  get starts(): Int32Array {
    return this.load().starts;
  }

  get ends(): Int32Array {
    return this.load().ends;
  }

  private load(): Maps {
    if (this.maps) return this.maps;
    if (this.generation !== generation) this.words = run(this.input).words;
    const n = this.words.length;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const pStarts = plainBuf.a;
    const pEnds = plainBuf.b;
    const from = this.words.a;
    for (let u = 0; u < n; u++) {
      starts[u] = pStarts[from[u]];
      ends[u] = pEnds[from[u]];
    }
    this.maps = {
      plainStarts: pStarts.slice(0, plainBuf.length),
      plainEnds: pEnds.slice(0, plainBuf.length),
      starts,
      ends,
    };
    return this.maps;
  }
}

export function normalise(input: string): Normalised {
  const { plain, words, changed } = run(input);
  return new LazyNormalised(input, plain, changed ? words.toString() : plain, words);
}

/** Maps [start, end) of the `text` layer back to the original text. */
export function textSpan(n: Normalised, start: number, end: number): Span {
  return [n.starts[start], n.ends[Math.max(start, end - 1)]];
}

/** Maps [start, end) of the `plain` layer back to the original text. */
export function plainSpan(n: Normalised, start: number, end: number): Span {
  return [n.plainStarts[start], n.plainEnds[Math.max(start, end - 1)]];
}
