// Multi-word phrases matched over tokens in one pass: each phrase is indexed by its first
// word, so a comment costs one Map lookup per word plus the few phrases that start there.
// Phrase syntax: words separated by spaces; `a|b` lists alternatives for one position.

import type { Token } from '../tokens.ts';
import { mark, wordFlags } from './vocabulary.ts';

export interface PhraseHit<T> {
  data: T;
  /** Token index range [start, end). */
  start: number;
  end: number;
}

interface Phrase<T> {
  slots: ReadonlySet<string>[];
  data: T;
}

export class PhraseSet<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  private readonly bit: number;

  /** `bit`: a vocabulary bit for the first words, so tokens that start no phrase are skipped cheaply. */
  constructor(entries: readonly (readonly [phrase: string, data: T])[] = [], bit = 0) {
    this.bit = bit;
    for (const [phrase, data] of entries) this.add(phrase, data);
  }

  add(phrase: string, data: T): void {
    const slots = phrase.trim().split(/\s+/).map((slot) => new Set(slot.split('|')));
    const entry = { slots, data };
    for (const first of slots[0]) {
      if (this.bit !== 0) mark(first, this.bit);
      const list = this.byFirst.get(first) ?? [];
      list.push(entry);
      this.byFirst.set(first, list);
    }
  }

  /**
   * Every phrase that starts at each token; a phrase never spans a clause break.
   * `canonical[i]`, when given, is another reading of token i (e.g. `fuck` for "f*ck").
   */
  matchAll(tokens: readonly Token[], canonical?: readonly (string | undefined)[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    if (this.byFirst.size === 0) return hits;
    const bit = this.bit;
    const at = (slot: ReadonlySet<string>, i: number): boolean =>
      slot.has(tokens[i].w) || (canonical?.[i] !== undefined && slot.has(canonical[i] as string));
    for (let i = 0; i < tokens.length; i++) {
      const alt = canonical?.[i];
      if (bit !== 0 && (tokens[i].f & bit) === 0 && (alt === undefined || (wordFlags(alt) & bit) === 0)) continue;
      const candidates = this.byFirst.get(tokens[i].w) ?? (alt !== undefined ? this.byFirst.get(alt) : undefined);
      if (!candidates) continue;
      for (const { slots, data } of candidates) {
        if (i + slots.length > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < slots.length; k++) {
          const token = tokens[i + k];
          if (token.brk || !at(slots[k], i + k)) {
            ok = false;
            break;
          }
        }
        if (ok) hits.push({ data, start: i, end: i + slots.length });
      }
    }
    return hits;
  }
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
