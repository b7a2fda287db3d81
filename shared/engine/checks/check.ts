// What every check receives and produces. Checks are plain functions over one prepared
// view of the comment (normalised once, tokenised once, words looked up once).

import type { CommentInput, ContextFacts, Normalised, Outcome, Signal, Span } from '../types.ts';
import type { Policy } from '../policy.ts';
import type { Token } from '../tokens.ts';
import type { Term } from '../lexicon/terms.ts';
import type { CompiledPolicy } from '../compiled-policy.ts';
import { textSpan } from '../normalise.ts';

/** A signal, plus an outcome a site word rule forces regardless of scores. */
export interface Finding extends Signal {
  force?: Outcome;
}

export interface WordHit {
  term: string;
  /** Matched as a stem with an ending ("pissed"), not as a spelling of the term. */
  stem: boolean;
  entry: Term;
  /** Token span in the normalised text (may start after the token's start, see joined letters). */
  s: number;
  e: number;
}

export interface CheckInput {
  comment: CommentInput;
  norm: Normalised;
  tokens: readonly Token[];
  /** Built-in lexicon match per token (undefined when none or allowed by the site). */
  hits: (WordHit | undefined)[];
  /** The lexicon term each token reads as ("fuck" for "f*ck"), for phrase matching. */
  canonical: (string | undefined)[];
  policy: Policy;
  compiled: CompiledPolicy;
  facts: ContextFacts;
}

export type Check = (input: CheckInput, out: Finding[]) => void;

/** Original-text span of tokens [from, to). */
export function tokenSpan(input: CheckInput, from: number, to: number): Span {
  return textSpan(input.norm, input.tokens[from].s, input.tokens[to - 1].e);
}

/** Original-text span of the lexicon match at token i (which may skip a joined article). */
export function hitSpan(input: CheckInput, i: number): Span {
  const hit = input.hits[i];
  return hit ? textSpan(input.norm, hit.s, hit.e) : tokenSpan(input, i, i + 1);
}

/** The characters the author typed for a span, shortened for a moderator's reading. */
export function typed(text: string, span: Span, max = 40): string {
  const raw = text.slice(span[0], span[1]).replace(/\s+/g, ' ').trim();
  return raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
}

/** `"1d10t" (idiot)` when the author obfuscated the word, else `"idiot"`. */
export function quoteWord(text: string, span: Span, term: string): string {
  const shown = typed(text, span);
  return shown.toLowerCase() === term ? `"${shown}"` : `"${shown}" (${term})`;
}
