// Multi-word phrases matched over tokens in one pass: each phrase is indexed by its first
// word, so a comment costs one Map lookup per word plus the few phrases that start there.
// Phrase syntax: words separated by spaces; `a|b` lists alternatives for one position. In the
// built-in lists an alternative may be several words joined by `_` ("instant|same_day
// approval"): each such alternative becomes a phrase of its own, so alternatives of different
// lengths need not be written out as separate entries.

import type { Token } from '../tokens.ts';

export interface PhraseHit<T> {
  data: T;
  /** Token index range [start, end). */
  start: number;
  end: number;
  /** Which phrase matched (two readings of one token can reach the same phrase). */
  phrase?: unknown;
}

interface Phrase<T> {
  slots: ReadonlySet<string>[];
  data: T;
}

/** Everything that starts with one word: one Map lookup per token answers both kinds. */
interface Start<T> {
  singles: Phrase<T>[] | undefined;
  bySecond: Map<string, Phrase<T>[]> | undefined;
}

export class PhraseSet<T> {
  /** One-word phrases by their word. */
  private readonly singles = new Map<string, Phrase<T>[]>();
  /** Longer phrases by first word, then second word: a token costs at most two lookups. */
  private readonly byFirst = new Map<string, Map<string, Phrase<T>[]>>();
  /** Both of the above by first word (kept in step by `add`). */
  private readonly starts = new Map<string, Start<T>>();
  /** The vocabulary bit of this set's first words (lexicon/vocabulary.ts marks them), or 0. */
  readonly bit: number;
  /** The vocabulary bit of the second words of its longer phrases, or 0 (then every next word is looked up). */
  readonly secondBit: number;
  private size = 0;

  /**
   * `bit`: a vocabulary bit for the first words, so tokens that start no phrase are skipped cheaply;
   * `secondBit` likewise for the second words. Sets with bits are complete once built (no `add` after
   * the vocabulary is made from them).
   */
  constructor(entries: readonly (readonly [phrase: string, data: T])[] = [], bit = 0, secondBit = 0) {
    this.bit = bit;
    this.secondBit = secondBit;
    for (const [phrase, data] of entries) for (const variant of multiWordVariants(phrase)) this.add(variant, data);
  }

  add(phrase: string, data: T): void {
    const slots = phrase.trim().split(/\s+/).map((slot) => new Set(slot.split('|')));
    const entry = { slots, data };
    this.size++;
    for (const first of slots[0]) {
      let start = this.starts.get(first);
      if (!start) {
        start = { singles: undefined, bySecond: undefined };
        this.starts.set(first, start);
      }
      if (slots.length === 1) {
        push(this.singles, first, entry);
        start.singles = this.singles.get(first);
        continue;
      }
      let bySecond = this.byFirst.get(first);
      if (!bySecond) {
        bySecond = new Map();
        this.byFirst.set(first, bySecond);
      }
      start.bySecond = bySecond;
      for (const second of slots[1]) push(bySecond, second, entry);
    }
  }

  /**
   * Every phrase that starts at each token; a phrase never spans a clause break.
   * `canonical[i]`, when given, is another reading of token i (e.g. `fuck` for "f*ck").
   */
  matchAll(tokens: readonly Token[], canonical?: readonly (string | undefined)[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    if (this.size === 0) return hits;
    const bit = this.bit;
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i].w;
      const alt = canonical === undefined ? undefined : canonical[i];
      if (bit !== 0 && (tokens[i].f & bit) === 0 && (alt === undefined || !this.startsWith(alt))) continue;
      this.startingWith(hits, w, tokens, canonical, i);
      if (alt !== undefined && alt !== w) this.startingWith(hits, alt, tokens, canonical, i);
    }
    return hits;
  }

  /** The words some phrase starts with. */
  firstWords(): IterableIterator<string> {
    return new Set([...this.singles.keys(), ...this.byFirst.keys()]).values();
  }

  /** The words some longer phrase has second. */
  secondWords(): Set<string> {
    const words = new Set<string>();
    for (const bySecond of this.byFirst.values()) for (const word of bySecond.keys()) words.add(word);
    return words;
  }

  private startsWith(word: string): boolean {
    return this.starts.has(word);
  }

  /** Phrases whose first word is `first`, read at token i. */
  private startingWith(hits: PhraseHit<T>[], first: string, tokens: readonly Token[], canonical: readonly (string | undefined)[] | undefined, i: number): void {
    const start = this.starts.get(first);
    if (start === undefined) return;
    const singles = start.singles;
    if (singles) for (const phrase of singles) addHit(hits, phrase, i, i + 1);
    const bySecond = start.bySecond;
    if (!bySecond || i + 1 >= tokens.length || tokens[i + 1].brk) return;
    const next = tokens[i + 1].w;
    const nextAlt = canonical === undefined ? undefined : canonical[i + 1];
    // Most next words are no phrase's second word: the vocabulary bit says so without a lookup.
    if (this.secondBit === 0 || (tokens[i + 1].f & this.secondBit) !== 0) this.extend(hits, bySecond.get(next), tokens, canonical, i);
    if (nextAlt !== undefined && nextAlt !== next) this.extend(hits, bySecond.get(nextAlt), tokens, canonical, i);
  }

  /** Checks the third and later words of phrases whose first two words match at token i. */
  private extend(hits: PhraseHit<T>[], candidates: Phrase<T>[] | undefined, tokens: readonly Token[], canonical: readonly (string | undefined)[] | undefined, i: number): void {
    if (!candidates) return;
    for (const phrase of candidates) {
      const { slots } = phrase;
      if (i + slots.length > tokens.length) continue;
      let ok = true;
      for (let k = 2; k < slots.length && ok; k++) {
        const token = tokens[i + k];
        const alt = canonical === undefined ? undefined : canonical[i + k];
        ok = !token.brk && (slots[k].has(token.w) || (alt !== undefined && slots[k].has(alt)));
      }
      if (ok) addHit(hits, phrase, i, i + slots.length);
    }
  }
}

/**
 * The phrases a built-in entry stands for: its single-word alternatives stay one position;
 * each `_`-joined alternative is spelled out as words of its own.
 */
function multiWordVariants(phrase: string): string[] {
  let variants = [''];
  for (const slot of phrase.trim().split(/\s+/)) {
    const alternatives = slot.split('|');
    const single = alternatives.filter((a) => !a.includes('_')).join('|');
    const spelled = [...(single ? [single] : []), ...alternatives.filter((a) => a.includes('_')).map((a) => a.replaceAll('_', ' '))];
    variants = variants.flatMap((prefix) => spelled.map((part) => (prefix ? `${prefix} ${part}` : part)));
  }
  return variants;
}

function push<T>(map: Map<string, Phrase<T>[]>, key: string, entry: Phrase<T>): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(entry)) list.push(entry);
  } else map.set(key, [entry]);
}

/** Adds a hit unless the same phrase already matched at the same place (via another reading). */
function addHit<T>(hits: PhraseHit<T>[], phrase: Phrase<T>, start: number, end: number): void {
  for (let h = hits.length - 1; h >= 0 && hits[h].start === start; h--) {
    if (hits[h].phrase === phrase) return;
  }
  hits.push({ data: phrase.data, start, end, phrase });
}

/** Overlapping hits ("go back to your cave" and "go back to") count once: the heaviest. */
export function strongestDisjoint<T>(hits: PhraseHit<T>[], weightOf: (data: T) => number): PhraseHit<T>[] {
  if (hits.length < 2) return hits;
  const sorted = [...hits].sort((a, b) => weightOf(b.data) - weightOf(a.data) || a.start - b.start);
  const used = new Set<number>();
  const taken: PhraseHit<T>[] = [];
  for (const hit of sorted) {
    let free = true;
    for (let i = hit.start; i < hit.end && free; i++) free = !used.has(i);
    if (!free) continue;
    for (let i = hit.start; i < hit.end; i++) used.add(i);
    taken.push(hit);
  }
  return taken.sort((a, b) => a.start - b.start);
}
