import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ipSaltKey } from './keys.ts';

// The salt client IPs are hashed with: one item per deployment, made by whichever submission
// first needs it (a conditional put, so two cold starts at once agree on one salt), then read
// once per cold start. It lives in the table, encrypted at rest like everything else there;
// it is never logged and never returned by any route.

export class IpSaltStore {
  readonly #doc: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(doc: DynamoDBDocumentClient, tableName: string) {
    this.#doc = doc;
    this.#table = tableName;
  }

  /** The deployment's salt, made from `fresh` if there is none yet. */
  async salt(fresh: () => Buffer): Promise<Buffer> {
    const existing = await this.#read();
    if (existing) return existing;
    const salt = fresh();
    try {
      await this.#doc.send(
        new PutCommand({ TableName: this.#table, Item: { ...ipSaltKey, salt: salt.toString('base64') }, ConditionExpression: 'attribute_not_exists(pk)' }),
      );
      return salt;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const won = await this.#read();
      if (!won) throw error;
      return won;
    }
  }

  /** The deployment's salt, or undefined while no submission has carried an IP (none is made here). */
  current(): Promise<Buffer | undefined> {
    return this.#read();
  }

  async #read(): Promise<Buffer | undefined> {
    const { Item } = await this.#doc.send(new GetCommand({ TableName: this.#table, Key: ipSaltKey, ConsistentRead: true }));
    return typeof Item?.salt === 'string' ? Buffer.from(Item.salt, 'base64') : undefined;
  }
}
