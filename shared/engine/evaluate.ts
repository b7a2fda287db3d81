// The engine's one entry point for a decision: pure and synchronous. The caller looks up
// the stream facts first (see contextQuery) and records the outcome afterwards.

import type { CommentInput, ContextFacts, Decision } from './types.ts';
import type { Policy } from './policy.ts';
import type { Check, CheckInput, Finding } from './checks/check.ts';
import { prepare } from './prepare.ts';
import { compilePolicy } from './compiled-policy.ts';
import { wordHits } from './word-hits.ts';
import { decide } from './decide.ts';
import { insultCheck } from './checks/insult.ts';
import { threatCheck } from './checks/threat.ts';
import { identityCheck } from './checks/identity.ts';
import { profanityCheck } from './checks/profanity.ts';
import { siteWordsCheck } from './checks/site-words.ts';
import { linksCheck, spacedLinkCheck } from './checks/links.ts';
import { contactCheck, discountCheck, moneyCheck, shapeCheck, spamPhrasesCheck } from './checks/spam.ts';
import { duplicateCheck, floodCheck, historyCheck } from './checks/stream.ts';
import { authorFieldsCheck } from './checks/author-fields.ts';

const CHECKS: readonly Check[] = [
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
  historyCheck,
  profanityCheck,
  // Last: it normalises other texts (name, website), which recycles the shared buffers.
  authorFieldsCheck,
];

export function evaluate(given: CommentInput, facts: ContextFacts, policy: Policy): Decision {
  // Callers validate input; a malformed record is judged as empty rather than throwing.
  const comment = typeof given.text === 'string' ? given : { ...given, text: '' };
  const { norm, tokens } = prepare(comment.text);
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
  for (const check of CHECKS) check(input, findings);
  return decide(findings, facts, policy);
}
