import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ContextFacts, ContextQuery, ContextSource, Outcome } from '../engine/types.ts';
import { authorStatsKey, fingerprintKey } from './keys.ts';
import { batchGetByPk } from './paging.ts';

// The worker's ContextSource: stream facts for one site, from the table.
//
// - Duplicates by anyone: a counter per (fingerprint, time bucket), the bucket as long as
//   the duplicate window; a lookup reads the current and the previous bucket, so it sees
//   between one and two windows back (recent enough for spam). Only the broadest fingerprint
//   is kept (every stricter match implies it; see ContextQuery), which saves a write and two
//   reads per comment.
// - Author history, flood and duplicates by the author: one item per author holding the
//   outcome counts and the author's recent posts (time + fingerprint), so one read and
//   one write per comment cover all three.
//
// `recent` is rewritten from the snapshot read in lookup(); two workers recording the same
// author at the same instant may drop one entry. That is tolerable for a heuristic and
// avoids a read-modify-write transaction the embedded DynamoDB does not offer.

const MAX_RECENT = 50;

interface RecentPost {
  at: number;
  fp: string;
  /** The comment, so moderators can see an author's recent comments. */
  id?: string;
}

interface AuthorItem {
  approved?: number;
  rejected?: number;
  flagged?: number;
  recent?: RecentPost[];
}

const OUTCOME_COUNTER: Record<Outcome, keyof Omit<AuthorItem, 'recent'>> = {
  approve: 'approved',
  flag: 'flagged',
  reject: 'rejected',
};

const broadest = (q: ContextQuery): string | undefined => q.fingerprints.at(-1);

const bucketOf = (at: number, windowMs: number) => Math.floor(at / Math.max(windowMs, 1));

export class DynamoContextSource implements ContextSource {
  readonly #doc: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #siteId: string;
  readonly #commentId: string | undefined;
  readonly #recentByAuthor = new Map<string, RecentPost[]>();

  constructor(doc: DynamoDBDocumentClient, tableName: string, siteId: string, commentId?: string) {
    this.#doc = doc;
    this.#table = tableName;
    this.#siteId = siteId;
    this.#commentId = commentId;
  }

  async lookup(q: ContextQuery): Promise<ContextFacts> {
    const bucket = bucketOf(q.at, q.duplicateWindowMs);
    const fp = broadest(q);
    const fpKeys = fp ? [fingerprintKey(this.#siteId, fp, bucket), fingerprintKey(this.#siteId, fp, bucket - 1)] : [];
    const authorKey = q.authorKey ? authorStatsKey(this.#siteId, q.authorKey) : undefined;
    const keys = [...fpKeys, ...(authorKey ? [authorKey] : [])];
    const items = await batchGetByPk(this.#doc, this.#table, keys);

    const countOf = (print: string) =>
      Number(items.get(fingerprintKey(this.#siteId, print, bucket).pk)?.count ?? 0) +
      Number(items.get(fingerprintKey(this.#siteId, print, bucket - 1).pk)?.count ?? 0);
    const author = (authorKey ? items.get(authorKey.pk) : undefined) as AuthorItem | undefined;
    const recent = author?.recent ?? [];
    if (q.authorKey) this.#recentByAuthor.set(q.authorKey, recent);
    // Either side of this comment's time: a burst arrives in one batch in no particular
    // order, so a comment written a second later may well have been decided first.
    const within = (windowMs: number) => (r: RecentPost) => Math.abs(r.at - q.at) < windowMs;

    const fingerprints = new Set(q.fingerprints);
    return {
      sameText: {
        byAnyone: fp ? countOf(fp) : 0,
        byAuthor: recent.filter((r) => within(q.duplicateWindowMs)(r) && fingerprints.has(r.fp)).length,
      },
      authorRecent: recent.filter(within(q.floodWindowMs)).length,
      authorHistory: { approved: author?.approved ?? 0, rejected: author?.rejected ?? 0, flagged: author?.flagged ?? 0 },
    };
  }

  async record(q: ContextQuery, outcome: Outcome): Promise<void> {
    const bucket = bucketOf(q.at, q.duplicateWindowMs);
    const expiresAt = Math.ceil(((bucket + 2) * q.duplicateWindowMs) / 1000);
    const fp = broadest(q);
    const writes: Promise<unknown>[] = (fp ? [fp] : []).map((print) =>
      this.#doc.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: fingerprintKey(this.#siteId, print, bucket),
          UpdateExpression: 'ADD #count :one SET #ttl = :ttl',
          ExpressionAttributeNames: { '#count': 'count', '#ttl': 'ttl' },
          ExpressionAttributeValues: { ':one': 1, ':ttl': expiresAt },
        }),
      ),
    );
    if (q.authorKey) {
      const horizon = q.at - Math.max(q.duplicateWindowMs, q.floodWindowMs);
      const earlier = (this.#recentByAuthor.get(q.authorKey) ?? []).filter((r) => r.at > horizon);
      const recent = [...earlier, { at: q.at, fp: fp ?? '', ...(this.#commentId ? { id: this.#commentId } : {}) }].slice(-MAX_RECENT);
      writes.push(
        this.#doc.send(
          new UpdateCommand({
            TableName: this.#table,
            Key: authorStatsKey(this.#siteId, q.authorKey),
            UpdateExpression: 'ADD #counter :one SET #recent = :recent',
            ExpressionAttributeNames: { '#counter': OUTCOME_COUNTER[outcome], '#recent': 'recent' },
            ExpressionAttributeValues: { ':one': 1, ':recent': recent },
          }),
        ),
      );
    }
    await Promise.all(writes);
  }

}
