// How a context source turns what it remembers into ContextFacts. The worker's DynamoDB
// source (shared/store/context.ts) and the in-memory one of the CLI, backtests and benchmarks
// (memory-context.ts) remember the same three things, trim them by the same rules and count
// them here, so that what an operator backtests is what production decides:
//
// - per text (its broadest fingerprint): the times of its copies, the newest few dozen;
// - per author: their recent posts (time and fingerprint), the newest few dozen within the
//   longest window, and their outcome counts, all time;
// - per network (the salted hash of the client's address): the times of its recent comments,
//   by any author, the newest few dozen within the flood window.
//
// Windows reach both sides of a comment's time: a burst arrives in one batch in no particular
// order, so a comment written a second later may well have been recorded first.

import type { ContextFacts, ContextQuery, Outcome } from './types.ts';

/**
 * How many copies of one text and posts of one author a source keeps, so counts stop there.
 * Far beyond any threshold (a duplicate or flood score is at its ceiling long before), and
 * small enough that a text's or an author's item stays one DynamoDB write unit.
 */
export const STREAM_CAPS = { copiesPerText: 50, postsPerAuthor: 50, postsPerNetwork: 50 } as const;

export interface RecentPost {
  at: number;
  /** The post's stored fingerprint (see storedFingerprint). */
  fp: string;
  /** The comment, so moderators can see an author's recent comments (DynamoDB only). */
  id?: string;
}

export type AuthorHistory = ContextFacts['authorHistory'];

export const OUTCOME_COUNTER: Record<Outcome, keyof AuthorHistory> = {
  approve: 'approved',
  flag: 'flagged',
  reject: 'rejected',
};

/**
 * The one fingerprint a source stores and counts: the broadest, because every stricter
 * match implies it (see ContextQuery), so a comment matching on several counts once.
 */
export function storedFingerprint(query: ContextQuery): string {
  return query.fingerprints.at(-1) ?? '';
}

/** The longest window a lookup asks about: older posts and copies can no longer count. */
export function rememberedMs(query: ContextQuery): number {
  return Math.max(query.duplicateWindowMs, query.floodWindowMs, query.campaignWindowMs);
}

/** Adds a copy's time to times kept ascending, dropping the oldest beyond the cap. */
export function addCopy(times: number[], at: number): void {
  let i = times.length;
  times.push(at);
  while (i > 0 && times[i - 1] > at) {
    times[i] = times[i - 1];
    i--;
  }
  times[i] = at;
  if (times.length > STREAM_CAPS.copiesPerText) times.shift();
}

/** The copies that count, from times in any order: the newest ones up to the cap, ascending. */
export function countedCopies(times: Iterable<number>): number[] {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted.length > STREAM_CAPS.copiesPerText ? sorted.slice(-STREAM_CAPS.copiesPerText) : sorted;
}

/** An author's posts once `post` is recorded: those the longest window still reaches, newest up to the cap, by time. */
export function withPost(posts: readonly RecentPost[], post: RecentPost, query: ContextQuery): RecentPost[] {
  const horizon = query.at - rememberedMs(query);
  const kept = posts.filter((p) => p.at > horizon);
  kept.push(post);
  kept.sort((a, b) => a.at - b.at);
  return kept.length > STREAM_CAPS.postsPerAuthor ? kept.slice(-STREAM_CAPS.postsPerAuthor) : kept;
}

/** A network's comment times once one at `at` is recorded: those the flood window still reaches, newest up to the cap, ascending. */
export function withNetworkPost(times: readonly number[], query: ContextQuery): number[] {
  const horizon = query.at - query.floodWindowMs;
  const kept = times.filter((t) => t > horizon);
  kept.push(query.at);
  kept.sort((a, b) => a - b);
  return kept.length > STREAM_CAPS.postsPerNetwork ? kept.slice(-STREAM_CAPS.postsPerNetwork) : kept;
}

/**
 * The facts for a query from what a source remembers: `copies` as countedCopies gives them,
 * the author's `posts` and `history` (undefined for an unknown or anonymous author).
 */
export function streamFacts(
  query: ContextQuery,
  copies: readonly number[],
  posts: readonly RecentPost[] | undefined,
  history: AuthorHistory | undefined,
  /** The network's comment times (undefined without an ipKey). */
  networkTimes?: readonly number[],
): ContextFacts {
  const { at, duplicateWindowMs, floodWindowMs, campaignWindowMs } = query;
  let byAnyone = 0;
  let inCampaign = 0;
  for (const t of copies) {
    const apart = Math.abs(t - at);
    if (apart < duplicateWindowMs) byAnyone++;
    if (apart < campaignWindowMs) inCampaign++;
  }
  // An anonymous comment has no author to know things about.
  const known = query.authorKey !== undefined;
  let byAuthor = 0;
  let authorInCampaign = 0;
  let authorRecent = 0;
  if (known && posts !== undefined) {
    const fp = storedFingerprint(query);
    for (const post of posts) {
      const apart = Math.abs(post.at - at);
      if (apart < floodWindowMs) authorRecent++;
      if (post.fp !== fp) continue;
      if (apart < duplicateWindowMs) byAuthor++;
      if (apart < campaignWindowMs) authorInCampaign++;
    }
  }
  const record = known ? history : undefined;
  const facts: ContextFacts = {
    sameText: { byAnyone, byAuthor, recentByOthers: Math.max(0, inCampaign - authorInCampaign) },
    authorRecent,
    authorHistory: { approved: record?.approved ?? 0, rejected: record?.rejected ?? 0, flagged: record?.flagged ?? 0 },
  };
  if (query.ipKey !== undefined) {
    let ipRecent = 0;
    for (const t of networkTimes ?? []) if (Math.abs(t - at) < floodWindowMs) ipRecent++;
    facts.ipRecent = ipRecent;
  }
  return facts;
}
