// What every check receives and produces. Checks are plain functions over one prepared
// view of the comment (normalised once, tokenised once, words looked up once).

import type { CommentInput, ContextFacts, Normalised, Outcome, Signal, Span } from '../types.ts';
import type { Policy } from '../policy.ts';
import type { Token } from '../tokens.ts';
import type { Term } from '../lexicon/terms.ts';
import type { CompiledPolicy } from '../compiled-policy.ts';
import type { RuleId } from '../rules.ts';
import { textSpan } from '../normalise.ts';

/** A signal, plus an outcome a site word rule forces regardless of scores. */
export interface Finding extends Signal {
  rule: RuleId;
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

/**
 * Most signals one check reports per comment. Beyond this the outcome cannot change, and a
 * 10,000-character comment of one insult repeated must not cost thousands of reasons.
 */
export const MAX_SIGNALS = 10;

// Words that report speech or writing: a quoted passage near one is someone else's words.
const REPORTING = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tell', 'tells', 'telling', 'called', 'calling', 'quote', 'quotes',
  'quoted', 'quoting', 'shouted', 'shouting', 'shouts', 'yelled', 'yelling', 'screamed', 'screaming',
  'chanted', 'chanting', 'wrote', 'writes', 'written', 'posted', 'tweeted', 'tweet', 'messaged', 'message',
  'messages', 'replied', 'replies', 'heard', 'read', 'reads', 'words', 'phrase', 'accused', 'asked',
  'texted', 'emailed', 'letter', 'sign', 'banner', 'graffiti', 'headline', 'titled', 'slogan', 'sent',
  'received', 'reported', 'claimed', 'claims', 'comment', 'comments', 'threatened', 'threat', 'threats',
  'yells', 'screams', 'writing', 'lyric', 'lyrics', 'sings', 'sang', 'line',
  // Base forms after "used to", "to", "people": "used to YELL 'you're useless'", "okay to WRITE '...'".
  'yell', 'write', 'shout', 'scream', 'chant', 'post', 'reply', 'text', 'insult', 'insults', 'abuse',
  'whispers', 'whispered', 'mutters', 'muttered', 'growls', 'growled', 'snarls', 'snarled', 'hisses', 'hissed',
  'posting', 'sending', 'commenting', 'typing', 'spamming', 'spams',
]);

/**
 * Whether tokens [start, end) lie in one quoted passage that the sentence around it
 * reports ("the judge said the message 'I know where you live' was enough").
 */
export function isReported(input: CheckInput, start: number, end: number): boolean {
  const { tokens } = input;
  const cite = tokens[start].cite;
  if (cite === 0 || tokens[end - 1].cite !== cite) return false;
  const first = cite - 1;
  let last = end;
  while (last < tokens.length && tokens[last].cite === cite) last++;
  for (let k = first - 1; k >= 0 && k >= first - 12 && !tokens[k + 1].brk; k--) {
    if (REPORTING.has(tokens[k].w)) return true;
  }
  for (let k = last; k < tokens.length && k < last + 6; k++) {
    if (tokens[k].brk) break;
    if (REPORTING.has(tokens[k].w)) return true;
  }
  return false;
}

/** "being TOLD TO go away", "telling people to shut up": an order reported, not given. */
export function toldTo(tokens: readonly Token[], start: number): boolean {
  if (start < 2 || tokens[start].brk || tokens[start - 1].w !== 'to' || tokens[start - 1].brk) return false;
  let k = start - 2;
  if (k > 0 && !tokens[k].brk && (tokens[k].w === 'people' || tokens[k].w === 'them' || tokens[k].w === 'him' || tokens[k].w === 'her' || tokens[k].w === 'others')) k--;
  return TOLD.has(tokens[k].w);
}

const TOLD = new Set(['told', 'telling', 'tells', 'tell', 'asked', 'asking', 'urged', 'urging', 'ordered', 'encouraged', 'encouraging']);

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
