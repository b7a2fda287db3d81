// The CLI's ContextSource: duplicate, flood and history facts for one stream of comments
// held in memory. The worker answers the same questions from DynamoDB; here a run over
// 100k lines must stay fast and small, so every lookup is O(1) amortised and whatever
// falls out of the duplicate and flood windows is dropped.
//
// The stream is expected in time order (createdAt ascending, as exported logs are). Lines
// that go back in time are tolerated, but the windows then count approximately.

import type { ContextFacts, ContextQuery, ContextSource, Outcome } from '../../shared/engine/index.ts';

interface Seen {
  /** Position in the stream: tells one comment from another across fingerprints. */
  seq: number;
  at: number;
}

/** Comments in arrival order; old ones leave from the front. */
class TimeWindow {
  private items: Seen[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(seen: Seen): void {
    this.items.push(seen);
  }

  dropBefore(cutoff: number): void {
    while (this.head < this.items.length && this.items[this.head].at < cutoff) this.head++;
    // Shift only once the dead prefix is large, so dropping stays O(1) amortised.
    if (this.head > 64 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }

  *seqs(): Generator<number> {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i].seq;
  }
}

/** Above this many candidates a union of several fingerprints is not worth computing exactly. */
const UNION_LIMIT = 4096;
/** Sweep every map for expired keys this often, so one-off fingerprints do not pile up. */
const SWEEP_EVERY = 4096;

type History = ContextFacts['authorHistory'];

const HISTORY_FIELD: Record<Outcome, keyof History> = {
  approve: 'approved',
  reject: 'rejected',
  flag: 'flagged',
};

export class MemoryContextSource implements ContextSource {
  private readonly byFingerprint = new Map<string, TimeWindow>();
  private readonly byAuthorFingerprint = new Map<string, TimeWindow>();
  private readonly byAuthor = new Map<string, TimeWindow>();
  private readonly history = new Map<string, History>();
  private seq = 0;
  private latest = -Infinity;
  private duplicateWindowMs = 0;
  private floodWindowMs = 0;

  async lookup(query: ContextQuery): Promise<ContextFacts> {
    return this.lookupNow(query);
  }

  async record(query: ContextQuery, outcome: Outcome): Promise<void> {
    this.recordNow(query, outcome);
  }

  /** Synchronous form of `lookup`, for callers that want to skip a promise per comment. */
  lookupNow(query: ContextQuery): ContextFacts {
    const duplicateCutoff = query.at - query.duplicateWindowMs;
    const fingerprints = unique(query.fingerprints);
    const byAnyone = this.countDistinct(this.byFingerprint, fingerprints, duplicateCutoff);
    const { authorKey } = query;
    if (authorKey === undefined) {
      return { sameText: { byAnyone, byAuthor: 0 }, authorRecent: 0, authorHistory: emptyHistory() };
    }
    const authorFingerprints = fingerprints.map((f) => authorFingerprintKey(authorKey, f));
    const byAuthor = this.countDistinct(this.byAuthorFingerprint, authorFingerprints, duplicateCutoff);
    const recent = this.byAuthor.get(authorKey);
    recent?.dropBefore(query.at - query.floodWindowMs);
    return {
      sameText: { byAnyone, byAuthor },
      authorRecent: recent?.size ?? 0,
      authorHistory: { ...(this.history.get(authorKey) ?? emptyHistory()) },
    };
  }

  /** Synchronous form of `record`. */
  recordNow(query: ContextQuery, outcome: Outcome): void {
    const seen: Seen = { seq: this.seq++, at: query.at };
    this.latest = Math.max(this.latest, query.at);
    this.duplicateWindowMs = Math.max(this.duplicateWindowMs, query.duplicateWindowMs);
    this.floodWindowMs = Math.max(this.floodWindowMs, query.floodWindowMs);
    const fingerprints = unique(query.fingerprints);
    for (const f of fingerprints) windowFor(this.byFingerprint, f).push(seen);
    const { authorKey } = query;
    if (authorKey !== undefined) {
      for (const f of fingerprints) windowFor(this.byAuthorFingerprint, authorFingerprintKey(authorKey, f)).push(seen);
      windowFor(this.byAuthor, authorKey).push(seen);
      const history = this.history.get(authorKey) ?? emptyHistory();
      history[HISTORY_FIELD[outcome]]++;
      this.history.set(authorKey, history);
    }
    if (this.seq % SWEEP_EVERY === 0) this.sweep();
  }

  /** How many keys the windows hold; lets tests check that expired entries are dropped. */
  get trackedKeys(): number {
    return this.byFingerprint.size + this.byAuthorFingerprint.size + this.byAuthor.size;
  }

  /** Counts distinct earlier comments that share any of the keys within the window. */
  private countDistinct(map: Map<string, TimeWindow>, keys: string[], cutoff: number): number {
    const windows: TimeWindow[] = [];
    for (const key of keys) {
      const window = map.get(key);
      if (!window) continue;
      window.dropBefore(cutoff);
      if (window.size > 0) windows.push(window);
    }
    if (windows.length === 0) return 0;
    if (windows.length === 1) return windows[0].size;
    const largest = Math.max(...windows.map((w) => w.size));
    const total = windows.reduce((sum, w) => sum + w.size, 0);
    // Past the limit the count is already far beyond any threshold; the largest single
    // window is a true lower bound and avoids an O(n) union per line in a flood of copies.
    if (total > UNION_LIMIT) return largest;
    const distinct = new Set<number>();
    for (const window of windows) for (const seq of window.seqs()) distinct.add(seq);
    return distinct.size;
  }

  private sweep(): void {
    sweepMap(this.byFingerprint, this.latest - this.duplicateWindowMs);
    sweepMap(this.byAuthorFingerprint, this.latest - this.duplicateWindowMs);
    sweepMap(this.byAuthor, this.latest - this.floodWindowMs);
  }
}

function windowFor(map: Map<string, TimeWindow>, key: string): TimeWindow {
  let window = map.get(key);
  if (!window) {
    window = new TimeWindow();
    map.set(key, window);
  }
  return window;
}

function sweepMap(map: Map<string, TimeWindow>, cutoff: number): void {
  for (const [key, window] of map) {
    window.dropBefore(cutoff);
    if (window.size === 0) map.delete(key);
  }
}

function authorFingerprintKey(authorKey: string, fingerprint: string): string {
  return `${authorKey}\u0000${fingerprint}`;
}

function unique(values: string[]): string[] {
  return values.length < 2 ? values : [...new Set(values)];
}

function emptyHistory(): History {
  return { approved: 0, rejected: 0, flagged: 0 };
}
