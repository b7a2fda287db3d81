import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { apiKeyHashKey, siteKey, siteRegistryKey } from './keys.ts';

export interface Site {
  siteId: string;
  name: string;
  status: 'active' | 'disabled';
  createdAt: string;
  /** Version of the site's own policy; absent means the default policy. */
  policyVersion?: string;
}

export interface ApiKeyRecord {
  keyHash: string;
  siteId: string;
  hint: string;
  createdAt: string;
  /** ISO time after which the key stops working (set when it is rotated out). */
  expiresAt?: string;
}

export class SiteStore {
  readonly #doc: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(doc: DynamoDBDocumentClient, tableName: string) {
    this.#doc = doc;
    this.#table = tableName;
  }

  async createSite(site: Site): Promise<void> {
    await this.#doc.send(
      new PutCommand({
        TableName: this.#table,
        Item: { ...siteKey(site.siteId), ...site },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    await this.#doc.send(new PutCommand({ TableName: this.#table, Item: { ...siteRegistryKey(site.siteId), siteId: site.siteId, name: site.name } }));
  }

  async getSite(siteId: string): Promise<Site | undefined> {
    const { Item } = await this.#doc.send(new GetCommand({ TableName: this.#table, Key: siteKey(siteId) }));
    if (!Item) return undefined;
    const { pk: _pk, sk: _sk, ...site } = Item;
    return site as Site;
  }

  async addKey(record: ApiKeyRecord): Promise<void> {
    await this.#doc.send(
      new PutCommand({
        TableName: this.#table,
        Item: { ...apiKeyHashKey(record.keyHash), ...record },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async getKey(keyHash: string): Promise<ApiKeyRecord | undefined> {
    const { Item } = await this.#doc.send(new GetCommand({ TableName: this.#table, Key: apiKeyHashKey(keyHash) }));
    if (!Item) return undefined;
    const { pk: _pk, sk: _sk, ...record } = Item;
    return record as ApiKeyRecord;
  }
}

export const isSiteTaken = (error: unknown): boolean => error instanceof ConditionalCheckFailedException;

/** Whether a stored key may act now. Pure, so rotation grace periods are testable. */
export const keyIsValid = (record: ApiKeyRecord | undefined, now: Date): record is ApiKeyRecord =>
  record !== undefined && (record.expiresAt === undefined || Date.parse(record.expiresAt) > now.getTime());
