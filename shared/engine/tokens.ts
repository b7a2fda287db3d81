// Words of the normalised `text` layer, with the punctuation that separates them reduced
// to what the checks need: a clause break (. ! ? ; newline) or a comma before the word.

import { isAlnumCode } from './chars.ts';
import { wordFlags } from './lexicon/vocabulary.ts';

export interface Token {
  /** The normalised word. */
  w: string;
  /** [s, e) in the normalised `text` layer. */
  s: number;
  e: number;
  /** A clause break (. ! ? ; : newline) lies between the previous word and this one. */
  brk: boolean;
  /** A comma lies between the previous word and this one. */
  comma: boolean;
  /** The word is wrapped in quotes: it is being mentioned, not used. */
  quoted: boolean;
  /** Vocabulary bits (see lexicon/vocabulary.ts): which checks care about this word. */
  f: number;
}

// 1 = word character, by ASCII code; other codes ask chars.ts.
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = c === 42 || isAlnumCode(c) ? 1 : 0;

function isWordChar(code: number): boolean {
  return code < 128 ? ASCII_WORD[code] === 1 : isAlnumCode(code);
}

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let brk = true;
  let comma = false;
  let quoteOpen = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    const startsMention = c === 64 && i + 1 < n && isWordChar(text.charCodeAt(i + 1));
    if (!isWordChar(c) && !startsMention) {
      if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 58) brk = true;
      else if (c === 44) comma = true;
      quoteOpen = c === 34 || c === 39;
      i++;
      continue;
    }
    const s = i;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isWordChar(d)) i++;
      // An apostrophe inside a word ("you're") belongs to it; around it, it is a quote.
      else if (d === 39 && i + 1 < n && isWordChar(text.charCodeAt(i + 1)) && isWordChar(text.charCodeAt(i - 1))) i++;
      else break;
    }
    const after = i < n ? text.charCodeAt(i) : 0;
    const quoted = quoteOpen && (after === 34 || after === 39);
    const w = text.slice(s, i);
    tokens.push({ w, s, e: i, brk, comma, quoted, f: wordFlags(w) });
    brk = false;
    comma = false;
    quoteOpen = false;
  }
  return tokens;
}
