import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LabelledComment } from '../labels/labels.ts';
import { fromItem } from './comments.ts';
import { commentKey, labelIndexKeys, labelPartition, queuePartition } from './keys.ts';
import { allPages, mergeInOrder } from './paging.ts';

// A site's training labels (see table.ts for where each kind lives): moderators' and
// imported labels in the byLabel index, the engine's auto labels among the approved
// comments of byQueue. Both are read here and nowhere else.

export type ImportResult = 'created' | 'updated' | 'unchanged' | 'taken';

const EPOCH = '1970-01-01T00:00:00.000Z';

const order = (c: LabelledComment) => `${c.labelledAt}#${c.id}`;

export class LabelStore {
  readonly #doc: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(doc: DynamoDBDocumentClient, tableName: string) {
    this.#doc = doc;
    this.#table = tableName;
  }

  /**
   * Every label of a site given at or after `since` (all of them without it), oldest first
   * (ties by comment id): moderators' and imported labels merged with auto labels. An auto
   * label is listed from its comment's arrival on, whether or not its window has passed:
   * selectTrainingLabels decides when it counts.
   */
  labelsSince(siteId: string, since: string = EPOCH): AsyncGenerator<LabelledComment> {
    return mergeInOrder([this.givenSince(siteId, since), this.autoSince(siteId, since)], order);
  }

  /** Moderators' and imported labels given at or after `since`, oldest first: one Query of the site's label index. */
  async *givenSince(siteId: string, since: string = EPOCH): AsyncGenerator<LabelledComment> {
    const pages = allPages((start) =>
      this.#doc.send(
        new QueryCommand({
          TableName: this.#table,
          IndexName: 'byLabel',
          KeyConditionExpression: 'gsi3pk = :p AND labelledAt >= :since',
          ExpressionAttributeValues: { ':p': labelPartition(siteId), ':since': since },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      ),
    );
    for await (const page of pages) for (const item of page.Items ?? []) yield fromItem(item) as LabelledComment;
  }

  /**
   * The engine's auto labels dated at or after `since`, oldest first. They have no index of
   * their own: the approved queue is read and filtered, which a trainer pays for in reads
   * (half a unit per 4 KB), never in writes.
   */
  async *autoSince(siteId: string, since: string = EPOCH): AsyncGenerator<LabelledComment> {
    const pages = allPages((start) =>
      this.#doc.send(
        new QueryCommand({
          TableName: this.#table,
          IndexName: 'byQueue',
          KeyConditionExpression: 'gsi2pk = :p AND createdAt >= :since',
          FilterExpression: 'labelSource = :auto',
          ExpressionAttributeValues: { ':p': queuePartition(siteId, 'approved'), ':since': since, ':auto': 'auto' },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      ),
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) {
        const comment = fromItem(item);
        yield { ...comment, labelledAt: comment.createdAt } as LabelledComment;
      }
    }
  }

  /** When the newest moderator or imported label of a site was given: one read, for "anything new since the last model?". */
  async latestGivenAt(siteId: string): Promise<string | undefined> {
    const { Items = [] } = await this.#doc.send(
      new QueryCommand({
        TableName: this.#table,
        IndexName: 'byLabel',
        KeyConditionExpression: 'gsi3pk = :p',
        ExpressionAttributeValues: { ':p': labelPartition(siteId) },
        ScanIndexForward: false,
        Limit: 1,
      }),
    );
    return Items[0]?.labelledAt as string | undefined;
  }

  /**
   * Stores an imported comment (shared/labels/import.ts) in one conditional write: created
   * when new, replaced when an earlier import of it differs in text or label, left alone
   * ("unchanged", its label keeping its time) when it is the same, and never written over a
   * comment that was not imported ("taken").
   */
  async putImported(comment: LabelledComment): Promise<ImportResult> {
    try {
      const { Attributes } = await this.#doc.send(
        new PutCommand({
          TableName: this.#table,
          Item: { ...comment, ...commentKey(comment.id), ...labelIndexKeys(comment.siteId) },
          ConditionExpression: 'attribute_not_exists(pk) OR (labelSource = :import AND (bodyHash <> :hash OR #label <> :label))',
          ExpressionAttributeNames: { '#label': 'label' },
          ExpressionAttributeValues: { ':import': 'import', ':hash': comment.bodyHash, ':label': comment.label },
          ReturnValues: 'ALL_OLD',
        }),
      );
      return Attributes ? 'updated' : 'created';
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // Read, not taken from the error: not every DynamoDB implementation returns the old item.
      const { Item } = await this.#doc.send(new GetCommand({ TableName: this.#table, Key: commentKey(comment.id), ConsistentRead: true }));
      return Item?.labelSource === 'import' ? 'unchanged' : 'taken';
    }
  }
}
