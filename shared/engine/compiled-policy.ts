// The parts of a policy that checks read per comment, prepared once per policy object
// (site word lists normalised and indexed). Cached by identity, so callers that reuse a
// policy pay nothing; the result depends only on the policy, so evaluate stays pure.

import type { Policy } from './policy.ts';
import { normalise } from './normalise.ts';
import { tokenise } from './tokens.ts';
import { PhraseSet } from './lexicon/phrase-set.ts';
import { scoreTable, type ScoreTable } from './score-table.ts';

type WordRule = Policy['words'][number];

export interface CompiledPolicy {
  /** Whole-word site rules (reject/flag), matched over tokens. */
  wordRules: PhraseSet<WordRule>;
  /** Substring site rules (reject/flag), matched anywhere in the normalised text. */
  substringRules: { needle: string; rule: WordRule }[];
  /** Words and phrases the site allows: built-in matches on them are dropped. */
  allowWords: Set<string>;
  allowPhrases: PhraseSet<WordRule>;
  /** Every rule's score: the defaults under the site's overrides. */
  scores: ScoreTable;
}

const cache = new WeakMap<Policy, CompiledPolicy>();

export function compilePolicy(policy: Policy): CompiledPolicy {
  const cached = cache.get(policy);
  if (cached) return cached;
  const compiled: CompiledPolicy = {
    wordRules: new PhraseSet(),
    substringRules: [],
    allowWords: new Set(),
    allowPhrases: new PhraseSet(),
    scores: scoreTable(policy.scores),
  };
  for (const rule of policy.words) {
    const words = tokenise(normalise(rule.term).text).map((t) => t.w);
    if (words.length === 0) continue;
    if (rule.action === 'allow') {
      if (words.length === 1) compiled.allowWords.add(words[0]);
      else compiled.allowPhrases.add(words.join(' '), rule);
    } else if (rule.match === 'substring') {
      compiled.substringRules.push({ needle: words.join(' '), rule });
    } else {
      compiled.wordRules.add(words.join(' '), rule);
    }
  }
  cache.set(policy, compiled);
  return compiled;
}
