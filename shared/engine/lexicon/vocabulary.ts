// Which checks care about a word, as bits, so that each token costs one Map lookup (done
// by the tokeniser) instead of one per check. Built-in phrase sets and word classes
// register here when their modules load.

export const WORD = {
  directedFirst: 1,
  threatFirst: 2,
  spamFirst: 4,
  violent: 8,
  passive: 16,
  group: 32,
  earning: 64,
  /** "www", "http": spelled-out link openers. */
  linkWord: 128,
  /** "one", "five", "plus": digits spelled as words. */
  digitWord: 256,
  /** "call", "text", "whatsapp": asks to be contacted. */
  contact: 512,
  /** A word of one of the self-promotion word classes (lexicon/promotion-words.ts). */
  promotionWord: 1024,
  /** First words of the identity-attack phrases ("go back where you came from"). */
  identityFirst: 2048,
} as const;

const flags = new Map<string, number>();

export function mark(word: string, bit: number): void {
  flags.set(word, (flags.get(word) ?? 0) | bit);
}

export function markAll(words: Iterable<string>, bit: number): void {
  for (const word of words) mark(word, bit);
}

export function wordFlags(word: string): number {
  return flags.get(word) ?? 0;
}
