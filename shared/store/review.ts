import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand, UpdateCommand, GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Comment, CommentStatus, Review } from '../comments/comment.ts';
import type { LabelClass, RejectReason } from '../labels/labels.ts';
import type { QueueFilters } from '../review/review-request.ts';
import { fromItem, type Page } from './comments.ts';
import { mergedPageStarts, nextMergedPage, nextPage, pageStart, type Resume } from './cursor.ts';
import { auditKey, auditPrefix, authorStatsKey, commentKey, labelIndexKeys, postIndexKeys, queueIndexKeys, queuePartition, type QueueKey } from './keys.ts';
import { allPages, batchGetByPk } from './paging.ts';
import { authorKey } from '../engine/author-key.ts';
import { commentMatcher, isFiltered } from '../review/search.ts';

export type ReviewStatus = Exclude<CommentStatus, 'pending'>;
export const REVIEW_STATUSES: ReviewStatus[] = ['flagged', 'rejected', 'approved'];
/** Every queue partition of a site: pending comments are indexed too, so moderators see what the engine has not decided. */
export const QUEUE_STATUSES: QueueKey[] = ['pending', ...REVIEW_STATUSES, 'reported'];

/** Queue sizes are counted up to this many; beyond it the console shows "1000+". */
export const QUEUE_COUNT_LIMIT = 1000;

/** Index entries one filtered queue page may read before it answers with what it found and a cursor. */
export const QUEUE_READ_BUDGET = 2000;
/** Entries per DynamoDB read while filtering: matches may be sparse, so read more than a page at a time. */
const FILTERED_READ_PAGE = 200;

/** Matching entries of one partition, and the position it read up to when it stopped before the partition's end. */
interface PartitionRead {
  items: Array<Record<string, unknown>>;
  end?: Record<string, unknown>;
}

export interface QueueCounts {
  counts: Record<QueueKey, number>;
  /** Queues holding more than their count says (it stopped at the limit). */
  atLeast: QueueKey[];
}

export interface AuditEntry {
  commentId: string;
  at: string;
  by: string;
  /**
   * `undo`: the moderator took back their own latest decision (shared/review/undo.ts); `erase`:
   * an operator erased the author's personal data (shared/authors/personal-data.ts).
   */
  action: 'approve' | 'reject' | 'undo' | 'erase';
  reason?: RejectReason;
  from: CommentStatus;
  to: CommentStatus;
  note?: string;
}

export interface AuthorStats {
  approved: number;
  rejected: number;
  flagged: number;
  recentIds: string[];
}

/** The moderators' side of the table: queues, decisions, audit trail, author history. */
export class ReviewStore {
  readonly #doc: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(doc: DynamoDBDocumentClient, tableName: string) {
    this.#doc = doc;
    this.#table = tableName;
  }

  /**
   * One page of a site's queue (`all`: every queue, merged by time). A filtered page keeps
   * reading index pages until it holds `limit` matches or the queue ends: a page is full or
   * the last one, never empty with matches further on. Reading is bounded by `readBudget`
   * index entries per request (shared between the queues of `all`): a rare match over a huge
   * approved queue must not read it all at once; a page that hits the budget comes back short
   * with a cursor. The match runs on the entries read (shared/review/search.ts): a DynamoDB
   * filter would cost the same read units and could neither fold case nor hash.
   */
  async listQueue(siteId: string, q: QueueFilters, readBudget = QUEUE_READ_BUDGET): Promise<Page<Comment>> {
    const matches = isFiltered(q) ? commentMatcher(q, (c) => authorKey(c.author)) : null;
    if (q.status !== 'all') {
      const partition = queuePartition(siteId, q.status);
      // Decoded first: a bad cursor is the caller's 400 before any read.
      const start = pageStart('byQueue', partition, q.cursor).ExclusiveStartKey;
      const read = await this.#readPartition(partition, start, q, matches, readBudget);
      return { items: read.items.map(fromItem), ...nextPage('byQueue', read.end) };
    }
    const partitions = QUEUE_STATUSES.map((status) => queuePartition(siteId, status));
    const starts = mergedPageStarts('byQueue', partitions, q.cursor);
    const budget = Math.floor(readBudget / partitions.length);
    const reads: PartitionRead[] = await Promise.all(
      partitions.map((partition, i) => (starts[i] === false ? { items: [] } : this.#readPartition(partition, starts[i] || undefined, q, matches, budget))),
    );
    const direction = q.order === 'oldest' ? 1 : -1;
    // By createdAt, then by table key within a millisecond (only to merge: each partition resumes in its own order).
    const position = (item: Record<string, unknown>) => `${String(item.createdAt)}|${String(item.pk)}`;
    const inOrder = (a: Record<string, unknown>, b: Record<string, unknown>) => direction * (position(a) < position(b) ? -1 : position(a) > position(b) ? 1 : 0);
    // A partition that stopped early (page full, budget spent) was read only up to its `end`:
    // the merged page may not pass the earliest such end, or it would skip what lies beyond.
    const bound = reads.flatMap((r) => (r.end ? [r.end] : [])).sort(inOrder)[0];
    const limitItem = reads.flatMap((r) => r.items).sort(inOrder)[q.limit - 1];
    const cut = [bound, limitItem].filter((x) => x !== undefined).sort(inOrder)[0];
    const resumes: Resume[] = [];
    const taken: Array<Record<string, unknown>> = [];
    reads.forEach((read, i) => {
      // What a partition gives the page is a prefix of what it read, so it resumes after its last entry given.
      let n = 0;
      while (n < read.items.length && (!cut || inOrder(read.items[n]!, cut) <= 0)) n++;
      taken.push(...read.items.slice(0, n));
      if (starts[i] === false) resumes.push(false);
      else if (n < read.items.length) resumes.push(read.items[n - 1] ?? starts[i]);
      // Every match it read is on the page, and what it read past them did not match.
      else if (read.end) resumes.push(read.end);
      else resumes.push(false);
    });
    return { items: taken.sort(inOrder).map(fromItem), ...nextMergedPage('byQueue', resumes) };
  }

  /** Up to `q.limit` matching entries of one queue partition after `start`, and how far it read when it stopped early. */
  async #readPartition(
    partition: string,
    start: Record<string, unknown> | undefined,
    q: QueueFilters,
    matches: ((c: Comment) => Promise<boolean>) | null,
    readBudget: number,
  ): Promise<PartitionRead> {
    let startKey = start;
    const items: Array<Record<string, unknown>> = [];
    let read = 0;
    for (;;) {
      const pageSize = matches ? Math.max(1, Math.min(FILTERED_READ_PAGE, readBudget - read)) : q.limit - items.length;
      const { Items = [], LastEvaluatedKey } = await this.#doc.send(
        new QueryCommand({
          TableName: this.#table,
          IndexName: 'byQueue',
          KeyConditionExpression: 'gsi2pk = :p',
          ExpressionAttributeValues: { ':p': partition },
          ScanIndexForward: q.order === 'oldest',
          Limit: pageSize,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      read += Items.length;
      for (const [i, item] of Items.entries()) {
        if (matches && !(await matches(fromItem(item)))) continue;
        items.push(item);
        // More may follow this one: the page ends here.
        if (items.length === q.limit) return i < Items.length - 1 || LastEvaluatedKey ? { items, end: item } : { items };
      }
      if (!LastEvaluatedKey) return { items };
      if (read >= readBudget) return { items, end: LastEvaluatedKey };
      startKey = LastEvaluatedKey;
    }
  }

  /**
   * How many comments each queue holds, counted up to `limit`: a count reads every index
   * entry it counts, and the console asks every few seconds, so a site's hundreds of
   * thousands of approved comments must not be read each time. A queue with more is
   * reported at the limit and named in `atLeast`.
   */
  async countByStatus(siteId: string, limit = QUEUE_COUNT_LIMIT): Promise<QueueCounts> {
    const counted = await Promise.all(
      QUEUE_STATUSES.map(async (status) => {
        let total = 0;
        const pages = allPages((start) =>
          this.#doc.send(
            new QueryCommand({
              TableName: this.#table,
              IndexName: 'byQueue',
              KeyConditionExpression: 'gsi2pk = :p',
              ExpressionAttributeValues: { ':p': queuePartition(siteId, status) },
              Select: 'COUNT',
              // One past the limit tells "exactly the limit" from "more".
              Limit: limit + 1 - total,
              ...(start ? { ExclusiveStartKey: start } : {}),
            }),
          ),
        );
        for await (const page of pages) {
          total += page.Count ?? 0;
          if (total > limit) break;
        }
        return { status, total };
      }),
    );
    return {
      counts: Object.fromEntries(counted.map(({ status, total }) => [status, Math.min(total, limit)])) as Record<QueueKey, number>,
      atLeast: counted.filter(({ total }) => total > limit).map(({ status }) => status),
    };
  }

  /**
   * A moderator's decision: one conditional write on the revision the moderator saw.
   * Returns false when someone (another moderator, or the engine) decided in between.
   * The same write sets the comment's training label (and its entry in the site's label
   * index), or removes any label when the decision teaches nothing: a reject for "other"
   * overturns an auto "ok" as much as a reject for spam does.
   */
  async applyReview(comment: Comment, to: ReviewStatus, review: Review, label?: LabelClass): Promise<boolean> {
    return this.#writeReview(comment, to, { review, at: review.at }, label);
  }

  /**
   * An undo: the comment goes back to `to` with the review it had before (none when the
   * engine's decision was the last word), in the same single conditional write as a decision.
   */
  async revertReview(comment: Comment, to: ReviewStatus, previous: Review | undefined, at: string, label?: LabelClass): Promise<boolean> {
    return this.#writeReview(comment, to, { ...(previous ? { review: previous } : {}), at }, label);
  }

  async #writeReview(comment: Comment, to: ReviewStatus, change: { review?: Review; at: string }, label?: LabelClass): Promise<boolean> {
    const set = ['#status = :to', 'gsi2pk = :gsi2pk'];
    const remove: string[] = [];
    const values: Record<string, unknown> = {
      ':to': to,
      ':seen': comment.revision,
      ':one': 1,
      ...Object.fromEntries(Object.entries(queueIndexKeys(comment.siteId, to)).map(([k, v]) => [`:${k}`, v])),
    };
    if (change.review) {
      set.push('#review = :review', '#decidedAt = :decidedAt');
      Object.assign(values, { ':review': change.review, ':decidedAt': change.review.at });
    } else {
      remove.push('#review');
    }
    if (to === 'approved') {
      set.push('gsi1pk = :gsi1pk');
      Object.assign(values, Object.fromEntries(Object.entries(postIndexKeys(comment.siteId, comment.postId)).map(([k, v]) => [`:${k}`, v])));
    } else {
      remove.push('gsi1pk');
    }
    if (comment.reports) {
      // A moderator has now seen these reports: only later ones count towards unpublishing again.
      set.push('#reports.#reviewed = :reviewed');
      remove.push('#reports.#unpublished');
      values[':reviewed'] = comment.reports.count;
    }
    if (label) {
      set.push('#label = :label', '#labelSource = :labelSource', '#labelledAt = :at', 'gsi3pk = :gsi3pk');
      Object.assign(values, { ':label': label, ':labelSource': 'moderator', ':at': change.at, ':gsi3pk': labelIndexKeys(comment.siteId).gsi3pk });
    } else {
      remove.push('#label', '#labelSource', '#labelledAt', 'gsi3pk');
    }
    try {
      await this.#doc.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: commentKey(comment.id),
          ConditionExpression: '#revision = :seen',
          UpdateExpression: `SET ${set.join(', ')} ADD #revision :one${remove.length ? ` REMOVE ${remove.join(', ')}` : ''}`,
          ExpressionAttributeNames: {
            '#status': 'status',
            '#review': 'review',
            ...(change.review ? { '#decidedAt': 'decidedAt' } : {}),
            '#revision': 'revision',
            '#label': 'label',
            '#labelSource': 'labelSource',
            '#labelledAt': 'labelledAt',
            ...(comment.reports ? { '#reports': 'reports', '#reviewed': 'reviewed', '#unpublished': 'unpublished' } : {}),
          },
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    await this.#doc.send(new PutCommand({ TableName: this.#table, Item: { ...auditKey(entry.commentId, entry.at, entry.by), ...entry } }));
  }

  async history(commentId: string): Promise<AuditEntry[]> {
    const { Items = [] } = await this.#doc.send(
      new QueryCommand({
        TableName: this.#table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :audit)',
        ExpressionAttributeValues: { ':pk': commentKey(commentId).pk, ':audit': auditPrefix },
      }),
    );
    return Items.map(({ pk: _pk, sk: _sk, ...entry }) => entry as AuditEntry);
  }

  /** Moves one comment of the author's history from one outcome counter to another. */
  async moveAuthorCount(siteId: string, authorKey: string, from: CommentStatus, to: CommentStatus): Promise<void> {
    if (from === to) return;
    const adds: string[] = [];
    const names: Record<string, string> = {};
    const values: Record<string, number> = {};
    if (from !== 'pending') {
      adds.push('#from :minus');
      names['#from'] = from;
      values[':minus'] = -1;
    }
    if (to !== 'pending') {
      adds.push('#to :plus');
      names['#to'] = to;
      values[':plus'] = 1;
    }
    await this.#doc.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: authorStatsKey(siteId, authorKey),
        UpdateExpression: `ADD ${adds.join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  }

  async authorStats(siteId: string, authorKey: string): Promise<AuthorStats> {
    const { Item } = await this.#doc.send(new GetCommand({ TableName: this.#table, Key: authorStatsKey(siteId, authorKey) }));
    const recent = (Item?.recent as Array<{ id?: string; at: number }> | undefined) ?? [];
    return {
      approved: Number(Item?.approved ?? 0),
      rejected: Number(Item?.rejected ?? 0),
      flagged: Number(Item?.flagged ?? 0),
      recentIds: recent
        .filter((r) => r.id)
        .sort((a, b) => b.at - a.at)
        .map((r) => r.id!),
    };
  }

  async commentsByIds(ids: string[]): Promise<Comment[]> {
    const items = await batchGetByPk(this.#doc, this.#table, ids.map(commentKey));
    return [...items.values()].map(fromItem);
  }
}
