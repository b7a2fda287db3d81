import type { Session } from './session.ts';

// A typed client for the review API (the contract in the console brief). Every call
// carries the moderator's bearer token; a 401 becomes SessionEnded so the app can send
// the moderator back to the sign-in form wherever it happened.

export type Status = 'pending' | 'flagged' | 'rejected' | 'approved';
/** A tab: one status's queue, `reported` (approved comments readers reported), or `all` of them merged by time. */
export type Queue = Status | 'reported' | 'all';
export type Order = 'oldest' | 'newest';
export type Action = 'approve' | 'reject';
/** Why a comment is rejected: spam and abuse teach the site's learned filter, other teaches nothing. */
export type RejectReason = 'spam' | 'abuse' | 'other';
export type LabelClass = 'ok' | 'spam' | 'abuse';
export type Span = [start: number, end: number];
export type ReasonField = 'text' | 'author.name' | 'author.url';

export interface Reason {
  rule: string;
  category: string;
  detail: string;
  spans: Span[];
  field?: ReasonField;
}

export interface ReviewItem {
  id: string;
  siteId: string;
  postId: string;
  parentId: string | null;
  text: string;
  author: { name: string; id?: string; url?: string };
  createdAt: string;
  status: Status;
  revision: number;
  decidedAt?: string;
  decision?: { outcome: string; by: string; policyVersion: string; modelVersion?: string; scores: Record<string, number>; reasons: Reason[] };
  review?: { by: string; action: Action; reason?: RejectReason; note?: string; at: string };
  /** Readers' reports relayed by the blog. */
  reports?: { count: number; reasons: Record<string, number>; notes: Array<{ at: string; reason: string; note: string }>; lastAt: string; reviewed?: number; unpublished?: boolean };
  /** What the site's learned filter is taught from this comment. */
  label?: LabelClass;
  labelSource?: 'moderator' | 'import' | 'auto';
}

export type Counts = Partial<Record<Exclude<Queue, 'all'>, number>>;

export interface QueuePage {
  items: ReviewItem[];
  nextCursor: string | null;
  counts: Counts;
  /** Queues with more comments than their count: the server stops counting at a limit. */
  countsAtLeast: Array<Exclude<Queue, 'all'>>;
}

export interface QueueQuery {
  status: Queue;
  order: Order;
  postId?: string;
  rule?: string;
  category?: string;
  /** Search: text contains, author name or id, e-mail by hash (shared/review/personal-hash.ts), IP as typed (keyed by the server). */
  q?: string;
  author?: string;
  emailHash?: string;
  ip?: string;
  /** An author's view: every comment of one author key. */
  authorKey?: string;
  limit?: number;
  cursor?: string;
}

export interface Me {
  username: string;
  sites: string[];
  admin: boolean;
}

export type AuthorActionKind = 'trust' | 'premoderate' | 'ban';

export interface AuthorAction {
  action: AuthorActionKind;
  by: string;
  at: string;
  expiresAt?: string;
  note?: string;
}

export interface AuthorActionRequest {
  action: AuthorActionKind | 'none';
  expiresInDays?: number;
  note?: string;
}

export interface CommentDetail {
  comment: ReviewItem;
  authorHistory: { approved: number; rejected: number; flagged: number; recent: Array<{ id: string; text: string; status: string; createdAt: string }> };
  /** The comment a reply answers, when it is known on this post. */
  parent: ThreadItem | null;
  /** The post's comments as a tree (this one in its place): depth says how far to indent. */
  thread: Array<ThreadItem & { depth: number }>;
  history: Array<{ at: string; by: string; action: string; reason?: RejectReason; from: string; to: string; note?: string }>;
  /** Whether the author can carry an action (they have an id or e-mail), and the one in force. */
  author: { actionable: boolean; action: AuthorAction | null; key?: string };
}

export interface ThreadItem {
  id: string;
  parentId: string | null;
  author: { name: string };
  text: string;
  status: string;
  createdAt: string;
}

export interface DecisionResult {
  id: string;
  status: Status;
  revision: number;
}

export type BulkResult = { id: string; ok: true; status: Status; revision: number } | { id: string; ok: false; error: { code: string; message: string } };

export class SessionEnded extends Error {
  override name = 'SessionEnded';
}

export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export class ReviewApi {
  readonly #baseUrl: string;
  readonly #session: () => Session | null;

  /** `session` is read on every call, so signing out takes effect at once. */
  constructor(baseUrl: string, session: () => Session | null) {
    this.#baseUrl = baseUrl;
    this.#session = session;
  }

  me(): Promise<Me> {
    return this.#call('GET', '/v1/moderation/me');
  }

  listComments(siteId: string, query: QueueQuery): Promise<QueuePage> {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, String(value));
    return this.#call('GET', `/v1/moderation/sites/${encodeURIComponent(siteId)}/comments?${params}`);
  }

  comment(id: string): Promise<CommentDetail> {
    return this.#call('GET', `/v1/moderation/comments/${encodeURIComponent(id)}`);
  }

  decide(id: string, body: { action: Action; reason?: RejectReason; revision: number; note?: string }): Promise<DecisionResult> {
    return this.#call('POST', `/v1/moderation/comments/${encodeURIComponent(id)}/decision`, body);
  }

  decideMany(body: { action: Action; reason?: RejectReason; note?: string; items: Array<{ id: string; revision: number }> }): Promise<{ results: BulkResult[] }> {
    return this.#call('POST', '/v1/moderation/decisions', body);
  }

  /** Trusts, pre-moderates or bans the author of a comment on its site (`none` lifts it). */
  setAuthorAction(commentId: string, body: AuthorActionRequest): Promise<{ authorAction: AuthorAction | null }> {
    return this.#call('POST', `/v1/moderation/comments/${encodeURIComponent(commentId)}/author-action`, body);
  }

  /** Takes back the caller's own latest decisions (the revisions their decisions produced), within the server's window. */
  undo(items: Array<{ id: string; revision: number }>): Promise<{ results: BulkResult[] }> {
    return this.#call('POST', '/v1/moderation/undo', { items });
  }

  async #call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const session = this.#session();
    if (!session) throw new SessionEnded('Your session has ended. Please sign in again.');
    const headers: Record<string, string> = { authorization: `Bearer ${session.token}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(this.#baseUrl + path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    } catch {
      throw new ApiError(0, 'network', 'Could not reach the server. Retrying shortly.');
    }
    if (res.status === 401) throw new SessionEnded('Your session has ended. Please sign in again.');
    const json: any = await res.json().catch(() => null);
    if (!res.ok) {
      throw new ApiError(res.status, json?.error?.code ?? 'http_error', json?.error?.message ?? json?.message ?? `The server answered HTTP ${res.status}.`);
    }
    return json as T;
  }
}
