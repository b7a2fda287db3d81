// The Perspective API attributes Sieve answers, and which of the engine's categories (and
// which lexicon evidence) each one reads. One table: the request parser, the scorer, the
// calibration fit and the README's mapping all come from it.

import type { Category } from '../engine/types.ts';

/** Lexicon evidence below any rule: words of a kind present in the text, aimed at no one the rules could see. */
export type LexicalKind = 'insult' | 'slur' | 'profane';

export interface AttributeSpec {
  /** The engine categories whose scores (rules plus the site's learned model) the attribute reads. */
  categories: readonly Category[];
  lexical: readonly LexicalKind[];
  /**
   * The corpus labels (test/corpus) that count as the attribute present when its calibration is
   * fitted; null when the corpus has no such labels and the calibration is set by hand.
   */
  positives: readonly string[] | null;
  /** For the README: what the attribute means here. */
  meaning: string;
}

const ABUSE: readonly Category[] = ['insult', 'threat', 'identity'];

export const ATTRIBUTES = {
  TOXICITY: {
    categories: ABUSE,
    lexical: ['insult', 'slur'],
    positives: ['insult', 'threat', 'identity'],
    meaning: 'an insult, threat or identity attack (the insult, threat and identity categories)',
  },
  SEVERE_TOXICITY: {
    categories: ABUSE,
    lexical: ['insult', 'slur'],
    positives: ['threat', 'identity'],
    meaning: 'a threat or an identity attack: the abuse a site removes without discussion',
  },
  INSULT: { categories: ['insult'], lexical: ['insult'], positives: ['insult'], meaning: 'abuse aimed at a person (the insult category)' },
  THREAT: { categories: ['threat'], lexical: [], positives: ['threat'], meaning: 'threats, wishes of harm, incitement to self-harm (the threat category)' },
  IDENTITY_ATTACK: { categories: ['identity'], lexical: ['slur'], positives: ['identity'], meaning: 'attacks on people for who they are (the identity category)' },
  PROFANITY: {
    categories: ['profanity'],
    lexical: ['profane'],
    positives: null,
    meaning: 'swearing, aimed or not (the profanity label); set by hand, the corpus labels no profanity',
  },
  SPAM: {
    categories: ['spam', 'duplicate', 'flood', 'author'],
    lexical: [],
    positives: ['spam'],
    meaning: "Sieve's own: links, promotion, contact details, repetition (the spam category)",
  },
} as const satisfies Record<string, AttributeSpec>;

export type AttributeName = keyof typeof ATTRIBUTES;

export const ATTRIBUTE_NAMES = Object.keys(ATTRIBUTES) as AttributeName[];

export const isAttributeName = (name: string): name is AttributeName => Object.hasOwn(ATTRIBUTES, name);

/** The only language the rules read; any other is answered as Perspective answers an unsupported one. */
export const SUPPORTED_LANGUAGE = 'en';
