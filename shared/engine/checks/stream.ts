// Stream context from ContextFacts: the same text posted before (by anyone, by this
// author), an author posting faster than the flood limit, and an author's record.

import type { Check } from './check.ts';
import { isAlnumCode } from '../chars.ts';

export function formatWindow(ms: number): string {
  const minutes = ms / 60000;
  if (minutes < 1) return `${Math.round(ms / 1000)} s`;
  if (minutes < 60) return `${Math.round(minutes)} min`;
  const hours = minutes / 60;
  if (hours < 48) return `${Math.round(hours)} h`;
  return `${Math.round(hours / 24)} days`;
}

/** Letters and digits a sentence needs before a copy of it in one burst counts ("same here" does not). */
const BURST_MIN_LENGTH = 20;

/** Letters and digits in the text: short texts ("lol", "+1", "first!") repeat innocently. */
function contentLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAlnumCode(c)) n++;
  }
  return n;
}

export const duplicateCheck: Check = (input, out) => {
  const { facts, policy, norm } = input;
  const { byAnyone, byAuthor } = facts.sameText;
  const window = formatWindow(policy.windows.duplicateMs);
  const byOthers = Math.max(0, byAnyone - byAuthor);
  if (byAnyone === 0 && byAuthor === 0) return;
  const length = contentLength(norm.text);
  const long = length >= policy.windows.duplicateMinLength;
  if (byAuthor >= 1) {
    // A short reply ("lol", "<3") repeated is chatter; a long one repeated is a campaign. A
    // sentence pasted again while the author is still posting (an earlier comment inside the
    // flood window) is a copy in a burst, not a question asked again a day later.
    const burst = facts.authorRecent >= 1 && length >= BURST_MIN_LENGTH;
    const weight = burst ? Math.max(1, 1 + 0.5 * (byAuthor - 2)) : long ? (byAuthor === 1 ? 0.6 : 1 + 0.5 * (byAuthor - 2)) : 0.3 * byAuthor;
    out.push({
      rule: 'duplicate.author',
      category: 'duplicate',
      weight: Math.min(4, weight),
      spans: [],
      detail: `Same text posted ${byAuthor + 1} times by this author in the last ${window}`,
    });
  }
  // Fans write "who is watching in 2015?" independently; a copied campaign repeats more, and
  // nobody writes the same two long sentences word for word by chance.
  if (long && (byOthers >= 3 || (byOthers >= 1 && length >= 2 * policy.windows.duplicateMinLength))) {
    out.push({
      rule: 'duplicate.anyone',
      category: 'duplicate',
      weight: Math.min(4, 1 + 0.3 * Math.max(0, byOthers - 3)),
      spans: [],
      detail: `Same text posted ${byAnyone + 1} times in the last ${window}`,
    });
  } else if (long && byOthers >= 1) {
    out.push({ rule: 'duplicate.anyone', category: 'duplicate', weight: 0.4, spans: [], detail: `Same text posted ${byAnyone + 1} times in the last ${window}` });
  }
};

export const floodCheck: Check = (input, out) => {
  const { facts, policy } = input;
  const total = facts.authorRecent + 1;
  const limit = policy.windows.floodLimit;
  if (total <= limit) return;
  out.push({
    rule: 'flood.author',
    category: 'flood',
    weight: Math.min(4, 1 + 0.25 * (total - limit - 1)),
    spans: [],
    detail: `${total} comments in ${formatWindow(policy.windows.floodMs)} (limit ${limit})`,
  });
};

export const historyCheck: Check = (input, out) => {
  const { approved, rejected } = input.facts.authorHistory;
  const after = input.policy.trust.suspectAfterRejected;
  if (rejected >= after && rejected > approved) {
    out.push({
      rule: 'author.history',
      category: 'author',
      weight: Math.min(2, 1 + 0.2 * (rejected - after)),
      spans: [],
      detail: `Author had ${rejected} comment${rejected > 1 ? 's' : ''} rejected before (${approved} approved)`,
    });
  }
};
