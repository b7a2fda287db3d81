// Stream context from ContextFacts: the same text posted before (by anyone, by this
// author, by several authors at once), an author posting faster than the flood limit, and
// an author's record.

import type { Check, CheckInput, Finding } from './check.ts';
import type { Token } from '../tokens.ts';
import { isAlnumCode } from '../chars.ts';
import { CHATTER_WORDS } from '../lexicon/chatter.ts';
import { scoreFactor } from '../score-table.ts';

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
  const { byAnyone, byAuthor, recentByOthers } = input.facts.sameText;
  if (byAnyone === 0 && byAuthor === 0 && recentByOthers === 0) return;
  const length = contentLength(input.norm.text);
  if (byAuthor >= 1) out.push(copiesByAuthor(input, length));
  // Copies by others within a day and within minutes are one piece of evidence seen at two
  // time scales: the reading that scores more under the site's table speaks.
  const anyone = copiesByAnyone(input, length);
  const campaign = campaignCopies(input, length);
  const others = anyone && campaign ? (points(input, campaign) > points(input, anyone) ? campaign : anyone) : (anyone ?? campaign);
  if (others) out.push(others);
};

const points = (input: CheckInput, finding: Finding): number => finding.weight * scoreFactor(input.compiled.scores, finding.rule);

function copiesByAuthor(input: CheckInput, length: number): Finding {
  const { facts, policy } = input;
  const { byAuthor } = facts.sameText;
  const long = length >= policy.windows.duplicateMinLength;
  // A short reply ("lol", "<3") repeated is chatter; a long one repeated is a campaign. A
  // sentence pasted again while the author is still posting (an earlier comment inside the
  // flood window) is a copy in a burst, not a question asked again a day later.
  const burst = facts.authorRecent >= 1 && length >= BURST_MIN_LENGTH;
  const weight = burst ? Math.max(1, 1 + 0.5 * (byAuthor - 2)) : long ? (byAuthor === 1 ? 0.6 : 1 + 0.5 * (byAuthor - 2)) : 0.3 * byAuthor;
  return {
    rule: 'duplicate.author',
    category: 'duplicate',
    weight: Math.min(4, weight),
    spans: [],
    detail: `Same text posted ${byAuthor + 1} times by this author in the last ${formatWindow(policy.windows.duplicateMs)}`,
  };
}

function copiesByAnyone(input: CheckInput, length: number): Finding | undefined {
  const { policy } = input;
  const { byAnyone, byAuthor } = input.facts.sameText;
  const byOthers = Math.max(0, byAnyone - byAuthor);
  if (length < policy.windows.duplicateMinLength || byOthers === 0) return undefined;
  // Fans write "who is watching in 2015?" independently; a copied campaign repeats more, and
  // nobody writes the same two long sentences word for word by chance.
  const strong = byOthers >= 3 || length >= 2 * policy.windows.duplicateMinLength;
  return {
    rule: 'duplicate.anyone',
    category: 'duplicate',
    weight: strong ? Math.min(4, 1 + 0.3 * Math.max(0, byOthers - 3)) : 0.4,
    spans: [],
    detail: `Same text posted ${byAnyone + 1} times in the last ${formatWindow(policy.windows.duplicateMs)}`,
  };
}

/** A campaign text says this much at least: fewer words or letters are a reaction ("first!", "same", "so true"). */
const CAMPAIGN_MIN_WORDS = 3;
const CAMPAIGN_MIN_LENGTH = 10;

/**
 * The same text from several authors within the campaign window: the second copy counts
 * weakly, the third flags ("Vote for Zorg!" pasted from three accounts in a minute). Texts of
 * any length count, short ones too, so long as they say something beyond chatter.
 */
function campaignCopies(input: CheckInput, length: number): Finding | undefined {
  const copies = input.facts.sameText.recentByOthers;
  if (copies === 0 || length < CAMPAIGN_MIN_LENGTH || !saysMoreThanChatter(input.tokens)) return undefined;
  return {
    rule: 'duplicate.campaign',
    category: 'duplicate',
    weight: copies === 1 ? 0.4 : Math.min(2, 1 + 0.25 * (copies - 2)),
    spans: [],
    detail: `Same text posted ${copies} time${copies > 1 ? 's' : ''} by other authors in the last ${formatWindow(input.policy.windows.campaignMs)}`,
  };
}

/**
 * Whether a text has enough words and two different ones outside chatter: "Let's go Lakers"
 * and "happy birthday Sam" name one thing, as fans do independently; "Vote for Zorg" and
 * "sign the petition" ask something of the reader.
 */
function saysMoreThanChatter(tokens: readonly Token[]): boolean {
  if (tokens.length < CAMPAIGN_MIN_WORDS) return false;
  let first: string | undefined;
  for (const { w } of tokens) {
    if (CHATTER_WORDS.has(w) || isNumber(w) || isEmoji(w)) continue;
    if (first === undefined) first = w;
    else if (w !== first) return true;
  }
  return false;
}

/** Pictographs (🔥, 🙌, 💙): the tokeniser keeps astral characters as words. */
function isEmoji(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.codePointAt(i)!;
    if (code < 0x1f000 || code > 0x1faff) return false;
    if (code > 0xffff) i++;
  }
  return true;
}

function isNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A flood over its limit: one more comment than allowed weighs 1, each further one a quarter more (at most 4). */
function floodFinding(rule: 'flood.author' | 'flood.ip', total: number, limit: number, detail: string): Finding {
  return { rule, category: 'flood', weight: Math.min(4, 1 + 0.25 * (total - limit - 1)), spans: [], detail };
}

export const floodCheck: Check = (input, out) => {
  const { facts, policy } = input;
  const total = facts.authorRecent + 1;
  const limit = policy.windows.floodLimit;
  if (total <= limit) return;
  out.push(floodFinding('flood.author', total, limit, `${total} comments in ${formatWindow(policy.windows.floodMs)} (limit ${limit})`));
};

/**
 * One network may post this many times the author's flood limit: a household, an office or a
 * school shares an address, and a mobile carrier many more behind one. Beyond it, the names
 * differ but the hand is likely the same (one person posting under several names).
 */
export const NETWORK_FLOOD_FACTOR = 3;

export const networkFloodCheck: Check = (input, out) => {
  const { facts, policy } = input;
  if (facts.ipRecent === undefined) return;
  const total = facts.ipRecent + 1;
  const limit = policy.windows.floodLimit * NETWORK_FLOOD_FACTOR;
  if (total <= limit) return;
  out.push(floodFinding('flood.ip', total, limit, `${total} comments from one network in ${formatWindow(policy.windows.floodMs)} (limit ${limit})`));
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
