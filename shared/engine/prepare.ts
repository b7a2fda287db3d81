// Normalised text and tokens of a comment, remembered for the last few texts: callers run
// contextQuery and then evaluate on the same comment, and both need the same preparation.
// The memo only skips repeated work; results are identical with or without it.

import type { Normalised } from './types.ts';
import type { Token } from './tokens.ts';
import { normalise } from './normalise.ts';
import { tokenise } from './tokens.ts';

export interface Prepared {
  norm: Normalised;
  tokens: readonly Token[];
}

const SIZE = 4;
const texts: (string | undefined)[] = new Array(SIZE).fill(undefined);
const prepared: (Prepared | undefined)[] = new Array(SIZE).fill(undefined);
let next = 0;

export function prepare(text: string): Prepared {
  for (let i = 0; i < SIZE; i++) {
    if (texts[i] === text) return prepared[i] as Prepared;
  }
  const norm = normalise(text);
  const result: Prepared = { norm, tokens: tokenise(norm.text) };
  texts[next] = text;
  prepared[next] = result;
  next = (next + 1) % SIZE;
  return result;
}
