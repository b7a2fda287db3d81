// A comment as a sparse vector for the learned model: its words, adjacent word pairs and
// character 3-5-grams of the normalised text, plus the rules the checks fired and their
// score per category, hashed into a fixed space of 2^hashBits slots. It reads the tokens
// the engine already made, so a model costs the worker no second tokenisation. Pure: the
// vector is written into scratch arrays the caller passes in (or fresh ones).

import type { Prepared } from '../engine/prepare.ts';
import type { Finding } from '../engine/checks/check.ts';

export interface Features {
  length: number;
  /** Features [0, words) are words and pairs, [words, words + grams) character grams, the rest rules. */
  words: number;
  grams: number;
  indices: Int32Array;
  values: Float32Array;
  /**
   * Where each text feature was read, for an explanation: a word feature's is 2t for token t
   * and 2t + 1 for the pair of tokens t - 1 and t; a gram's is its chunk (see chunkTokens).
   */
  origins: Int32Array;
  /** Chunk c (a run of text between spaces) holds tokens [chunkTokens[2c], chunkTokens[2c + 1]]; -1, -1 when none ("!!!"). */
  chunkTokens: Int32Array;
}

/** The part of a rule finding the model reads. */
export type RuleHit = Pick<Finding, 'rule' | 'category' | 'weight'>;

// Models are stored with their hashed indices: this hashing must never change within a
// format version (FNV-1a over UTF-16 units, finished with murmur3's avalanche so that the
// low bits used as the slot are well mixed).
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

function step(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function hashString(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h;
}

// One seed per kind of feature, so "you" the word and "you" the 3-gram are different slots.
const WORD_SEED = step(FNV_OFFSET, 0x77);
const PAIR_SEED = step(FNV_OFFSET, 0x70);
const GRAM_SEED = step(FNV_OFFSET, 0x63);
const RULE_SEED = step(FNV_OFFSET, 0x72);
const CATEGORY_SEED = step(FNV_OFFSET, 0x6b);
const SPACE = 32;

/** 2^18 slots: few collisions for a site's vocabulary, and 1 MB of 16-bit weights for both heads in memory. */
export const DEFAULT_HASH_BITS = 18;

/** Gram lengths: addGrams writes its loop out for exactly these. */
const MIN_GRAM = 3;
const MAX_GRAM = 5;
/**
 * Text features are read from this many characters of the normalised text: enough to
 * judge any comment by its start, and a 10,000-character flood costs no more than this.
 */
export const MAX_TEXT = 2000;
/** A stacked rule (a profanity count, a long flood) must not outweigh all the text. */
const MAX_RULE_VALUE = 4;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 12 || code === 0xa0;
}

/** The slot of a word's own feature (its unigram). */
export function wordSlot(word: string, hashBits: number): number {
  return finish(hashString(WORD_SEED, word)) & ((1 << hashBits) - 1);
}

/**
 * Arrays reused for one comment's features after another, so that reading a comment
 * allocates nothing (typed arrays are costly to allocate and collect). The features a call
 * returns live in them until the next call with the same scratch.
 */
export class FeatureScratch {
  indices = new Int32Array(0);
  values = new Float32Array(0);
  origins = new Int32Array(0);
  /** The characters grams are read from, and two numbers per chunk. */
  codes = new Uint16Array(0);
  chunkTokens = new Int32Array(0);

  reserve(features: number, characters: number): void {
    if (features > this.indices.length) {
      const size = Math.max(features, 2 * this.indices.length, 1024);
      this.indices = new Int32Array(size);
      this.values = new Float32Array(size);
      this.origins = new Int32Array(size);
    }
    if (characters > this.codes.length) {
      const size = Math.max(characters, 2 * this.codes.length, 512);
      this.codes = new Uint16Array(size);
      this.chunkTokens = new Int32Array(2 * size);
    }
  }
}

/**
 * The feature vector of a prepared comment and the rule findings the checks made for it.
 * Words and grams each form a group scaled to unit length (1/sqrt of its size), so a long
 * comment does not weigh more than a short one; a rule weighs its finding's weight.
 */
export function extractFeatures(prepared: Prepared, hits: readonly RuleHit[], hashBits: number, scratch = new FeatureScratch()): Features {
  const mask = (1 << hashBits) - 1;
  const text = prepared.norm.text;
  const textEnd = Math.min(text.length, MAX_TEXT);
  const { tokens } = prepared;
  let tokenCount = 0;
  while (tokenCount < tokens.length && tokens[tokenCount].e <= textEnd) tokenCount++;
  scratch.reserve(2 * tokenCount + (MAX_GRAM - MIN_GRAM + 1) * (textEnd + 2) + 2 * hits.length, textEnd + 2);
  const { indices, values, origins, chunkTokens } = scratch;
  // Counted in a local, not on the result, to keep the loops tight.
  let n = 0;
  // Each word's characters are read once for three hashes: the word's own, the pair that ends
  // with it (continuing the previous word's pair prefix), and its own pair prefix for the next.
  let pairPrefix = 0;
  for (let t = 0; t < tokenCount; t++) {
    const w = tokens[t].w;
    let word = WORD_SEED;
    let pair = pairPrefix;
    let prefix = PAIR_SEED;
    for (let i = 0; i < w.length; i++) {
      const code = w.charCodeAt(i);
      word = step(word, code);
      pair = step(pair, code);
      prefix = step(prefix, code);
    }
    indices[n] = finish(word) & mask;
    origins[n++] = 2 * t;
    // A pair across a clause break ("... channel. My ...") is not a phrase.
    if (t > 0 && !tokens[t].brk) {
      indices[n] = finish(pair) & mask;
      origins[n++] = 2 * t + 1;
    }
    pairPrefix = step(prefix, SPACE);
  }
  const words = n;
  n = addGrams(scratch, n, text, textEnd, tokens, tokenCount, mask);
  const grams = n - words;
  if (words > 0) values.fill(groupValue(words), 0, words);
  if (grams > 0) values.fill(groupValue(grams), words, n);

  // Each rule fires too rarely in a site's labels to learn much from; its category's score,
  // shared by all the category's rules, carries what the rules think to the model.
  const categories = new Map<string, number>();
  const rule = (hash: number, weight: number) => {
    indices[n] = finish(hash) & mask;
    values[n] = Math.max(-MAX_RULE_VALUE, Math.min(MAX_RULE_VALUE, weight));
    origins[n++] = -1;
  };
  for (const hit of hits) {
    rule(hashString(RULE_SEED, hit.rule), hit.weight);
    categories.set(hit.category, (categories.get(hit.category) ?? 0) + hit.weight);
  }
  for (const [category, score] of categories) rule(hashString(CATEGORY_SEED, category), score);
  return { length: n, words, grams, indices, values, origins, chunkTokens };
}

/**
 * Writes the character 3-5-grams of text[0, end) from feature `from` on and returns where
 * they end. Whitespace runs read as one space, with a space before and after. A gram may
 * start or end at a space but not run across one: grams of one chunk ("word", "$500", "://",
 * "👉👉"), a third fewer than across words, and no worse measured.
 */
function addGrams(
  { codes, chunkTokens, indices, origins }: FeatureScratch,
  from: number,
  text: string,
  end: number,
  tokens: Prepared['tokens'],
  tokenCount: number,
  mask: number,
): number {
  let n = 0;
  let chunks = 0;
  let chunkStart = -1;
  // Tokens only move forward with the chunks, so one pointer finds each chunk's tokens.
  let token = 0;
  const closeChunk = (chunkEnd: number) => {
    while (token < tokenCount && tokens[token].e <= chunkStart) token++;
    let last = token;
    while (last < tokenCount && tokens[last].s < chunkEnd) last++;
    chunkTokens[2 * chunks] = last > token ? token : -1;
    chunkTokens[2 * chunks + 1] = last > token ? last - 1 : -1;
    chunks++;
    chunkStart = -1;
  };
  codes[n++] = SPACE;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c)) {
      if (chunkStart < 0) chunkStart = i;
      codes[n++] = c;
    } else if (codes[n - 1] !== SPACE) {
      closeChunk(i);
      codes[n++] = SPACE;
    }
  }
  if (codes[n - 1] !== SPACE) {
    closeChunk(end);
    codes[n++] = SPACE;
  }

  // A gram belongs to the chunk it starts in, or, starting at a space, to the next one.
  // The 3-, 4- and 5-gram starting at j, written out (the hot loop of feature extraction): each
  // grows from the one before, and none runs on past a space it has reached.
  let out = from;
  let chunk = 0;
  for (let j = 0; j + MIN_GRAM <= n; j++) {
    const c0 = codes[j];
    if (j > 0 && c0 === SPACE) chunk++;
    const c1 = codes[j + 1];
    if (c1 === SPACE) continue;
    const c2 = codes[j + 2];
    let h = step(step(step(GRAM_SEED, c0), c1), c2);
    indices[out] = finish(h) & mask;
    origins[out++] = chunk;
    if (j + 3 >= n || c2 === SPACE) continue;
    const c3 = codes[j + 3];
    h = step(h, c3);
    indices[out] = finish(h) & mask;
    origins[out++] = chunk;
    if (j + 4 >= n || c3 === SPACE) continue;
    h = step(h, codes[j + 4]);
    indices[out] = finish(h) & mask;
    origins[out++] = chunk;
  }
  return out;
}

/** The value of each of a group's `count` features: the group has unit length. */
export function groupValue(count: number): number {
  return 1 / Math.sqrt(count);
}
