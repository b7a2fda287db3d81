import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { apiKeyHashKey, siteKey, siteRegistryKey, siteRegistryPartition } from './keys.ts';
import { allPages, batchGetByPk } from './paging.ts';

export interface Site {
  siteId: string;
  name: string;
  status: 'active' | 'disabled';
  createdAt: string;
  /** Version of the site's own policy; absent means the default policy. */
  policyVersion?: string;
  /**
   * Hashes of the site's keys that may still work, so rotation and disabling can find them
   * without a scan. Absent on sites created before keys were listed.
   */
  keyHashes?: string[];
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

  /** Ids of every site, from the registry partition, in id order. */
  async siteIds(): Promise<string[]> {
    const ids: string[] = [];
    const pages = allPages((start) =>
      this.#doc.send(
        new QueryCommand({
          TableName: this.#table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': siteRegistryPartition },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      ),
    );
    for await (const page of pages) ids.push(...(page.Items ?? []).map((i) => String(i.siteId)));
    return ids;
  }

  /** Every site in the registry, with its item; oldest registry order (by id). */
  async listSites(): Promise<Site[]> {
    const ids = await this.siteIds();
    const items = await batchGetByPk(this.#doc, this.#table, ids.map(siteKey));
    return ids.flatMap((id) => {
      const item = items.get(siteKey(id).pk);
      if (!item) return [];
      const { pk: _pk, sk: _sk, ...site } = item;
      return [site as unknown as Site];
    });
  }

  /** The key records of these hashes (missing ones are left out). */
  async getKeys(keyHashes: string[]): Promise<ApiKeyRecord[]> {
    const items = await batchGetByPk(this.#doc, this.#table, keyHashes.map(apiKeyHashKey));
    return keyHashes.flatMap((hash) => {
      const item = items.get(apiKeyHashKey(hash).pk);
      if (!item) return [];
      const { pk: _pk, sk: _sk, ...record } = item;
      return [record as unknown as ApiKeyRecord];
    });
  }

  /**
   * A site's keys: from the list on its item, or, for a site created before keys were
   * listed there, by scanning for them (an operator action on old data, never a hot path).
   */
  async keysOf(site: Site): Promise<ApiKeyRecord[]> {
    if (site.keyHashes) return this.getKeys(site.keyHashes);
    const found: ApiKeyRecord[] = [];
    const pages = allPages((start) =>
      this.#doc.send(
        new ScanCommand({
          TableName: this.#table,
          FilterExpression: 'begins_with(pk, :key) AND siteId = :site',
          ExpressionAttributeValues: { ':key': 'KEY#', ':site': site.siteId },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      ),
    );
    for await (const page of pages) {
      for (const { pk: _pk, sk: _sk, ...record } of page.Items ?? []) found.push(record as unknown as ApiKeyRecord);
    }
    return found;
  }

  async setKeyHashes(siteId: string, keyHashes: string[]): Promise<void> {
    await this.#doc.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: siteKey(siteId),
        ConditionExpression: 'attribute_exists(pk)',
        UpdateExpression: 'SET keyHashes = :hashes',
        ExpressionAttributeValues: { ':hashes': keyHashes },
      }),
    );
  }

  async expireKey(keyHash: string, expiresAt: string): Promise<void> {
    await this.#doc.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: apiKeyHashKey(keyHash),
        ConditionExpression: 'attribute_exists(pk)',
        UpdateExpression: 'SET expiresAt = :at',
        ExpressionAttributeValues: { ':at': expiresAt },
      }),
    );
  }

  async setStatus(siteId: string, status: Site['status']): Promise<void> {
    await this.#doc.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: siteKey(siteId),
        ConditionExpression: 'attribute_exists(pk)',
        UpdateExpression: 'SET #status = :status',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': status },
      }),
    );
  }
}

export const isSiteTaken = (error: unknown): boolean => error instanceof ConditionalCheckFailedException;

/** Whether a stored key may act now. Pure, so rotation grace periods are testable. */
export const keyIsValid = (record: ApiKeyRecord | undefined, now: Date): record is ApiKeyRecord =>
  record !== undefined && (record.expiresAt === undefined || Date.parse(record.expiresAt) > now.getTime());
