import { DeleteCommand, GetCommand, ScanCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuthorAction } from '../authors/author-actions.ts';
import type { AuthorRecords, CommentErasure } from '../authors/personal-data.ts';
import { ERASED_NAME, ERASED_TEXT } from '../authors/personal-data.ts';
import type { Comment } from '../comments/comment.ts';
import { fromItem } from './comments.ts';
import { auditKey, authorActionKey, authorStatsKey, commentKey } from './keys.ts';
import { allPages } from './paging.ts';
import type { AuditEntry } from './review.ts';

// The table side of `sieve authors export|erase` (shared/authors/personal-data.ts). No index
// finds an author's comments (no request path needs one, and an index entry per comment would
// cost every intake), so both read the table once, filtered to the site's comments: a rare
// operator request pays for reading the table; nothing else does.

export class PersonalDataStore {
  readonly #doc: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(doc: DynamoDBDocumentClient, tableName: string) {
    this.#doc = doc;
    this.#table = tableName;
  }

  async *commentsOfSite(siteId: string): AsyncGenerator<Comment> {
    const pages = allPages((start) =>
      this.#doc.send(
        new ScanCommand({
          TableName: this.#table,
          FilterExpression: 'sk = :comment AND siteId = :site',
          ExpressionAttributeValues: { ':comment': commentKey('').sk, ':site': siteId },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      ),
    );
    for await (const page of pages) for (const item of page.Items ?? []) yield fromItem(item);
  }

  async records(siteId: string, key: string): Promise<AuthorRecords> {
    const [stats, action] = await Promise.all([
      this.#doc.send(new GetCommand({ TableName: this.#table, Key: authorStatsKey(siteId, key), ConsistentRead: true })),
      this.#doc.send(new GetCommand({ TableName: this.#table, Key: authorActionKey(siteId, key), ConsistentRead: true })),
    ]);
    const strip = (item: Record<string, unknown> | undefined) => {
      if (!item) return undefined;
      const { pk: _pk, sk: _sk, ...rest } = item;
      return rest;
    };
    const history = strip(stats.Item);
    const held = strip(action.Item) as AuthorAction | undefined;
    return { key, ...(history ? { history } : {}), ...(held ? { action: held } : {}) };
  }

  async deleteRecords(siteId: string, key: string): Promise<void> {
    await Promise.all([
      this.#doc.send(new DeleteCommand({ TableName: this.#table, Key: authorStatsKey(siteId, key) })),
      this.#doc.send(new DeleteCommand({ TableName: this.#table, Key: authorActionKey(siteId, key) })),
    ]);
  }

  /** One update per comment; paths that may be absent are removed only where present (DynamoDB refuses a missing parent). */
  async eraseComment(comment: Comment, erasure: CommentErasure): Promise<Comment> {
    const set = ['#author = :author', '#erasedAt = :erasedAt'];
    const remove = ['#client'];
    const names: Record<string, string> = { '#author': 'author', '#erasedAt': 'erasedAt', '#client': 'client', '#revision': 'revision' };
    const values: Record<string, unknown> = { ':author': { name: ERASED_NAME }, ':erasedAt': erasure.erasedAt, ':one': 1 };
    if (erasure.reasons) {
      set.push('#decision.#reasons = :reasons');
      Object.assign(names, { '#decision': 'decision', '#reasons': 'reasons' });
      values[':reasons'] = erasure.reasons;
    }
    if (comment.review?.note !== undefined) {
      remove.push('#review.#note');
      Object.assign(names, { '#review': 'review', '#note': 'note' });
    }
    if (!erasure.keepText) {
      set.push('#text = :text');
      names['#text'] = 'text';
      values[':text'] = ERASED_TEXT;
      // The label is the text's training example; shadow decisions were made on the text.
      for (const attribute of ['label', 'labelSource', 'labelledAt', 'gsi3pk', 'shadow', 'policyShadow']) {
        remove.push(`#${attribute}`);
        names[`#${attribute}`] = attribute;
      }
    }
    const { Attributes } = await this.#doc.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: commentKey(comment.id),
        ConditionExpression: 'attribute_exists(pk)',
        UpdateExpression: `SET ${set.join(', ')} REMOVE ${remove.join(', ')} ADD #revision :one`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      }),
    );
    return fromItem(Attributes!);
  }

  async dropAuditNotes(entries: AuditEntry[]): Promise<void> {
    for (const entry of entries) {
      await this.#doc.send(
        new UpdateCommand({
          TableName: this.#table,
          Key: auditKey(entry.commentId, entry.at, entry.by),
          UpdateExpression: 'REMOVE #note',
          ExpressionAttributeNames: { '#note': 'note' },
        }),
      );
    }
  }
}
