// Fast, stable 53-bit hashing (two 32-bit multiply-xorshift lanes, cyrb53-style) for text
// fingerprints. Fingerprints are stored, so these functions must never change; they only
// need to tell texts apart within one site's duplicate window, not resist attackers.

const SEED1 = 0xdeadbeef;
const SEED2 = 0x41c6ce57;

const DIGITS = '0123456789abcdefghijklmnopqrstuv';

/** 53 bits of the two lanes as 11 base-32 digits (no slow number-to-string conversion). */
function finish(h1: number, h2: number): string {
  const a = (Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)) >>> 0;
  const b = (Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909)) >>> 0;
  // 32 bits of a, then 21 bits of b: 7 digits (35 bits, top 3 zero) + 4 digits (20 bits) + 1 bit.
  let out = '';
  for (let shift = 30; shift >= 0; shift -= 5) out += DIGITS[(a >>> shift) & 31];
  for (let shift = 16; shift >= 0; shift -= 5) out += DIGITS[(b >>> shift) & 31];
  return out;
}

export function stableHash(value: string): string {
  let h1 = SEED1;
  let h2 = SEED2;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  return finish(h1, h2);
}

/** The hash of `words.join(' ')`, without building the string. */
export function hashWords(words: readonly { w: string }[]): string {
  let h1 = SEED1;
  let h2 = SEED2;
  for (let k = 0; k < words.length; k++) {
    if (k > 0) {
      h1 = Math.imul(h1 ^ 32, 2654435761);
      h2 = Math.imul(h2 ^ 32, 1597334677);
    }
    const w = words[k].w;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
  }
  return finish(h1, h2);
}

/** One word's share of hashTokenSet: its two mixed lanes, or undefined when the word is left out. */
export function wordSetPart(w: string): readonly [number, number] | undefined {
  let h1 = SEED1;
  let h2 = SEED2;
  let letters = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 39 || c === 42) continue;
    letters++;
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  if (letters < 2) return undefined;
  // Mix each word's lanes before summing, so that similar words do not cancel out.
  return [Math.imul(h1 ^ (h1 >>> 15), 2246822507) >>> 0, Math.imul(h2 ^ (h2 >>> 13), 3266489909) >>> 0];
}

/**
 * An order-insensitive hash of the tokens' words, ignoring digits, apostrophes, masks and
 * one-letter words: "WIN $500 now!" and "now win $900" hash alike. It sums per-word
 * hashes (wordSetPart, kept with each word in the tokeniser's word cache), so it needs no
 * sorting and reads no characters. Undefined when no word is left.
 */
export function hashTokenSet(tokens: readonly { info: { setPart: readonly [number, number] | undefined } }[]): string | undefined {
  let sum1 = 0;
  let sum2 = 0;
  let kept = 0;
  for (let k = 0; k < tokens.length; k++) {
    const part = tokens[k].info.setPart;
    if (part === undefined) continue;
    kept++;
    sum1 = (sum1 + part[0]) >>> 0;
    sum2 = (sum2 + part[1]) >>> 0;
  }
  return kept === 0 ? undefined : finish(sum1 ^ kept, sum2);
}
