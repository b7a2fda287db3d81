// Everything the engine knows about one word, looked up once per distinct word and
// cached: which checks care about it (vocabulary bits), its built-in lexicon entry and the
// other readings and hashes the engine needs of it per token.
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
import { wordSetPart } from './hash.ts';
import { promotionClasses } from './lexicon/promotion-words.ts';

export interface WordInfo {
  /** The word itself (one shared string per distinct word). */
  word: string;
  flags: number;
  lexicon: Found<Term> | undefined;
  /**
   * The lexicon entry of the word without its first letter when that is an article run into
   * spaced letters ("a d i c k" -> "adick"); only for words of 4+ units starting a, i or u.
   */
  afterArticle: Found<Term> | undefined;
  /** "@ss", "@sshole": the insult or profanity the word spells with its leading @ read as an a. */
  atAsA: Found<Term> | undefined;
  /** The word's share of the near-same fingerprint (hash.ts, hashTokenSet). */
  setPart: readonly [number, number] | undefined;
  /** Its self-promotion word classes (lexicon/promotion-words.ts), 0 for most words. */
  promotion: number;
}

const CAPACITY = 1 << 15;
const MASK = CAPACITY - 1;
/** Start afresh beyond this many words, so the table stays sparse and memory bounded. */
const MAX_WORDS = CAPACITY >> 1;
/**
 * Slot k holds the word's hash at 2k and its index in `infos` plus one at 2k + 1 (0: empty):
 * one small typed array probed per token, and the words themselves packed densely in the
 * order first seen (the common ones early), so a lookup touches few cache lines.
 */
let slots = new Int32Array(2 * CAPACITY);
let infos: WordInfo[] = [];

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
    const index = slots[2 * slot + 1];
    if (index === 0) break;
    if (slots[2 * slot] === h) {
      const info = infos[index - 1];
      if (sameText(info.word, text, s, e)) return info;
    }
    slot = (slot + 1) & MASK;
  }
  if (infos.length >= MAX_WORDS) {
    slots = new Int32Array(2 * CAPACITY);
    infos = [];
    slot = h & MASK;
  }
  const info = describe(text.slice(s, e));
  infos.push(info);
  slots[2 * slot] = h;
  slots[2 * slot + 1] = infos.length;
  return info;
}

function describe(word: string): WordInfo {
  const first = word.charCodeAt(0);
  // a, i, u
  const afterArticle = word.length >= 4 && (first === 97 || first === 105 || first === 117) ? LEXICON.lookup(word.slice(1)) : undefined;
  let atAsA: Found<Term> | undefined;
  if (first === 64 && word.length <= 10) {
    const asA = LEXICON.lookup(`a${word.slice(1)}`);
    if (asA && (asA.entry.profane || asA.entry.insult > 0) && !asA.stem) atAsA = asA;
  }
  const flags = wordFlags(word);
  return { word, flags, lexicon: LEXICON.lookup(word), afterArticle, atAsA, setPart: wordSetPart(word), promotion: promotionClasses(word, flags) };
}

/** Facts about one word given as a string. */
export function wordInfo(word: string): WordInfo {
  let h = HASH_SEED;
  for (let k = 0; k < word.length; k++) h = hashStep(h, word.charCodeAt(k));
  return wordInfoAt(word, 0, word.length, h);
}
