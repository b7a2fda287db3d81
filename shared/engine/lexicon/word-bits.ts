// The vocabulary bits: which checks care about a word. A leaf module, so that the word
// lists can name their bit without importing the vocabulary that is built from them.

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
  // Second words of each built-in phrase set: a token whose next word has no such bit starts
  // only that set's one-word phrases, so the second-word Map lookup is skipped.
  directedSecond: 4096,
  threatSecond: 8192,
  spamSecond: 16384,
  identitySecond: 32768,
} as const;
