// The engine's one entry point for a decision: pure and synchronous. The caller looks up
// the stream facts first (see contextQuery) and records the outcome afterwards. A site's
// learned model, when passed, adds its findings to the rules' before the decision.

import type { CommentInput, ContextFacts, Decision } from './types.ts';
import type { Policy } from './policy.ts';
import type { Check, CheckInput, Finding } from './checks/check.ts';
import { prepare, type Prepared } from './prepare.ts';
import { compilePolicy, type CompiledPolicy } from './compiled-policy.ts';
import { wordHits } from './word-hits.ts';
import { decide } from './decide.ts';
import { insultCheck } from './checks/insult.ts';
import { threatCheck } from './checks/threat.ts';
import { identityCheck } from './checks/identity.ts';
import { profanityCheck } from './checks/profanity.ts';
import { siteWordsCheck } from './checks/site-words.ts';
import { linksCheck, spacedLinkCheck } from './checks/links.ts';
import { contactCheck, discountCheck, moneyCheck, shapeCheck, spamPhrasesCheck } from './checks/spam.ts';
import { duplicateCheck, floodCheck, historyCheck, networkFloodCheck } from './checks/stream.ts';
import { authorFieldsCheck } from './checks/author-fields.ts';
import type { LearnedModel } from '../learn/model.ts';
import { hasActiveHead, learnedFindings } from '../learn/apply.ts';

/** The checks in their usual order (tests run them in others: the decision must not change). */
export const CHECKS: readonly Check[] = [
  siteWordsCheck,
  threatCheck,
  identityCheck,
  insultCheck,
  linksCheck,
  spacedLinkCheck,
  spamPhrasesCheck,
  moneyCheck,
  discountCheck,
  contactCheck,
  shapeCheck,
  duplicateCheck,
  floodCheck,
  networkFloodCheck,
  historyCheck,
  profanityCheck,
  // Last only for speed: it normalises other texts (name, website), and a Normalised read
  // after that re-runs its passes. Any order gives the same decision (engine-state.test.ts).
  authorFieldsCheck,
];

/** What the checks found in a comment, and the preparation they read (a model reads it too). */
export interface Inspection {
  comment: CommentInput;
  prepared: Prepared;
  findings: Finding[];
  compiled: CompiledPolicy;
  /** The lexicon word each token reads as (undefined for most): evidence weaker than any rule, read by scorers that rank. */
  hits: CheckInput['hits'];
}

export function evaluate(given: CommentInput, facts: ContextFacts, policy: Policy, model?: LearnedModel): Decision {
  return decideInspection(inspect(given, facts, policy), facts, policy, model);
}

/** The decision from an inspection already made: for callers that also read what the checks saw (shared/perspective). */
export function decideInspection(inspection: Inspection, facts: ContextFacts, policy: Policy, model?: LearnedModel): Decision {
  const { comment, prepared, findings, compiled } = inspection;
  const rules = decide(findings, facts, policy, compiled.scores);
  // A model whose heads are all silent leaves the decision exactly as the rules make it.
  if (!model || !hasActiveHead(model)) return rules;
  const learned = learnedFindings(model, { prepared, findings, scores: rules.scores, text: comment.text });
  const decision = learned.length > 0 ? decide([...findings, ...learned], facts, policy, compiled.scores) : rules;
  return { ...decision, modelVersion: model.version };
}

/** The rule findings for a comment: everything a decision is made from but the model's. */
export function inspect(given: CommentInput, facts: ContextFacts, policy: Policy, checks: readonly Check[] = CHECKS): Inspection {
  // Callers validate input; a malformed record is judged as empty rather than throwing.
  const comment = typeof given.text === 'string' ? given : { ...given, text: '' };
  const prepared = prepare(comment.text);
  const { norm, tokens } = prepared;
  const compiled = compilePolicy(policy);
  const hits = wordHits(tokens, norm, compiled);
  const input: CheckInput = {
    comment,
    norm,
    tokens,
    hits,
    canonical: hits.map((h) => (h && !h.stem ? h.term : undefined)),
    policy,
    compiled,
    facts,
  };
  const findings: Finding[] = [];
  for (const check of checks) check(input, findings);
  return { comment, prepared, findings, compiled, hits };
}
