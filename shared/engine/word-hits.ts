// Looks every token up in the built-in lexicon once, for all word checks, and drops the
// matches a site allows.

import type { CompiledPolicy } from './compiled-policy.ts';
import type { Normalised } from './types.ts';
import type { Token } from './tokens.ts';
import type { WordHit } from './checks/check.ts';
import { textSpan } from './normalise.ts';

/** "idiot-proof", "fool-proofed": the word names who a design guards against, not anyone present. */
function provesAgainst(tokens: readonly Token[], i: number, text: string): boolean {
  const next = tokens[i + 1];
  return next !== undefined && next.s === tokens[i].e + 1 && text.charCodeAt(tokens[i].e) === 45 && next.w.startsWith('proof');
}

export function wordHits(tokens: readonly Token[], norm: Normalised, compiled: CompiledPolicy): (WordHit | undefined)[] {
  const hits = new Array<WordHit | undefined>(tokens.length);
  let allowed: Set<number> | undefined;
  for (const hit of compiled.allowPhrases.matchAll(tokens)) {
    allowed ??= new Set();
    for (let i = hit.start; i < hit.end; i++) allowed.add(i);
  }
  // Most sites allow no words: skip the per-token Set lookups then.
  const allowWords = compiled.allowWords.size > 0 ? compiled.allowWords : undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (allowed?.has(i) || (allowWords !== undefined && allowWords.has(token.w))) continue;
    let found = token.info.lexicon;
    let s = token.s;
    // Spaced letters after an article join up with it ("a d i c k" -> "adick"): try without it.
    if (!found && token.info.afterArticle) {
      const rest = token.info.afterArticle;
      // Only when the article was typed apart from the letters (reading the maps is not free).
      if (rest && textSpan(norm, token.s, token.s + 1)[1] < textSpan(norm, token.s + 1, token.s + 2)[0]) {
        found = rest;
        s = token.s + 1;
      }
    }
    // "@ss", "@sshole": a leading @ is kept for mentions, but this one stands for an a.
    if (!found && token.info.atAsA) found = token.info.atAsA;
    if (found && provesAgainst(tokens, i, norm.text)) continue;
    if (found && (allowWords === undefined || !allowWords.has(found.term))) hits[i] = { term: found.term, stem: found.stem === true, entry: found.entry, s, e: token.e };
  }
  return hits;
}
