// One score table turns hits into points: the default scores (fitted on the labelled
// corpus by `sieve fit`, shipped in default-scores.json), over the registry's base scores,
// under a site's own overrides by rule id. A hit contributes weight × score / baseScore.

import fitted from './default-scores.json' with { type: 'json' };
import { RULES, RULE_IDS, isRuleId, type RuleId } from './rules.ts';

export type ScoreTable = Readonly<Record<RuleId, number>>;

function defaultScores(): ScoreTable {
  const table = {} as Record<RuleId, number>;
  const given: Record<string, number> = fitted.scores;
  for (const id of RULE_IDS) {
    const score = given[id];
    table[id] = typeof score === 'number' && Number.isFinite(score) && score >= 0 ? score : RULES[id].baseScore;
  }
  return Object.freeze(table);
}

/** What each rule scores before a site changes anything. */
export const DEFAULT_SCORES: ScoreTable = defaultScores();

/** The site's table: the defaults with its overrides by rule id (validated by the policy schema). */
export function scoreTable(overrides: Readonly<Record<string, number>>): ScoreTable {
  const ids = Object.keys(overrides);
  if (ids.length === 0) return DEFAULT_SCORES;
  const table = { ...DEFAULT_SCORES };
  for (const id of ids) if (isRuleId(id)) table[id] = overrides[id];
  return Object.freeze(table);
}

/** Every rule's factor under a table, computed once per table (tables are frozen). */
const factorCache = new WeakMap<ScoreTable, Readonly<Record<RuleId, number>>>();

export function scoreFactors(table: ScoreTable): Readonly<Record<RuleId, number>> {
  let factors = factorCache.get(table);
  if (factors === undefined) {
    const built = {} as Record<RuleId, number>;
    for (const id of RULE_IDS) {
      const base = RULES[id].baseScore;
      built[id] = base > 0 ? table[id] / base : 1;
    }
    factors = Object.freeze(built);
    factorCache.set(table, factors);
  }
  return factors;
}

/** What a hit's weight is multiplied by under a table: its rule's score over its base score. */
export function scoreFactor(table: ScoreTable, rule: RuleId): number {
  const factor = scoreFactors(table)[rule];
  if (factor !== undefined) return factor;
  const base = RULES[rule].baseScore;
  return base > 0 ? table[rule] / base : 1;
}
