// Character classes shared by the normaliser and the tokeniser. Non-ASCII lookups go
// through a lazily filled table so that a Unicode property regex runs once per code point.

const LETTER_RE = /\p{L}/u;
const DIGIT_RE = /\p{N}/u;
// 0 = not computed, 1 = letter, 2 = digit, 3 = neither
const bmpClass = new Uint8Array(0x10000);

function classOf(code: number): number {
  let k = bmpClass[code];
  if (k === 0) {
    const ch = String.fromCharCode(code);
    k = LETTER_RE.test(ch) ? 1 : DIGIT_RE.test(ch) ? 2 : 3;
    bmpClass[code] = k;
  }
  return k;
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** A letter in any script. Surrogate halves count as letters so astral scripts stay whole words. */
export function isLetterCode(code: number): boolean {
  if (code < 128) return isAsciiLetter(code);
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return classOf(code) === 1;
}

export function isDigitCode(code: number): boolean {
  if (code < 128) return code >= 48 && code <= 57;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return classOf(code) === 2;
}

export function isAlnumCode(code: number): boolean {
  return isLetterCode(code) || isDigitCode(code);
}

export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 10;
}
