// The contract between the moderation engine and everything that runs it (the worker
// Lambda, the `sieve` CLI, benchmarks). The engine is pure: no I/O, no clock. Callers
// pass the comment, the facts about its stream context and the policy; they get back a
// decision that carries its own explanation.

export type Category =
  | 'insult'
  | 'threat'
  | 'identity'
  | 'profanity'
  | 'spam'
  | 'duplicate'
  | 'flood'
  | 'author';

export type Outcome = 'approve' | 'flag' | 'reject';

/** Half-open [start, end) range of UTF-16 code units in the ORIGINAL text (or field). */
export type Span = [start: number, end: number];

/** What one check found. Weights add up per category into that category's score. */
export interface Signal {
  /** Stable rule id from the registry (rules.ts), e.g. `spam.links.count`. */
  rule: string;
  category: Category;
  /** The hit's strength on its rule's base-score scale (see rules.ts). */
  weight: number;
  /** Spans in the comment text. Empty when the signal is about the whole comment or context. */
  spans: Span[];
  /** One sentence a moderator can read, e.g. `4 links (limit 2)`. */
  detail: string;
  /** Which field the spans refer to; the comment text unless stated. */
  field?: 'text' | 'author.name' | 'author.url' | 'author.email';
}

export interface Reason {
  rule: string;
  category: Category;
  /** Points this reason added to its category's score (after the site's scores and trust). */
  contribution: number;
  detail: string;
  spans: Span[];
  field?: Signal['field'];
}

export interface Decision {
  outcome: Outcome;
  /** Score per category that produced any signal (sum of weights, after policy adjustments). */
  scores: Partial<Record<Category, number>>;
  /** Why: the signals that drove the outcome first, then the rest (labels such as profanity). */
  reasons: Reason[];
  policyVersion: string;
  /** The site's learned model that spoke in this decision (absent without one, or while all its heads are silent). */
  modelVersion?: string;
}

export interface CommentAuthor {
  name?: string;
  id?: string;
  email?: string;
  url?: string;
}

/** What the engine needs to know about one comment. */
export interface CommentInput {
  id: string;
  text: string;
  author?: CommentAuthor;
  postId?: string;
  parentId?: string;
  /**
   * A salted hash of the network the comment came from (the blog's `client.ip`, hashed at intake:
   * the engine never sees an address). Absent when the blog did not send one.
   */
  ipKey?: string;
  /** Milliseconds since the epoch: the engine's only clock. */
  createdAt: number;
}

/**
 * Facts about the stream around a comment, looked up BEFORE evaluating it (it is not yet
 * counted). "Within a window" means on either side of the comment's time: a burst arrives in
 * no particular order, so a comment written a moment later may have been recorded first.
 * Counts stop at the caps in context-facts.ts (STREAM_CAPS).
 */
export interface ContextFacts {
  /**
   * Other comments on the same site whose fingerprint matches: by anyone (this author
   * included) and by this author within the policy's duplicate window, and copies by anyone
   * but this author within its campaign window ("Vote for Zorg!" from three accounts in a minute).
   */
  sameText: { byAnyone: number; byAuthor: number; recentByOthers: number };
  /** Other comments by the same author within the policy's flood window. */
  authorRecent: number;
  /** Other comments from the same network (ipKey), by any author, within the flood window; absent without an ipKey. */
  ipRecent?: number;
  /** The author's decided comments on this site, all time. */
  authorHistory: { approved: number; rejected: number; flagged: number };
}

export const EMPTY_CONTEXT: ContextFacts = {
  sameText: { byAnyone: 0, byAuthor: 0, recentByOthers: 0 },
  authorRecent: 0,
  authorHistory: { approved: 0, rejected: 0, flagged: 0 },
};

/** What a context source must look up for one comment; built by the engine's `contextQuery`. */
export interface ContextQuery {
  /** Stable key of the author (id, else normalised name/email), or undefined when anonymous. */
  authorKey?: string;
  /** The comment's network key (CommentInput.ipKey), when it has one. */
  ipKey?: string;
  /**
   * Fingerprints of the normalised text, strictest first (exact, then near-same); any match
   * counts as the same text. A text matching an earlier fingerprint always matches the later
   * ones, so a source may store and count only the last (broadest) one.
   */
  fingerprints: string[];
  at: number;
  duplicateWindowMs: number;
  floodWindowMs: number;
  /** How close in time copies by other authors count as one campaign (policy windows.campaignMs). */
  campaignWindowMs: number;
}

/**
 * Fills ContextFacts. The worker implements it over DynamoDB (shared/store/context.ts); the
 * CLI, backtests and benchmarks in memory (memory-context.ts). Both count with
 * context-facts.ts and pass one contract suite (test/context/), so a backtest decides as
 * production does. `record` is called once a decision is stored, so later comments see this one.
 */
export interface ContextSource {
  lookup(query: ContextQuery): Promise<ContextFacts>;
  record(query: ContextQuery, outcome: Outcome): Promise<void>;
}

/**
 * A text after normalisation, in two layers, each with a map back to the original.
 * `plain`: HTML stripped, entities decoded, NFKC, case-folded, confusables mapped,
 * invisible characters removed (what link, contact and money checks read).
 * `text`: `plain` with leetspeak, stretched, spaced, dotted and masked letters resolved
 * (what word checks read). For every character i of a layer, `starts[i]`/`ends[i]` give
 * the original range [start, end) it came from.
 */
export interface Normalised {
  plain: string;
  plainStarts: Int32Array;
  plainEnds: Int32Array;
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}
