// The in-memory ContextSource of `sieve check`, `eval`, `backtest` and the benchmarks: for
// one stream of comments, the facts the worker's DynamoDB source (shared/store/context.ts)
// gives, remembered and counted alike (context-facts.ts; test/context/ holds the contract both
// pass). Pure: no I/O, and the only clock is the queries' times.
//
// A run over 100k lines must stay fast and small: a lookup or a record touches at most the
// caps' few dozen entries, and texts and authors that every window has left behind are swept
// away (their all-time outcome counts stay). Like DynamoDB's expiry of the same items, the
// sweep may forget what a comment dated a whole window before the newest ones would have seen;
// out-of-order arrivals span seconds, not days.

import type { ContextFacts, ContextQuery, ContextSource, Outcome } from './types.ts';
import {
  OUTCOME_COUNTER,
  addCopy,
  rememberedMs,
  storedFingerprint,
  streamFacts,
  withNetworkPost,
  withPost,
  type AuthorHistory,
  type RecentPost,
} from './context-facts.ts';

/** Sweep for texts and authors outside every window this often, so one-off texts do not pile up. */
const SWEEP_EVERY = 4096;

const NONE: readonly never[] = [];

export class MemoryContextSource implements ContextSource {
  /** Copy times per stored fingerprint, ascending. */
  readonly #copies = new Map<string, number[]>();
  readonly #posts = new Map<string, RecentPost[]>();
  readonly #history = new Map<string, AuthorHistory>();
  /** Comment times per network key, ascending. */
  readonly #networks = new Map<string, number[]>();
  #recorded = 0;
  #latest = -Infinity;
  #rememberedMs = 0;

  async lookup(query: ContextQuery): Promise<ContextFacts> {
    return this.lookupNow(query);
  }

  async record(query: ContextQuery, outcome: Outcome): Promise<void> {
    this.recordNow(query, outcome);
  }

  /** Synchronous form of `lookup`, for callers that want to skip a promise per comment. */
  lookupNow(query: ContextQuery): ContextFacts {
    const copies = this.#copies.get(storedFingerprint(query)) ?? NONE;
    const { authorKey, ipKey } = query;
    const network = ipKey === undefined ? undefined : (this.#networks.get(ipKey) ?? NONE);
    if (authorKey === undefined) return streamFacts(query, copies, undefined, undefined, network);
    return streamFacts(query, copies, this.#posts.get(authorKey), this.#history.get(authorKey), network);
  }

  /** Synchronous form of `record`. */
  recordNow(query: ContextQuery, outcome: Outcome): void {
    const fp = storedFingerprint(query);
    const copies = this.#copies.get(fp);
    if (copies) addCopy(copies, query.at);
    else this.#copies.set(fp, [query.at]);
    const { authorKey } = query;
    if (authorKey !== undefined) {
      this.#posts.set(authorKey, withPost(this.#posts.get(authorKey) ?? NONE, { at: query.at, fp }, query));
      const history = this.#history.get(authorKey) ?? { approved: 0, rejected: 0, flagged: 0 };
      history[OUTCOME_COUNTER[outcome]]++;
      this.#history.set(authorKey, history);
    }
    if (query.ipKey !== undefined) this.#networks.set(query.ipKey, withNetworkPost(this.#networks.get(query.ipKey) ?? NONE, query));
    this.#latest = Math.max(this.#latest, query.at);
    this.#rememberedMs = Math.max(this.#rememberedMs, rememberedMs(query));
    if (++this.#recorded % SWEEP_EVERY === 0) this.#sweep();
  }

  /** How many texts and authors the windows hold; lets tests check that expired entries are dropped. */
  get trackedKeys(): number {
    return this.#copies.size + this.#posts.size + this.#networks.size;
  }

  #sweep(): void {
    const horizon = this.#latest - this.#rememberedMs;
    for (const [fp, times] of this.#copies) if (times[times.length - 1] <= horizon) this.#copies.delete(fp);
    for (const [author, posts] of this.#posts) if (posts[posts.length - 1].at <= horizon) this.#posts.delete(author);
    for (const [network, times] of this.#networks) if (times[times.length - 1] <= horizon) this.#networks.delete(network);
  }
}
