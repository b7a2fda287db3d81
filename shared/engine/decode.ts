// Decoding and folding of single characters for the normaliser: HTML tags and entities,
// backslash escapes copied in from code or data exports, and the NFKC/case/diacritic fold
// of one non-ASCII character (cached, since a text repeats the same few characters).

import { isGenericMark, isInvisible } from './confusables.ts';
import { isAsciiLetter } from './chars.ts';

// Inline tags join their neighbours ("<b>id</b>iot" is one word); any other tag is a space.
export const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'big', 'cite', 'code', 'del', 'em', 'font', 'i', 'ins', 'mark', 'q', 's',
  'small', 'span', 'strike', 'strong', 'sub', 'sup', 'tt', 'u', 'wbr',
]);
// Bounded attribute run: a '<' with no '>' costs at most 1000 steps and never rescans.
export const TAG_RE = /<\/?([a-zA-Z][a-zA-Z0-9]{0,15})(?:[\s/][^<>]{0,1000})?>/y;
export const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/y;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', zwj: '', zwnj: '',
  lrm: '', rlm: '', hellip: '...', mdash: '-', ndash: '-', lsquo: "'", rsquo: "'", sbquo: "'",
  ldquo: '"', rdquo: '"', bdquo: '"', laquo: '"', raquo: '"', copy: '©', reg: '®', trade: '™',
  euro: '€', pound: '£', cent: '¢', yen: '¥', times: '×', middot: '·', bull: '•', deg: '°',
  iexcl: '¡', iquest: '¿', szlig: 'ß', aelig: 'æ', oelig: 'œ', eth: 'ð', thorn: 'þ',
};
const ACCENT_ENTITY_RE = /^([a-zA-Z])(acute|grave|circ|uml|tilde|cedil|ring|slash|caron)$/;
const ACCENT_MARKS: Record<string, string> = {
  acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303',
  cedil: '\u0327', ring: '\u030a', slash: '\u0338', caron: '\u030c',
};

const PUNCTUATION: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'",
  '\u02bc': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u00ab': '"', '\u00bb': '"', '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-',
  '\u2014': '-', '\u2015': '-', '\u2212': '-', '\u00a1': '!',
};

const MARKS_RE = /[\u0300-\u036f]/g;
const SPACE_RE = /^\s+$/u;
const foldCache = new Map<string, string>();

/** NFKC, lower case, Latin/Greek/Cyrillic diacritics dropped, one non-ASCII character. */
export function foldNonAscii(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded !== undefined) return folded;
  const cp = ch.codePointAt(0) ?? 0;
  if (isInvisible(cp) || isGenericMark(cp)) folded = '';
  else if (PUNCTUATION[ch] !== undefined) folded = PUNCTUATION[ch];
  else {
    let s = ch.normalize('NFKC').toLowerCase();
    if (s.length > 0 && s.charCodeAt(0) < 0x530) s = s.normalize('NFD').replace(MARKS_RE, '').normalize('NFC');
    if (SPACE_RE.test(s)) s = s.includes('\n') || cp === 0x2028 || cp === 0x2029 ? '\n' : ' ';
    folded = s;
  }
  if (foldCache.size > 20000) foldCache.clear();
  foldCache.set(ch, folded);
  return folded;
}

export function isLatinDominant(text: string): boolean {
  let latin = 0;
  let lookalike = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) latin++;
    else if (c >= 0x370 && c <= 0x52f) lookalike++;
  }
  return latin >= lookalike;
}

export function decodeEntity(m: RegExpExecArray): string | undefined {
  if (m[1] !== undefined || m[2] !== undefined) {
    const cp = m[1] !== undefined ? Number(m[1]) : parseInt(m[2], 16);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
  }
  const name = m[3];
  const named = NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()];
  if (named !== undefined) return named;
  const accented = ACCENT_ENTITY_RE.exec(name);
  return accented ? (accented[1] + ACCENT_MARKS[accented[2]]).normalize('NFC') : undefined;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** Length of a backslash escape at i ("\\n", "\\xNN", "\\uNNNN", "\\'"), or 0. */
export function escapeWidth(input: string, i: number): number {
  const next = input.charCodeAt(i + 1);
  if (next === 110 || next === 114 || next === 116 || next === 39 || next === 34) return 2; // n r t ' "
  if (next === 120 && isHex(input.charCodeAt(i + 2)) && isHex(input.charCodeAt(i + 3))) return 4;
  if (next === 117) {
    for (let k = 2; k < 6; k++) if (!isHex(input.charCodeAt(i + k))) return 0;
    return 6;
  }
  return 0;
}

export function decodeEscape(input: string, i: number, width: number): string {
  const kind = input[i + 1];
  if (kind === 'n' || kind === 'r') return '\n';
  if (kind === 't') return ' ';
  if (kind === "'" || kind === '"') return kind;
  const code = parseInt(input.slice(i + 2, i + width), 16);
  // "\\xc2\\xa0" is UTF-8 split into bytes: the high bytes are fragments, not letters.
  if (kind === 'x') return code < 128 ? String.fromCharCode(code) : code === 0xa0 ? ' ' : '';
  return String.fromCharCode(code);
}
