import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Comment, CommentStatus } from '../comments/comment.ts';
import { fromItem } from './comments.ts';
import { commentKey, queuePartition } from './keys.ts';

// The sweeper's view of the table: a site's pending comments older than a time (its pending
// partition of byQueue, oldest first, never a scan), and the conditional writes that claim one
// for a re-queue or retire it from the index. Every write holds only while the comment is
// still pending, so a comment decided in the meantime is left exactly as it is.

/** A pending comment as the index lists it, with the sweeper's own bookkeeping. */
export interface PendingComment {
  comment: Comment;
  /** When the sweeper last re-queued it, if ever. */
  sweptAt?: string;
  /** How many times the sweeper has re-queued it. */
  sweeps: number;
}

export class PendingStore {
  readonly #doc: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(doc: DynamoDBDocumentClient, tableName: string) {
    this.#doc = doc;
    this.#table = tableName;
  }

  /** Up to `limit` of the site's pending comments created before `before` (ISO), oldest first. */
  async olderThan(siteId: string, before: string, limit: number): Promise<PendingComment[]> {
    const { Items = [] } = await this.#doc.send(
      new QueryCommand({
        TableName: this.#table,
        IndexName: 'byQueue',
        KeyConditionExpression: 'gsi2pk = :p AND createdAt < :before',
        ExpressionAttributeValues: { ':p': queuePartition(siteId, 'pending'), ':before': before },
        Limit: limit,
      }),
    );
    return Items.map((item) => ({
      comment: fromItem(item),
      ...(typeof item.sweptAt === 'string' ? { sweptAt: item.sweptAt } : {}),
      sweeps: typeof item.sweeps === 'number' ? item.sweeps : 0,
    }));
  }

  /**
   * Marks the comment re-queued at `now`, only if it is still pending and was not re-queued
   * since `cutoff` (two sweeps that overlap claim it once). False: decided or claimed meanwhile.
   */
  async claim(commentId: string, now: string, cutoff: string): Promise<boolean> {
    return this.#conditional({
      TableName: this.#table,
      Key: commentKey(commentId),
      ConditionExpression: '#status = :pending AND (attribute_not_exists(sweptAt) OR sweptAt < :cutoff)',
      UpdateExpression: 'SET sweptAt = :now ADD sweeps :one',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':pending': 'pending' satisfies CommentStatus, ':cutoff': cutoff, ':now': now, ':one': 1 },
    });
  }

  /** Takes a comment the sweeper gives up on out of the pending index (it stays pending, and in the DLQ). */
  async retire(commentId: string): Promise<boolean> {
    return this.#conditional({
      TableName: this.#table,
      Key: commentKey(commentId),
      ConditionExpression: '#status = :pending',
      UpdateExpression: 'REMOVE gsi2pk',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':pending': 'pending' satisfies CommentStatus },
    });
  }

  async #conditional(input: ConstructorParameters<typeof UpdateCommand>[0]): Promise<boolean> {
    try {
      await this.#doc.send(new UpdateCommand(input));
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
