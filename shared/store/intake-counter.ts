import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { intakeCounterKey } from './keys.ts';

// A site's submissions per window: one small item per site and window, counted by an atomic
// ADD (one write unit per submission, no read), swept by TTL an hour after its window.

const SWEEP_AFTER_SECONDS = 3600;

export class IntakeCounterStore {
  readonly #doc: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(doc: DynamoDBDocumentClient, tableName: string) {
    this.#doc = doc;
    this.#table = tableName;
  }

  /** Counts one submission in the window starting at `windowStart` (ms) and returns the window's count so far. */
  async increment(siteId: string, windowStart: number, windowMs: number): Promise<number> {
    const { Attributes } = await this.#doc.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: intakeCounterKey(siteId, windowStart),
        UpdateExpression: 'ADD #n :one SET #ttl = :ttl',
        ExpressionAttributeNames: { '#n': 'submissions', '#ttl': 'ttl' },
        ExpressionAttributeValues: { ':one': 1, ':ttl': Math.ceil((windowStart + windowMs) / 1000) + SWEEP_AFTER_SECONDS },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(Attributes?.submissions ?? 1);
  }
}
