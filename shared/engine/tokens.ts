// Words of the normalised `text` layer, with the punctuation that separates them reduced
// to what the checks need: a clause break (. ! ? ; newline) or a comma before the word.
// Punctuation that only pauses a running phrase is no break: an ellipsis after a word that
// leaves the phrase open ("you are a... piece of... garbage", "you... idiot"), and full stops
// typed between single words for emphasis ("You. Absolute. Moron.").

import { isAlnumCode } from './chars.ts';
import { HASH_SEED, hashStep, wordInfoAt, type WordInfo } from './word-info.ts';
import { COPULAS, SECOND_PERSON, YOU_ARE, YOUR } from './lexicon/address.ts';

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

/**
 * Words after which a phrase cannot be over, so an ellipsis after them is a pause: articles,
 * determiners, prepositions, conjunctions, intensifiers, auxiliaries, "you are", and the
 * fillers of a pause itself ("a... well... a hack").
 */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'this', 'these', 'those', 'such', 'my', 'his', 'her', 'their', 'our', 'its',
  'of', 'to', 'for', 'with', 'by', 'from', 'like', 'than', 'as', 'about', 'into', 'at', 'in', 'on',
  'and', 'or', 'but', 'nor', 'so', 'very', 'really', 'total', 'complete', 'absolute', 'utter',
  'just', 'is', 'am', 'was', 'will', 'would', 'should', 'shall', 'can', 'could', 'must', 'might',
  'gonna', 'wanna', 'gotta', 'well', 'um', 'umm', 'uh', 'uhh', 'er', 'erm', 'hmm', 'ahem',
]);

/**
 * Whether a phrase is still open after `previous`. "you" is when it opens its clause
 * ("you... idiot", "you... are... pathetic"), not as an object ("see you... stupid traffic").
 */
function leavesPhraseOpen(previous: Token): boolean {
  const w = previous.w;
  if (SECOND_PERSON.has(w)) return previous.brk;
  return FUNCTION_WORDS.has(w) || COPULAS.has(w) || YOU_ARE.has(w) || YOUR.has(w);
}

/** What lay between the previous word and the next one. */
const GAP_NONE = 0;
/** One full stop or exclamation mark: a sentence end, unless words are being stressed one by one. */
const GAP_STOP = 1;
/** Only ellipses ("...", "…"): a pause, or an end. */
const GAP_ELLIPSIS = 2;
/** ? ; : a newline, or stops mixed with other marks: always an end. */
const GAP_END = 3;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let brk = true;
  let comma = false;
  let quoteOpen = false;
  // Clauses of one word each, ended by single stops, right before this word ("You. Absolute.").
  let oneWordClauses = 0;
  // Whether a break was typed before the previous word (before any joining).
  let previousTypedBrk = false;
  // Whether the previous word was joined to the words stressed apart before it.
  let previousStressed = false;
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
    const typedBrk = brk;
    // Words with no break between them (most of them) need none of this.
    if ((brk || previousStressed) && tokens.length > 0) {
      const previous = tokens[tokens.length - 1];
      const gap = brk ? gapBetween(text, previous.e, s) : GAP_NONE;
      if (gap === GAP_ELLIPSIS && leavesPhraseOpen(previous)) brk = false;
      // "You. Idiot.": "you" alone is no sentence; it addresses someone, and what follows says how.
      if (gap === GAP_STOP && previous.brk && SECOND_PERSON.has(previous.w)) brk = false;
      // "You. Absolute. Moron.": from the third word stressed apart on, they read as one phrase;
      // a word followed by more words of its clause was not stressed apart after all.
      if (!typedBrk && previousStressed) previous.brk = true;
      const aloneBefore = previousTypedBrk && gap === GAP_STOP;
      previousStressed = aloneBefore && oneWordClauses >= 1;
      if (previousStressed) {
        previous.brk = false;
        brk = false;
      }
      oneWordClauses = aloneBefore ? oneWordClauses + 1 : 0;
    } else oneWordClauses = 0;
    previousTypedBrk = typedBrk;
    tokens.push({ w: info.word, s, e: i, brk, comma, quoted, cite: 0, f: info.flags, info });
    brk = false;
    comma = false;
    quoteOpen = false;
  }
  return tokens;
}

/** What the marks in text[from, to) between two words amount to (see GAP_*). */
function gapBetween(text: string, from: number, to: number): number {
  let gap = GAP_NONE;
  for (let x = from; x < to; x++) {
    const c = text.charCodeAt(x);
    let mark = GAP_NONE;
    if (c === 46) {
      let end = x + 1;
      while (end < to && text.charCodeAt(end) === 46) end++;
      mark = end - x >= 2 ? GAP_ELLIPSIS : GAP_STOP;
      x = end - 1;
    } else if (c === 33) mark = GAP_STOP;
    else if (c === 63 || c === 59 || c === 10 || c === 58) return GAP_END;
    if (mark === GAP_NONE) continue;
    gap = gap === GAP_NONE ? mark : gap === mark && mark === GAP_ELLIPSIS ? GAP_ELLIPSIS : GAP_END;
  }
  return gap;
}
