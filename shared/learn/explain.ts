// Which words of a comment weighed most in a head's verdict, as phrases a moderator can
// read and find: each text feature's weight is shared among the tokens it was read from (a
// gram among the tokens of its chunk, so "t.co/x1" shares between "t", "co" and "x1"),
// then the strongest tokens grow into short phrases with their neighbours. A word common
// in the site's approved comments starts a phrase only when no other word can: "the"
// explains nothing.

import type { Prepared } from '../engine/prepare.ts';
import type { Span } from '../engine/types.ts';
import { typed } from '../engine/checks/check.ts';
import { textSpan } from '../engine/normalise.ts';
import { wordSlot, type Features } from './features.ts';
import { HEAD_COUNT, type LearnedHead, type LearnedModel } from './model.ts';

export interface WeightyPhrase {
  /** As the author typed it (shortened when long). */
  shown: string;
  /** Every place the phrase appears, in the original text. */
  spans: Span[];
}

const MAX_PHRASES = 4;
const MAX_PHRASE_TOKENS = 3;
/** A token joins a phrase, or starts another, when it weighs at least this share of the strongest one... */
const SHARE_OF_STRONGEST = 0.25;
/** ...and a phrase is named when it moves the log-odds by at least this much. */
const MIN_PULL = 0.25;

/**
 * Up to four phrases that pushed the head's log-odds in `direction` (+1: towards the group,
 * -1: towards ok) the most, strongest first. Each feature's weight is read again from the
 * model (only comments the model speaks on are explained).
 */
export function weightiestPhrases(
  model: LearnedModel,
  head: LearnedHead,
  features: Features,
  prepared: Prepared,
  original: string,
  direction: 1 | -1,
): WeightyPhrase[] {
  const { tokens } = prepared;
  const { origins, chunkTokens, values, indices } = features;
  const { weights } = model;
  const unit = direction * head.scale;
  const { lane } = head;
  const count = tokens.length;
  // Read up to `count` only: the scratch may be longer.
  const pull = model.scratch.pull(count);
  // Most slots a comment reads hold no weight (a site's vocabulary is small beside the hash
  // space): those add nothing and are passed over.
  for (let k = 0; k < features.words; k++) {
    const w = weights[HEAD_COUNT * indices[k] + lane];
    if (w === 0) continue;
    const t = origins[k] >> 1;
    const each = unit * w * values[k];
    // A pair's weight is shared by its two words.
    if (origins[k] & 1) {
      pull[t - 1] += each / 2;
      pull[t] += each / 2;
    } else pull[t] += each;
  }
  for (let k = features.words; k < features.words + features.grams; k++) {
    const w = weights[HEAD_COUNT * indices[k] + lane];
    const first = chunkTokens[2 * origins[k]];
    if (w === 0 || first < 0) continue;
    const last = chunkTokens[2 * origins[k] + 1];
    const each = (unit * w * values[k]) / (last - first + 1);
    for (let t = first; t <= last; t++) pull[t] += each;
  }

  let strongest = 0;
  for (let t = 0; t < count; t++) strongest = Math.max(strongest, pull[t]);
  if (strongest <= 0) return [];
  // Measured against all tokens, common ones included, so a weak word does not look strong beside them.
  const floor = strongest * SHARE_OF_STRONGEST;

  const strong: number[] = [];
  for (let t = 0; t < count; t++) if (pull[t] >= floor) strong.push(t);
  strong.sort((a, b) => pull[b] - pull[a] || a - b);
  const rare = strong.filter((t) => !model.commonWords.has(wordSlot(tokens[t].w, model.hashBits)));
  const phrases = grow(rare, pull, floor, prepared, original);
  // Common words only, as when a site approves many comments alike ("kill you next round"):
  // they are then what the model read.
  return phrases.length > 0 ? phrases : grow(strong, pull, floor, prepared, original);
}

/** Phrases grown from the seed tokens, strongest first. */
function grow(seeds: readonly number[], pull: Float64Array, floor: number, prepared: Prepared, original: string): WeightyPhrase[] {
  const { tokens } = prepared;
  const used = new Uint8Array(tokens.length);
  const phrases: WeightyPhrase[] = [];
  for (const seed of seeds) {
    if (used[seed]) continue;
    let from = seed;
    let to = seed;
    // Grow towards the stronger neighbour while it also weighs and no clause break intervenes.
    while (to - from + 1 < MAX_PHRASE_TOKENS) {
      const left = from > 0 && !used[from - 1] && !tokens[from].brk && pull[from - 1] >= floor ? pull[from - 1] : -1;
      const right = to + 1 < tokens.length && !used[to + 1] && !tokens[to + 1].brk && pull[to + 1] >= floor ? pull[to + 1] : -1;
      if (left < 0 && right < 0) break;
      if (right >= left) to++;
      else from--;
    }
    used.fill(1, from, to + 1);
    let phrasePull = 0;
    for (let t = from; t <= to; t++) phrasePull += pull[t];
    if (phrasePull < MIN_PULL) continue;
    const span = textSpan(prepared.norm, tokens[from].s, tokens[to].e);
    const shown = typed(original, span);
    const same = phrases.find((p) => p.shown.toLowerCase() === shown.toLowerCase());
    if (same) same.spans.push(span);
    else if (phrases.length < MAX_PHRASES) phrases.push({ shown, spans: [span] });
  }
  return phrases;
}
