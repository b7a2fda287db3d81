// Words of the normalised `text` layer, with the punctuation that separates them reduced
// to what the checks need: a clause break (. ! ? ; newline) or a comma before the word.

import { isAlnumCode } from './chars.ts';
import { HASH_SEED, hashStep, wordInfoAt, type WordInfo } from './word-info.ts';

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
  /**
   * Inside a quoted passage ("she was told 'go back to your cave'"): the index of the
   * passage's first token plus one, or 0. Quoted words may be someone else's.
   */
  cite: number;
  /** Vocabulary bits (see lexicon/vocabulary.ts): which checks care about this word. */
  f: number;
  /** The word's cached facts, including its built-in lexicon entry. */
  info: WordInfo;
}

// 1 = word character, by ASCII code; other codes ask chars.ts.
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = c === 42 || isAlnumCode(c) ? 1 : 0;

function isWordChar(code: number): boolean {
  return code < 128 ? ASCII_WORD[code] === 1 : isAlnumCode(code);
}

/** Longer "passages" are more likely a stray apostrophe than a quotation. */
const MAX_PASSAGE = 40;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let brk = true;
  let comma = false;
  let quoteOpen = false;
  // The quote character and first token of the passage being read, if any.
  let passageQuote = 0;
  let passageStart = -1;
  while (i < n) {
    const c = text.charCodeAt(i);
    const startsMention = c === 64 && i + 1 < n && isWordChar(text.charCodeAt(i + 1));
    if (!isWordChar(c) && !startsMention) {
      if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 58) brk = true;
      else if (c === 44) comma = true;
      quoteOpen = c === 34 || c === 39;
      if (quoteOpen) {
        const before = i > 0 ? text.charCodeAt(i - 1) : 32;
        const after = i + 1 < n ? text.charCodeAt(i + 1) : 32;
        if (passageStart >= 0 && c === passageQuote && !isWordChar(after) && tokens.length > passageStart) {
          // A closing quote: the words since the opening one were quoted.
          if (tokens.length - passageStart <= MAX_PASSAGE) {
            for (let k = passageStart; k < tokens.length; k++) tokens[k].cite = passageStart + 1;
          }
          passageStart = -1;
        } else if (passageStart < 0 && !isWordChar(before) && isWordChar(after)) {
          passageQuote = c;
          passageStart = tokens.length;
        }
      }
      i++;
      continue;
    }
    const s = i;
    let h = hashStep(HASH_SEED, c);
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      // An apostrophe inside a word ("you're") belongs to it; around it, it is a quote.
      if (isWordChar(d) || (d === 39 && i + 1 < n && isWordChar(text.charCodeAt(i + 1)) && isWordChar(text.charCodeAt(i - 1)))) {
        h = hashStep(h, d);
        i++;
      } else break;
    }
    const after = i < n ? text.charCodeAt(i) : 0;
    const quoted = quoteOpen && (after === 34 || after === 39);
    const info = wordInfoAt(text, s, i, h);
    tokens.push({ w: info.word, s, e: i, brk, comma, quoted, cite: 0, f: info.flags, info });
    brk = false;
    comma = false;
    quoteOpen = false;
  }
  return tokens;
}
