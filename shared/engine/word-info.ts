// Everything the engine knows about one word, looked up once per distinct word and
// cached: which checks care about it (vocabulary bits) and its built-in lexicon entry.
// Both sources are fixed once the engine's modules have loaded (lexicon/vocabulary.ts
// builds the vocabulary at load), so the cache is a pure function of the word: hit or
// miss, and whatever was read before, a word gets the same facts. It holds at most
// MAX_WORDS words, then starts afresh.
//
// The cache is an open-addressing table keyed by a hash the tokeniser computes while it
// scans the word, and matched against the text in place: a word seen before costs no
// substring and no Map hashing, and every token of it shares one string (whose hash V8
// then keeps, so later Set lookups by the word are cheaper too).

import { LEXICON, type Term } from './lexicon/terms.ts';
import type { Found } from './lexicon/word-index.ts';
import { wordFlags } from './lexicon/vocabulary.ts';

export interface WordInfo {
  /** The word itself (one shared string per distinct word). */
  word: string;
  flags: number;
  lexicon: Found<Term> | undefined;
}

const CAPACITY = 1 << 16;
const MASK = CAPACITY - 1;
/** Start afresh beyond this many words, so the table stays sparse and memory bounded. */
const MAX_WORDS = CAPACITY >> 1;
let hashes = new Int32Array(CAPACITY);
let infos: (WordInfo | undefined)[] = new Array(CAPACITY).fill(undefined);
let size = 0;

/** The hash step the tokeniser applies per UTF-16 unit (FNV-1a). */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 16777619);
}
export const HASH_SEED = 0x811c9dc5 | 0;

function sameText(word: string, text: string, s: number, e: number): boolean {
  if (word.length !== e - s) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(s + k)) return false;
  return true;
}

/** Facts about text[s, e), whose hashStep hash from HASH_SEED is `h`. */
export function wordInfoAt(text: string, s: number, e: number, h: number): WordInfo {
  let slot = h & MASK;
  for (;;) {
    const info = infos[slot];
    if (info === undefined) break;
    if (hashes[slot] === h && sameText(info.word, text, s, e)) return info;
    slot = (slot + 1) & MASK;
  }
  if (size >= MAX_WORDS) {
    hashes = new Int32Array(CAPACITY);
    infos = new Array(CAPACITY).fill(undefined);
    size = 0;
    slot = h & MASK;
  }
  const word = text.slice(s, e);
  const info: WordInfo = { word, flags: wordFlags(word), lexicon: LEXICON.lookup(word) };
  hashes[slot] = h;
  infos[slot] = info;
  size++;
  return info;
}

/** Facts about one word given as a string. */
export function wordInfo(word: string): WordInfo {
  let h = HASH_SEED;
  for (let k = 0; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
  return wordInfoAt(word, 0, word.length, h);
}
