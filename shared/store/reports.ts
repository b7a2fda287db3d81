import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Comment, CommentReports } from '../comments/comment.ts';
import type { ReportChange } from '../reports/report-comment.ts';
import { commentKey, queueIndexKeys } from './keys.ts';

/** Readers' reports on a comment: one conditional update of the comment item each. */
export class ReportStore {
  readonly #doc: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(doc: DynamoDBDocumentClient, tableName: string) {
    this.#doc = doc;
    this.#table = tableName;
  }

  /**
   * Conditional on the report count and status read, so two reports at once both count (the
   * loser reads again) and a moderator's decision in between is never undone. A report moves
   * an approved comment's byQueue entry to the Reported queue (it stays on its post: gsi1pk is
   * kept) and does not bump the revision, so a moderator's open decision stays valid; unpublishing
   * takes it off the post and flags it, which does.
   */
  async addReport(comment: Comment, change: ReportChange): Promise<boolean> {
    const reports: CommentReports = {
      count: change.count,
      reasons: change.reasons,
      notes: change.notes,
      lastAt: change.at,
      ...(comment.reports?.reviewed !== undefined ? { reviewed: comment.reports.reviewed } : {}),
      ...(change.unpublish || comment.reports?.unpublished ? { unpublished: true } : {}),
    };
    const set = ['#reports = :reports'];
    const values: Record<string, unknown> = { ':reports': reports, ':status': comment.status };
    const names: Record<string, string> = { '#reports': 'reports', '#status': 'status' };
    if (change.queue) {
      set.push('gsi2pk = :reported');
      values[':reported'] = queueIndexKeys(comment.siteId, 'reported').gsi2pk;
    }
    let tail = '';
    if (change.unpublish) {
      set.push('#status = :flagged');
      values[':flagged'] = 'flagged';
      values[':one'] = 1;
      names['#revision'] = 'revision';
      tail = ' ADD #revision :one REMOVE gsi1pk';
    }
    const seen = change.seenCount === 0 ? 'attribute_not_exists(#reports)' : '#reports.#count = :seen';
    if (change.seenCount !== 0) {
      values[':seen'] = change.seenCount;
      names['#count'] = 'count';
    }
    try {
      await this.#doc.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: commentKey(comment.id),
          ConditionExpression: `#status = :status AND ${seen}`,
          UpdateExpression: `SET ${set.join(', ')}${tail}`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
