// The one normaliser every check reads. Two linear passes:
//  1. original -> `plain`: HTML tags dropped, entities decoded, NFKC, lower case,
//     confusable letters mapped, invisible characters and stacked diacritics removed;
//  2. `plain` -> `text`: leetspeak, masks ("f*ck", "pr__ck", "b-tch"), stretched letters
//     ("stuuupid"), spaced or dotted letters ("i d i o t", "f.u.c.k") and words broken by
//     marks ("mo-ron", "id.iot") resolved, links left as typed.
// Both layers keep, for every UTF-16 unit, the original range it came from, so any match
// maps back to exactly the characters the author typed.

import type { Normalised, Span } from './types.ts';
import { CONFUSABLES } from './confusables.ts';
import { Buffer16 } from './scratch-buffer.ts';
import {
  ENTITY_RE, INLINE_TAGS, TAG_RE, decodeEntity, decodeEscape, escapeWidth, foldNonAscii, isLatinDominant,
} from './decode.ts';
import { isAlnumCode, isAsciiLetter, isLetterCode } from './chars.ts';
import { LEXICON } from './lexicon/terms.ts';

/** Leetspeak readings by character code (0 = none). */
const LEET = new Uint16Array(128);
for (const [from, to] of Object.entries({ 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't', 8: 'b', 9: 'g', '@': 'a', $: 's', '!': 'i', '|': 'i' })) {
  LEET[from.charCodeAt(0)] = to.charCodeAt(0);
}
const EURO = 0x20ac;
const CENT = 0xa2;

function leetOf(code: number): number {
  return code < 128 ? LEET[code] : code === EURO ? 101 : code === CENT ? 99 : 0;
}

const LINK_CHUNK_RE =
  /[("'<[]*(?:https?:\/\/|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|info|biz|ru|io|co|ly|gl|gd|me|tk|xyz|top|online|site|club|shop|store|uk|de|fr|tv|cc|us|eu|ca|au|in|be|nl|pl|br)(?![a-z0-9-]))/y;

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
  /** ASCII digits. */
  digits: number;
  /** Emoji and pictographic symbols (code points from U+2600), which only some checks read. */
  pictographs: number;
}

const stats: TextStats = { upper: 0, lower: 0, alnum: 0, visible: 0, digits: 0, pictographs: 0 };

/**
 * The common case of pass 1, in a tight loop over locals: printable ASCII (and newlines)
 * without markup, escapes or entities. Returns where the run stopped.
 */
function asciiRun(input: string, start: number, n: number): number {
  // Each character here emits exactly one unit: make room for the rest of the input once.
  if (plainBuf.length + (n - start) > plainBuf.codes.length) plainBuf.grow(plainBuf.length + (n - start) + 16);
  const codes = plainBuf.codes;
  const as = plainBuf.a;
  const bs = plainBuf.b;
  let len = plainBuf.length;
  let upper = 0;
  let lower = 0;
  let digits = 0;
  let visible = 0;
  let i = start;
  for (; i < n; i++) {
    const c = input.charCodeAt(i);
    let out = c;
    if (c > 32) {
      if (c >= 97) {
        if (c > 122) {
          if (c >= 127) break;
          visible++;
        } else {
          lower++;
          visible++;
        }
      } else if (c >= 65 && c <= 90) {
        out = c + 32;
        upper++;
      } else if (c >= 48 && c <= 57) {
        digits++;
        visible++;
      } else if (c === 60 || c === 38 || c === 92) break;
      else visible++;
    } else if (c !== 32 && c !== 10) break;
    codes[len] = out;
    as[len] = i;
    bs[len] = i + 1;
    len++;
  }
  plainBuf.length = len;
  stats.upper += upper;
  stats.lower += lower;
  stats.visible += visible;
  stats.alnum += digits;
  stats.digits += digits;
  return i;
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
  stats.digits = 0;
  stats.pictographs = 0;
  let commentsExhausted = false;
  let simple = true;
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c < 128 && c !== 60 && c !== 38 && c !== 92) {
      i = asciiRun(input, i, n);
      if (i < n && input.charCodeAt(i) < 128) {
        // A control character the run stops at.
        const d = input.charCodeAt(i);
        if (d !== 60 && d !== 38 && d !== 92) {
          simple = false;
          if (d === 13) plainBuf.push(10, i, i + 1);
          else if (d === 9 || d === 11 || d === 12) plainBuf.push(32, i, i + 1);
          i++;
        }
      }
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
    else if (c >= 0x2600) stats.pictographs++;
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

/**
 * Whether wordBuf holds the words layer so far. Most texts need no change in pass 2a, so
 * wordBuf is written only from the first change on (the words before it are copied then);
 * until then the words layer is `plain` itself.
 */
let wordsWritten = false;

/** Copies plain[0, upTo) into wordBuf unchanged: the words before the first change. */
function startWords(upTo: number): void {
  const codes = plainBuf.codes;
  for (let x = 0; x < upTo; x++) wordBuf.push(codes[x], x, 0);
  wordsWritten = true;
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
  wordsWritten = false;
  let j = 0;
  while (j < m) {
    const c = codes[j];
    if (c === 32 || c === 10) {
      if (wordsWritten) wordBuf.push(c, j, 0);
      j++;
      continue;
    }
    let e = j;
    let letters = 0;
    let linkHint = false;
    // Plain lower-case letters without a letter tripled: nothing in this chunk can change.
    let plainWord = true;
    while (e < m) {
      const d = codes[e];
      if (d === 32 || d === 10) break;
      if (d >= 97 && d <= 122) {
        letters++;
        if (e - j >= 2 && d === codes[e - 1] && d === codes[e - 2]) plainWord = false;
      } else {
        plainWord = false;
        if (isLetterCode(d)) letters++;
        else if (d === 46 || d === 58 || d === 64) linkHint = true;
      }
      e++;
    }
    if (e - j === 1 && isWordUnitCode(c)) {
      lone.all++;
      if (!CHAT_LETTERS.has(c)) lone.strong++;
    } else if (e - j >= 5 && isSeparatorCode(codes[j + 1]) && isSeparatorCode(codes[j + 3])) {
      lone.dotted = true;
    } else if (e - j >= 6 && isSeparatorCode(c) && isSeparatorCode(codes[j + 2]) && isSeparatorCode(codes[j + 4])) {
      // "-c-h-e-c-k-": letters wrapped in marks, the first mark before them.
      lone.dotted = true;
    }
    if (plainWord) {
      if (wordsWritten) for (let x = j; x < e; x++) wordBuf.push(codes[x], x, 0);
      j = e;
      continue;
    }
    let linkish = false;
    if (linkHint && letters > 0) {
      LINK_CHUNK_RE.lastIndex = j;
      linkish = LINK_CHUNK_RE.test(plain) || isEmailChunk(codes, j, e);
    }
    if (linkish || letters === 0 || isNumberWithSuffix(codes, j, e, letters)) {
      if (wordsWritten) for (let x = j; x < e; x++) wordBuf.push(codes[x], x, 0);
    } else {
      // Where this chunk's output starts in wordBuf (if the chunk is the first change, startWords copies up to j).
      const chunkOut = wordsWritten ? wordBuf.length : j;
      // The first mark right after a word unit: the chunk may be a masked or broken word ("pr__ck", "mo-ron").
      let markAfter = -1;
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
        } else if (markAfter < 0 && x > j && isInWordMark(ch) && isWordUnitCode(codes[x - 1])) {
          markAfter = x;
        }
        if (out === prev && out !== 42) {
          run++;
          if (run >= 2) {
            if (!wordsWritten) startWords(x);
            changed = true;
            continue;
          }
        } else {
          run = 0;
          prev = out;
        }
        if (out !== ch) {
          if (!wordsWritten) startWords(x);
          changed = true;
        }
        if (wordsWritten) wordBuf.push(out, x, 0);
      }
      // ... and a word unit after the marks ("pr__ck", not "well..." or "end.").
      if (markAfter >= 0 && unitAfter(codes, markAfter, e) && readMarkedWords(j, e, chunkOut)) changed = true;
    }
    j = e;
  }
  return changed;
}

function unitAfter(codes: Uint16Array, from: number, to: number): boolean {
  for (let x = to - 1; x > from; x--) if (isWordUnitCode(codes[x])) return true;
  return false;
}

/** Marks that mask letters or break a word apart inside it: _ . - and the mask symbols. */
function isInWordMark(c: number): boolean {
  return c === 95 || c === 46 || c === 45 || isMaskSymbol(c);
}

/** % ? ^ ( + ~ inside a word stand for letters; they never join two parts of one. */
function isMaskSymbol(c: number): boolean {
  return c === 37 || c === 63 || c === 94 || c === 40 || c === 43 || c === 126;
}

/** A word unit once leetspeak is resolved: a letter, a digit or a typed mask. */
function isResolvedUnit(c: number): boolean {
  return c === 42 || isAlnumCode(c);
}

/** Longer chunks are not one masked word (and would cost a lexicon lookup per mark). */
const MAX_MARKED_CHUNK = 40;
const chunkCodes = new Uint16Array(MAX_MARKED_CHUNK);
const chunkFrom = new Int32Array(MAX_MARKED_CHUNK);
/** Which units of the chunk the chosen reading drops (1), masks (2) or keeps (0). */
const chunkFate = new Uint8Array(MAX_MARKED_CHUNK);

/**
 * Words in plain[j, e) that marks mask or break apart ("pr__ck", "b-tch", "f%ck", "mo-ron",
 * "id.iot", "moro_n") are read as the lexicon word they spell: first with the marks dropped
 * (the word was broken), then with each mark standing for a letter (the word was masked).
 * A word that spells no lexicon word keeps its marks ("snake_case", "well-known", "e.g.",
 * "what?really"), so only insults and profanity are ever re-read. The chunk's output so
 * far starts at wordBuf[chunkOut] when wordsWritten, and is plain[j, e) otherwise.
 * Returns whether it rewrote anything.
 */
function readMarkedWords(j: number, e: number, chunkOut: number): boolean {
  const n = wordsWritten ? wordBuf.length - chunkOut : e - j;
  if (n > MAX_MARKED_CHUNK) return false;
  for (let u = 0; u < n; u++) {
    chunkCodes[u] = wordsWritten ? wordBuf.codes[chunkOut + u] : plainBuf.codes[j + u];
    chunkFrom[u] = wordsWritten ? wordBuf.a[chunkOut + u] : j + u;
    chunkFate[u] = 0;
  }
  let rewritten = false;
  let u = 0;
  while (u < n) {
    if (!isResolvedUnit(chunkCodes[u])) {
      u++;
      continue;
    }
    // A candidate: units and marks, from a unit to the last unit before anything else.
    let end = u;
    let last = u;
    // Marks between units (trailing ones, "word.", do not count).
    let marks = 0;
    let pending = 0;
    while (end < n && (isResolvedUnit(chunkCodes[end]) || isInWordMark(chunkCodes[end]))) {
      if (isResolvedUnit(chunkCodes[end])) {
        last = end;
        marks += pending;
        pending = 0;
      } else pending++;
      end++;
    }
    if (marks > 0 && readCandidate(u, last + 1)) rewritten = true;
    u = last + 1;
  }
  if (!rewritten) return false;
  if (!wordsWritten) startWords(j);
  else wordBuf.length = chunkOut;
  for (let v = 0; v < n; v++) {
    if (chunkFate[v] === 1) continue;
    wordBuf.push(chunkFate[v] === 2 ? 42 : chunkCodes[v], chunkFrom[v], 0);
  }
  return true;
}

/** Chooses a reading of chunk units [s, t) (a unit at both ends, marks between); true when one is a lexicon word. */
function readCandidate(s: number, t: number): boolean {
  let joined = '';
  let masked = '';
  let letters = 0;
  // "f%ck", "f--k", "pr__ck": a symbol that only masks, or marks typed in a row, stand for letters.
  let masksOnly = false;
  for (let v = s; v < t; v++) {
    const c = chunkCodes[v];
    if (isInWordMark(c)) {
      masked += '*';
      if (isMaskSymbol(c) || isInWordMark(chunkCodes[v + 1])) masksOnly = true;
      continue;
    }
    const ch = String.fromCharCode(c);
    joined += ch;
    masked += ch;
    if (c !== 42) letters++;
  }
  // Broken apart ("mo-ron", "id_iot"): the same word, so a stem ending is no reading of it.
  const whole = masksOnly ? undefined : LEXICON.lookup(joined);
  if (whole && !whole.stem) {
    for (let v = s; v < t; v++) if (isInWordMark(chunkCodes[v])) chunkFate[v] = 1;
    return true;
  }
  // Masked ("pr__ck", "sh-t", "f--k"): one mark between two letters could be anything ("a-s").
  // A stem reads only its own masks: "f__king" is "fucking", "f_ck_you" is not one word.
  const read = letters >= 3 || masksOnly ? LEXICON.lookup(masked) : undefined;
  if (read && (!read.stem || masked.lastIndexOf('*') < read.term.length)) {
    for (let v = s; v < t; v++) if (isInWordMark(chunkCodes[v])) chunkFate[v] = 2;
    return true;
  }
  return false;
}

/** "1000th", "2nd", "10k", "90s", "5am": a number, not leetspeak. */
function isNumberWithSuffix(codes: Uint16Array, s: number, e: number, letters: number): boolean {
  if (letters > 2 || !(codes[s] >= 48 && codes[s] <= 57)) return false;
  let x = s;
  while (x < e && codes[x] >= 48 && codes[x] <= 57) x++;
  let suffix = 0;
  while (x < e && isLetterCode(codes[x])) {
    x++;
    suffix++;
  }
  if (suffix !== letters || !(x === e || !isWordUnitCode(codes[x]) || codes[x] === 33)) return false;
  const end = x - suffix;
  const first = codes[end];
  const second = suffix === 2 ? codes[end + 1] : 0;
  return NUMBER_SUFFIXES.has(suffix === 1 ? String.fromCharCode(first) : String.fromCharCode(first, second));
}

const NUMBER_SUFFIXES = new Set(['st', 'nd', 'rd', 'th', 's', 'k', 'm', 'b', 'x', 'am', 'pm', 'hr', 'yo', 'ft', 'lb', 'kg', 'km', 'mb', 'gb', 'p']);

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
      // "Y-O-U A-R-E": when letters are joined by marks, a space between them ends a word.
      let firstGapSpaced = -1;
      // "c h e c k  m y  p a g e": when letters are one space apart, a wider gap ends a word.
      let firstGapWidth = 0;
      for (;;) {
        let sep = 0;
        let spaced = false;
        while (y < total && sep < 3 && isSeparatorCode(codes[y])) {
          if (codes[y] === 32) spaced = true;
          y++;
          sep++;
        }
        if (sep === 0 || y >= total || !isSingleUnit(codes, total, y)) break;
        if (firstGapSpaced === -1) {
          firstGapSpaced = spaced ? 1 : 0;
          firstGapWidth = sep;
        }
        count++;
        if (isLetterCode(codes[y])) letters++;
        lastUnit = y;
        y++;
      }
      if (count >= 3 && letters >= 2 && !allChatWords(codes, x, lastUnit)) {
        const wordBreaks = firstGapSpaced === 0;
        const wideBreaks = firstGapSpaced === 1 && firstGapWidth === 1;
        let gapHasSpace = false;
        let gapSpaces = 0;
        for (let u = x; u <= lastUnit; u++) {
          if (isSeparatorCode(codes[u])) {
            if (wordBreaks && codes[u] === 32 && !gapHasSpace) {
              joinBuf.push(32, from[u], 0);
              gapHasSpace = true;
            }
            if (codes[u] === 32) gapSpaces++;
            continue;
          }
          if (wideBreaks && gapSpaces >= 2) joinBuf.push(32, from[u - 1], 0);
          gapSpaces = 0;
          gapHasSpace = false;
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

/**
 * Runs the passes into the scratch buffers; returns which buffer holds the words layer, or
 * undefined when the words layer is `plain` unchanged.
 */
function run(input: string): { plain: string; words: Buffer16 | undefined; changed: boolean } {
  generation++;
  const simple = toPlain(input);
  // Building strings from code buffers is a large part of the cost: skip it when possible.
  const plain = simple ? input.toLowerCase() : plainBuf.toString();
  let changed = toWords(plain);
  let words = wordsWritten ? wordBuf : undefined;
  if (mayHaveSpacedLetters()) {
    if (!wordsWritten) startWords(plainBuf.length);
    joinSpacedLetters();
    words = joinBuf;
    changed = true;
  }
  return { plain, words, changed };
}

/**
 * The offset maps are copied out of the scratch buffers only when first read, one layer
 * at a time: most comments produce no span at all. If another text was normalised in
 * between, the passes are simply run again (they are deterministic).
 */
export class LazyNormalised implements Normalised {
  readonly plain: string;
  readonly text: string;
  /** Counts over the original text. */
  readonly stats: TextStats;
  private readonly input: string;
  private generation: number;
  /** Undefined when the words layer is `plain` itself. */
  private words: Buffer16 | undefined;
  private plainMaps: [Int32Array, Int32Array] | undefined;
  private textMaps: [Int32Array, Int32Array] | undefined;

  constructor(input: string, plain: string, text: string, words: Buffer16 | undefined) {
    this.input = input;
    this.plain = plain;
    this.text = text;
    this.words = words;
    this.generation = generation;
    this.stats = { ...stats };
  }

  get plainStarts(): Int32Array {
    return this.loadPlain()[0];
  }

  get plainEnds(): Int32Array {
    return this.loadPlain()[1];
  }

  get starts(): Int32Array {
    return this.loadText()[0];
  }

  get ends(): Int32Array {
    return this.loadText()[1];
  }

  /** The original range of `text` characters [start, end), read without copying any map. */
  textRange(start: number, end: number): Span {
    const last = Math.max(start, end - 1);
    if (this.textMaps) return [this.textMaps[0][start], this.textMaps[1][last]];
    this.current();
    if (this.words === undefined) return [plainBuf.a[start], plainBuf.b[last]];
    const from = this.words.a;
    return [plainBuf.a[from[start]], plainBuf.b[from[last]]];
  }

  /** The original range of `plain` characters [start, end), read without copying any map. */
  plainRange(start: number, end: number): Span {
    const last = Math.max(start, end - 1);
    if (this.plainMaps) return [this.plainMaps[0][start], this.plainMaps[1][last]];
    this.current();
    return [plainBuf.a[start], plainBuf.b[last]];
  }

  /** Makes the scratch buffers hold this text again if another text was normalised since. */
  private current(): void {
    if (this.generation === generation) return;
    this.words = run(this.input).words;
    this.generation = generation;
  }

  private loadPlain(): [Int32Array, Int32Array] {
    if (this.plainMaps) return this.plainMaps;
    this.current();
    this.plainMaps = [plainBuf.a.slice(0, plainBuf.length), plainBuf.b.slice(0, plainBuf.length)];
    return this.plainMaps;
  }

  private loadText(): [Int32Array, Int32Array] {
    if (this.textMaps) return this.textMaps;
    this.current();
    if (this.words === undefined) {
      this.textMaps = this.loadPlain();
      return this.textMaps;
    }
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
    this.textMaps = [starts, ends];
    return this.textMaps;
  }
}

export function normalise(input: string): Normalised {
  const { plain, words, changed } = run(input);
  return new LazyNormalised(input, plain, changed && words ? words.toString() : plain, words);
}

/** Maps [start, end) of the `text` layer back to the original text. */
export function textSpan(n: Normalised, start: number, end: number): Span {
  if (n instanceof LazyNormalised) return n.textRange(start, end);
  return [n.starts[start], n.ends[Math.max(start, end - 1)]];
}

/** Maps [start, end) of the `plain` layer back to the original text. */
export function plainSpan(n: Normalised, start: number, end: number): Span {
  if (n instanceof LazyNormalised) return n.plainRange(start, end);
  return [n.plainStarts[start], n.plainEnds[Math.max(start, end - 1)]];
}
