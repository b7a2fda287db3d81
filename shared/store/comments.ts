import { couldBeCommentId } from '../comments/ids.ts';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Comment, CommentStatus, ShadowDecisions, StoredDecision } from '../comments/comment.ts';
import { STATUS_OF_OUTCOME } from '../comments/comment.ts';
import { autoLabelOf } from '../labels/labels.ts';
import { nextPage, pageStart } from './cursor.ts';
import { batchGetItems } from './paging.ts';
import { commentKey, postIndexKeys, postPartition, queueIndexKeys } from './keys.ts';

// A new comment is pending: its one index entry is its site's pending queue (byQueue), where
// the sweeper finds a comment whose queue message never left (see table.ts: sparse indexes).
const toNewItem = (c: Comment) => ({ ...c, ...commentKey(c.id), ...queueIndexKeys(c.siteId, 'pending') });

export const fromItem = (item: Record<string, unknown>): Comment => {
  const { pk: _pk, sk: _sk, gsi1pk: _a, gsi2pk: _b, gsi3pk: _c, sweptAt: _d, sweeps: _e, ...comment } = item;
  return comment as unknown as Comment;
};

export type CreateResult = { created: true } | { created: false; existing: Comment };

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export class CommentStore {
  readonly #doc: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(doc: DynamoDBDocumentClient, tableName: string) {
    this.#doc = doc;
    this.#table = tableName;
  }

  /** Stores a new pending comment unless one with this id exists (the idempotent retry case). */
  async create(comment: Comment): Promise<CreateResult> {
    try {
      await this.#doc.send(
        new PutCommand({
          TableName: this.#table,
          Item: toNewItem(comment),
          ConditionExpression: 'attribute_not_exists(pk)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { created: true };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // Not every DynamoDB implementation returns the old item on failure: read it.
      const existing = error.Item ? fromItem(error.Item as Record<string, unknown>) : await this.get(comment.id);
      if (!existing) throw error;
      return { created: false, existing };
    }
  }

  async get(id: string): Promise<Comment | undefined> {
    // An id Sieve never issues names no comment; asking DynamoDB anyway would fail on an
    // over-long key (2 KB) as a server error instead of a plain not-found.
    if (!couldBeCommentId(id)) return undefined;
    const { Item } = await this.#doc.send(new GetCommand({ TableName: this.#table, Key: commentKey(id), ConsistentRead: true }));
    return Item ? fromItem(Item) : undefined;
  }

  /**
   * Writes the engine's decision only while the comment is still pending, so a redelivered
   * message can never overwrite a later decision (the engine's or a moderator's). A confident
   * approval is labelled "ok" (source auto) in the same write: the label costs no request and
   * no index entry of its own (see table.ts). What the site's shadow model or policy would have
   * decided, if it has one, rides on the same write: it is never a decision, so it labels nothing.
   */
  async recordDecision(comment: Comment, decision: StoredDecision, decidedAt: Date, shadows: ShadowDecisions = {}): Promise<'recorded' | 'already-decided'> {
    const status = STATUS_OF_OUTCOME[decision.outcome];
    const label = decision.by === 'engine' ? autoLabelOf(decision) : undefined;
    const indexKeys = {
      ...queueIndexKeys(comment.siteId, status),
      ...(status === 'approved' ? postIndexKeys(comment.siteId, comment.postId) : {}),
    };
    // No labelledAt: an auto label is dated by the comment's arrival (createdAt, the approved
    // queue's sort key, so that queue lists auto labels in label order), and every byte here
    // is paid again in the item's two index entries.
    const labelFields = label ? { label, labelSource: 'auto' } : {};
    const names = Object.keys(indexKeys);
    const labelNames = Object.keys(labelFields);
    const shadowNames = (['shadow', 'policyShadow'] as const).filter((n) => shadows[n] !== undefined);
    try {
      await this.#doc.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: commentKey(comment.id),
          ConditionExpression: '#status = :pending',
          UpdateExpression: `SET #status = :status, #decision = :decision, #decidedAt = :decidedAt, #rules = :rules, #categories = :categories, ${[...names, ...labelNames].map((n) => `${n} = :${n}`).join(', ')}${shadowNames.map((n) => `, #${n} = :${n}`).join('')} ADD #revision :one`,
          // Aliased: several of these names are DynamoDB reserved words.
          ExpressionAttributeNames: {
            '#status': 'status',
            '#decision': 'decision',
            '#decidedAt': 'decidedAt',
            '#rules': 'rules',
            '#categories': 'categories',
            '#revision': 'revision',
            ...Object.fromEntries(shadowNames.map((n) => [`#${n}`, n])),
          },
          ExpressionAttributeValues: {
            ':pending': 'pending' satisfies CommentStatus,
            ...Object.fromEntries(shadowNames.map((n) => [`:${n}`, shadows[n]])),
            ':status': status,
            ':decision': decision,
            ':decidedAt': decidedAt.toISOString(),
            // Lists, not sets: DynamoDB sets cannot be empty and filters use contains() on either.
            ':rules': [...new Set(decision.reasons.map((r) => r.rule))],
            ':categories': [...new Set(decision.reasons.map((r) => r.category))],
            ':one': 1,
            ...Object.fromEntries(Object.entries({ ...indexKeys, ...labelFields }).map(([n, v]) => [`:${n}`, v])),
          },
        }),
      );
      return 'recorded';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return 'already-decided';
      throw error;
    }
  }

  /** Approved comments of a post, oldest first unless asked otherwise. The cursor names only a position inside this post. */
  async listApproved(siteId: string, postId: string, options: { limit: number; cursor?: string; newestFirst?: boolean }): Promise<Page<Comment>> {
    const partition = postPartition(siteId, postId);
    const { Items = [], LastEvaluatedKey } = await this.#doc.send(
      new QueryCommand({
        TableName: this.#table,
        IndexName: 'byPost',
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': partition },
        Limit: options.limit,
        ...(options.newestFirst ? { ScanIndexForward: false } : {}),
        ...pageStart('byPost', partition, options.cursor),
      }),
    );
    return { items: Items.map(fromItem), ...nextPage('byPost', LastEvaluatedKey) };
  }

  /** Comments by id, in one BatchGet per hundred; ids with no comment are absent. */
  async getMany(ids: readonly string[]): Promise<Comment[]> {
    const items = await batchGetItems(this.#doc, this.#table, [...new Set(ids)].map(commentKey));
    return items.map(fromItem);
  }
}

