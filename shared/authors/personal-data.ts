import { InvalidInputError } from '../errors.ts';
import type { Comment } from '../comments/comment.ts';
import { authorKey } from '../engine/author-key.ts';
import type { Policy } from '../engine/policy.ts';
import { erasedEvent, type WebhookEvent } from '../webhooks/events.ts';
import type { AuditEntry } from '../store/review.ts';
import type { AuthorAction } from './author-actions.ts';

// What Sieve holds about one author of one site, to hand over (export) or to forget (erase).
// An author is named as the blog knows them: by its own author id, or by e-mail. What is held:
//
// - their comments (imported history and moderators' training labels are comments too), with
//   e-mail, name, url, the hashed network and user agent, decisions and moderators' notes;
// - their record under each author key their comments carry (outcome counts and recent posts)
//   and a moderator's action on them (trust, pre-moderation, ban);
// - the audit trail of those comments.
//
// Erasing removes every identifying field from each comment (the author becomes ERASED_NAME
// with no id, e-mail or url, the client is dropped, moderators' notes are dropped here and in
// the audit trail, reasons lose their spans and details) and replaces the text by a tombstone
// unless the site's policy keeps texts (`erasure.keepText`); with the text go its training
// label and any shadow decisions. The comment keeps its id, status and place in its thread,
// so replies under it stay placeable. The author's records are deleted; each comment gains an
// audit entry and a comment.erased event. Fingerprints of texts and network counters hold only
// times under hashes and expire within a day; learned models hold hashed features, not texts.

export const ERASED_NAME = '[erased]';
export const ERASED_TEXT = '[This comment was removed at its author’s request]';
/** The reason detail an erased comment keeps: details may quote the text or the name. */
export const ERASED_DETAIL = '(erased)';

export type AuthorRef = { id: string; email?: undefined } | { email: string; id?: undefined };

export const parseAuthorRef = (input: { author?: string | undefined; email?: string | undefined }): AuthorRef => {
  const id = input.author?.trim();
  const email = input.email?.trim();
  if (Boolean(id) === Boolean(email)) {
    throw new InvalidInputError('author_required', 'Name the author by exactly one of --author ID or --email E', {
      fields: [{ field: id ? 'email' : 'author', message: id ? 'give --author or --email, not both' : 'required' }],
    });
  }
  return id ? { id } : { email: email! };
};

/** Whether `comment` was written by the author `ref` names. */
export const writtenBy = (comment: Comment, ref: AuthorRef): boolean =>
  ref.id !== undefined ? comment.author.id === ref.id : comment.author.email?.trim().toLowerCase() === ref.email.toLowerCase();

/** The author keys (engine/author-key.ts) the author's records may be kept under: the ref's own and each comment's. */
export const authorKeysOf = (ref: AuthorRef, comments: readonly Comment[]): string[] => {
  const keys = new Set<string>();
  const own = authorKey(ref.id !== undefined ? { id: ref.id } : { email: ref.email });
  if (own) keys.add(own);
  for (const c of comments) {
    const key = authorKey(c.author);
    if (key && !key.startsWith('name:')) keys.add(key);
  }
  return [...keys];
};

export interface AuthorRecords {
  key: string;
  /** Outcome counts and recent posts, as the stream context keeps them. */
  history?: Record<string, unknown>;
  action?: AuthorAction;
}

export interface PersonalDataPorts {
  /** Every comment of the site (a full read: this is rare and run by an operator). */
  commentsOfSite(siteId: string): AsyncIterable<Comment>;
  records(siteId: string, key: string): Promise<AuthorRecords>;
  audit(commentId: string): Promise<AuditEntry[]>;
}

export interface AuthorExport {
  siteId: string;
  author: AuthorRef;
  exportedAt: string;
  comments: Array<{ comment: Comment; audit: AuditEntry[] }>;
  records: AuthorRecords[];
}

const authorsComments = async (siteId: string, ref: AuthorRef, ports: Pick<PersonalDataPorts, 'commentsOfSite'>): Promise<Comment[]> => {
  const found: Comment[] = [];
  for await (const c of ports.commentsOfSite(siteId)) if (writtenBy(c, ref)) found.push(c);
  return found.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
};

/** Everything held about the author, as one JSON-ready object. */
export const exportAuthor = async (input: { siteId: string; ref: AuthorRef; now: Date }, ports: PersonalDataPorts): Promise<AuthorExport> => {
  const comments = await authorsComments(input.siteId, input.ref, ports);
  const records = (await Promise.all(authorKeysOf(input.ref, comments).map((key) => ports.records(input.siteId, key)))).filter(
    (r) => r.history !== undefined || r.action !== undefined,
  );
  return {
    siteId: input.siteId,
    author: input.ref,
    exportedAt: input.now.toISOString(),
    comments: await Promise.all(comments.map(async (comment) => ({ comment, audit: await ports.audit(comment.id) }))),
    records,
  };
};

/** What erasing one comment changes (the store applies it in one update). */
export interface CommentErasure {
  commentId: string;
  keepText: boolean;
  erasedAt: string;
  /** The decision's reasons without spans or details, when it has a decision. */
  reasons?: NonNullable<Comment['decision']>['reasons'];
}

export const erasureOf = (comment: Comment, keepText: boolean, at: Date): CommentErasure => ({
  commentId: comment.id,
  keepText,
  erasedAt: at.toISOString(),
  ...(comment.decision ? { reasons: comment.decision.reasons.map((r) => ({ ...r, spans: [], detail: ERASED_DETAIL })) } : {}),
});

export interface ErasurePorts extends PersonalDataPorts {
  policyOf(siteId: string): Promise<Policy>;
  /** Applies the erasure and returns the comment as stored after it. */
  eraseComment(comment: Comment, erasure: CommentErasure): Promise<Comment>;
  /** Drops the notes of the comment's audit entries (who, what and when stay). */
  dropAuditNotes(entries: AuditEntry[]): Promise<void>;
  appendAudit(entry: AuditEntry): Promise<void>;
  deleteRecords(siteId: string, key: string): Promise<void>;
  /** Queues the event for the site's webhooks; returns how many deliveries it made. */
  publish(event: WebhookEvent): Promise<number>;
}

export interface ErasureReport {
  siteId: string;
  erased: string[];
  textKept: boolean;
  recordsDeleted: string[];
  webhookDeliveries: number;
}

/** Forgets the author on the site (see the top of this file); running it again finds nothing more to do. */
export const eraseAuthor = async (input: { siteId: string; ref: AuthorRef; now: Date; by: string }, ports: ErasurePorts): Promise<ErasureReport> => {
  const comments = await authorsComments(input.siteId, input.ref, ports);
  const keys = authorKeysOf(input.ref, comments);
  const keepText = (await ports.policyOf(input.siteId)).erasure?.keepText ?? false;
  let webhookDeliveries = 0;
  const at = input.now.toISOString();
  for (const comment of comments) {
    const after = await ports.eraseComment(comment, erasureOf(comment, keepText, input.now));
    await ports.dropAuditNotes((await ports.audit(comment.id)).filter((e) => e.note !== undefined));
    await ports.appendAudit({
      commentId: comment.id,
      at,
      by: input.by,
      action: 'erase',
      from: comment.status,
      to: after.status,
      note: keepText ? 'author data erased; text kept by the site policy' : 'author data and text erased',
    });
    webhookDeliveries += await ports.publish(erasedEvent(after, at));
  }
  const recordsDeleted: string[] = [];
  for (const key of keys) {
    const held = await ports.records(input.siteId, key);
    if (held.history === undefined && held.action === undefined) continue;
    await ports.deleteRecords(input.siteId, key);
    recordsDeleted.push(key.split(':')[0]!);
  }
  return { siteId: input.siteId, erased: comments.map((c) => c.id), textKept: keepText, recordsDeleted, webhookDeliveries };
};
