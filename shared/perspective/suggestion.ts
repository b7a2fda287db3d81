// A moderator's verdict sent the Perspective way (`comments:suggestscore`) becomes a training
// label of the site's learned model, stored like an imported label (shared/labels/import.ts):
// the text on an item of its own that no post lists and no queue shows, its id derived from
// the site and the clientToken, so a retried or repeated suggestion is the same label and a
// changed verdict replaces it.
//
// Coral Talk sends APPROVED or DELETED. APPROVED is "ok". DELETED says the comment went, not
// why: it trains the head whose attribute the comment scores higher, SPAM (spam) or TOXICITY
// (abuse). A Perspective attribute with a value says so directly: at 0.5 or more an abuse
// attribute labels abuse and SPAM labels spam; every attribute under 0.5 labels "ok".

import { importedComment } from '../labels/import.ts';
import type { LabelClass, LabelledComment } from '../labels/labels.ts';
import { OK_LABEL } from '../learn/labels.ts';
import type { Calibration } from './calibration.ts';
import { PerspectiveInputError } from './errors.ts';
import type { SuggestRequest } from './request.ts';
import { attributeProbability, type Scoring } from './score.ts';

/** What a stored suggestion says it came from (the import's own is `sieve-learn-import`). */
export const SUGGESTION_CORRELATION_ID = 'perspective-suggestscore';

const ABUSE_ATTRIBUTES = new Set(['TOXICITY', 'SEVERE_TOXICITY', 'INSULT', 'THREAT', 'IDENTITY_ATTACK']);

const conflicting = () =>
  new PerspectiveInputError('conflicting_scores', 'attributeScores says both APPROVED and DELETED (or an attribute both present and absent); send one verdict.', {
    fields: [{ field: 'attributeScores', message: 'conflicting verdicts' }],
  });

/** The label a suggestion teaches; `scoring` is the engine's reading of the text, for DELETED. */
export function labelOfSuggestion(request: SuggestRequest, scoring: Scoring, calibration: Calibration): LabelClass {
  const present = new Set<LabelClass>();
  for (const { name, value } of request.scores) {
    if (name === 'APPROVED') {
      if (value >= 0.5) present.add(OK_LABEL);
    } else if (name === 'DELETED') {
      if (value >= 0.5) present.add(attributeProbability('SPAM', scoring, calibration) > attributeProbability('TOXICITY', scoring, calibration) ? 'spam' : 'abuse');
    } else if (value >= 0.5) {
      if (name === 'SPAM') present.add('spam');
      else if (ABUSE_ATTRIBUTES.has(name)) present.add('abuse');
    }
  }
  const allLow = request.scores.every((s) => s.value < 0.5 && s.name !== 'APPROVED' && s.name !== 'DELETED');
  if (allLow) return OK_LABEL;
  if (present.has(OK_LABEL) && present.size > 1) throw conflicting();
  if (present.size === 0) {
    throw new PerspectiveInputError('nothing_to_learn', 'attributeScores teaches nothing: APPROVED or DELETED at 1, or an attribute with its value (PROFANITY alone is a label, not a verdict).', {
      fields: [{ field: 'attributeScores', message: 'no verdict' }],
    });
  }
  // Abuse before spam: a comment that is both is removed for the abuse.
  return present.has('abuse') ? 'abuse' : present.has('spam') ? 'spam' : OK_LABEL;
}

/** The stored label; without a clientToken the suggestion is known by its text (as an import line without an id). */
export function suggestedComment(siteId: string, request: SuggestRequest, label: LabelClass, now: Date): LabelledComment {
  const comment = importedComment(siteId, { text: request.text, label, ...(request.clientToken !== undefined ? { externalId: request.clientToken } : {}) }, now);
  return { ...comment, correlationId: SUGGESTION_CORRELATION_ID };
}
