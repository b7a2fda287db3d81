// Turns findings into a decision: scores per category (with the trusted-author discount),
// each category's outcome from its thresholds, forced outcomes from site word lists, and
// reasons ordered so that what drove the outcome comes first.

import type { Category, ContextFacts, Decision, Outcome, Reason } from './types.ts';
import type { Policy } from './policy.ts';
import type { Finding } from './checks/check.ts';
import { scoreFactors, type ScoreTable } from './score-table.ts';

const SEVERITY: Record<Outcome, number> = { approve: 0, flag: 1, reject: 2 };
const MAX_SPANS = 20;

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Trust is earned before the current burst: comments inside the flood window (counted in
 * `authorRecent`) may be the very burst being judged, so they do not count towards it.
 */
export function isTrusted(facts: ContextFacts, policy: Policy): boolean {
  const { approved, rejected } = facts.authorHistory;
  return approved - facts.authorRecent >= policy.trust.minApproved && rejected <= policy.trust.maxRejected;
}

export function decide(findings: Finding[], facts: ContextFacts, policy: Policy, table: ScoreTable): Decision {
  const trusted = isTrusted(facts, policy);
  const trustFactor = (category: Category): number =>
    trusted && policy.trust.categories.includes(category) ? policy.trust.factor : 1;
  // Each hit's points: its weight under the site's score for its rule, then the trust discount.
  const factors = scoreFactors(table);
  const n = findings.length;
  const contributions = new Array<number>(n);
  const raw: Partial<Record<Category, number>> = {};
  for (let i = 0; i < n; i++) {
    const f = findings[i];
    const c = f.weight * factors[f.rule] * (trusted ? trustFactor(f.category) : 1);
    contributions[i] = c;
    raw[f.category] = (raw[f.category] ?? 0) + c;
  }

  const scores: Partial<Record<Category, number>> = {};
  const outcomes: Partial<Record<Category, Outcome>> = {};
  const discounted: Category[] = [];
  let outcome: Outcome = 'approve';
  for (const category in raw) {
    const score = raw[category as Category] as number;
    if (trusted && trustFactor(category as Category) !== 1 && score > 0) discounted.push(category as Category);
    const rounded = round(score);
    scores[category as Category] = rounded;
    const { flag, reject } = policy.thresholds[category as Category];
    const o: Outcome = reject !== null && rounded >= reject ? 'reject' : flag !== null && rounded >= flag ? 'flag' : 'approve';
    outcomes[category as Category] = o;
    if (SEVERITY[o] > SEVERITY[outcome]) outcome = o;
  }
  for (const f of findings) {
    if (f.force && SEVERITY[f.force] > SEVERITY[outcome]) outcome = f.force;
  }

  const ranked = new Array<{ f: Finding; index: number; rank: number }>(n);
  for (let index = 0; index < n; index++) {
    const f = findings[index];
    ranked[index] = { f, index, rank: Math.max(SEVERITY[outcomes[f.category] as Outcome], f.force ? SEVERITY[f.force] : 0) };
  }
  if (n > 1) ranked.sort((a, b) => b.rank - a.rank || contributions[b.index] - contributions[a.index] || a.index - b.index);
  const reasons: Reason[] = ranked.map(({ f, index }) => {
    // Decisions are stored with the comment: a reason points at its first few places only.
    const spans = f.spans.length > MAX_SPANS ? f.spans.slice(0, MAX_SPANS) : f.spans;
    const reason: Reason = { rule: f.rule, category: f.category, contribution: round(contributions[index]), detail: f.detail, spans };
    if (f.field) reason.field = f.field;
    return reason;
  });
  if (trusted && discounted.length > 0) {
    const approved = facts.authorHistory.approved - facts.authorRecent;
    reasons.push({
      rule: 'author.trusted',
      category: 'author',
      contribution: 0,
      detail: `Trusted author (${approved} approved comments): ${discounted.join(', ')} score${discounted.length > 1 ? 's' : ''} × ${policy.trust.factor}`,
      spans: [],
    });
  }
  return { outcome, scores, reasons, policyVersion: policy.version };
}
