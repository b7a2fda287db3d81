// The vocabulary: which checks care about a word, as bits, so that each token costs one
// Map lookup (done once per distinct word, word-info.ts) instead of one per check. Built
// here, once, from the word lists and phrase sets it imports; importing a check registers
// nothing, and the table is complete before any text is read.
//
// The lists must not import this module (they name their bit through word-bits.ts), so no
// import cycle can leave the table half built.

import { WORD } from './word-bits.ts';
import { DIRECTED_PHRASES, THREAT_PHRASES } from './phrases.ts';
import { SPAM_PHRASES } from './spam-phrases.ts';
import { GROUP_WORDS } from './groups.ts';
import { PROMOTION_WORDS } from './promotion-words.ts';
import type { PhraseSet } from './phrase-set.ts';
import { PASSIVE, VIOLENT, VIOLENT_WITH_SUBJECT } from '../checks/threat.ts';
import { CONTACT_WORDS, DIGIT_WORDS, EARNING } from '../checks/spam.ts';
import { LINK_WORDS } from '../checks/links.ts';
import { CALL_VERBS, GO_BACK } from '../checks/identity.ts';

export { WORD } from './word-bits.ts';

function buildVocabulary(): ReadonlyMap<string, number> {
  const flags = new Map<string, number>();
  const markAll = (words: Iterable<string>, bit: number): void => {
    for (const word of words) flags.set(word, (flags.get(word) ?? 0) | bit);
  };
  const phrases = (set: PhraseSet<unknown>): void => {
    markAll(set.firstWords(), set.bit);
    if (set.secondBit !== 0) markAll(set.secondWords(), set.secondBit);
  };
  phrases(DIRECTED_PHRASES);
  phrases(THREAT_PHRASES);
  phrases(SPAM_PHRASES);
  phrases(GO_BACK);
  markAll(VIOLENT, WORD.violent);
  markAll(VIOLENT_WITH_SUBJECT, WORD.violent);
  markAll(PASSIVE, WORD.passive);
  markAll(GROUP_WORDS, WORD.group);
  markAll(EARNING, WORD.earning);
  markAll(LINK_WORDS, WORD.linkWord);
  markAll(DIGIT_WORDS, WORD.digitWord);
  markAll(CONTACT_WORDS, WORD.contact);
  markAll(PROMOTION_WORDS, WORD.promotionWord);
  markAll(CALL_VERBS, WORD.identityFirst);
  return flags;
}

/** Word -> vocabulary bits: fixed once this module has loaded. */
export const VOCABULARY: ReadonlyMap<string, number> = buildVocabulary();

export function wordFlags(word: string): number {
  return VOCABULARY.get(word) ?? 0;
}
