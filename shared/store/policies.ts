import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { policyKey, siteKey } from './keys.ts';
import { allPages } from './paging.ts';

/** One stored version of a site's policy: the site's overrides, never edited once written. */
export interface PolicyVersion {
  version: string;
  createdAt: string;
  /** The partial policy merged over the default (its own `version` names this version). */
  document: unknown;
}

const POLICY_PREFIX = 'POLICY#';

/** Reads which policy version a site uses and that version's stored document. */
export class PolicyStore {
  readonly #doc: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(doc: DynamoDBDocumentClient, tableName: string) {
    this.#doc = doc;
    this.#table = tableName;
  }

  async currentVersion(siteId: string): Promise<string | undefined> {
    const { Item } = await this.#doc.send(
      new GetCommand({ TableName: this.#table, Key: siteKey(siteId), ProjectionExpression: 'policyVersion' }),
    );
    return Item?.policyVersion as string | undefined;
  }

  /** The stored (partial, override) policy document of one version. */
  async document(siteId: string, version: string): Promise<unknown> {
    const { Item } = await this.#doc.send(new GetCommand({ TableName: this.#table, Key: policyKey(siteId, version) }));
    if (!Item) throw new Error(`Policy ${version} of site ${siteId} is missing`);
    return Item.document;
  }

  /** One version with its metadata, or undefined when it was never stored. */
  async getVersion(siteId: string, version: string): Promise<PolicyVersion | undefined> {
    const { Item } = await this.#doc.send(new GetCommand({ TableName: this.#table, Key: policyKey(siteId, version) }));
    return Item ? { version, createdAt: String(Item.createdAt ?? ''), document: Item.document } : undefined;
  }

  /** Every stored version of a site, without documents, in key order. */
  async listVersions(siteId: string): Promise<Array<Omit<PolicyVersion, 'document'>>> {
    const versions: Array<Omit<PolicyVersion, 'document'>> = [];
    const pages = allPages((start) =>
      this.#doc.send(
        new QueryCommand({
          TableName: this.#table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :policy)',
          ExpressionAttributeValues: { ':pk': siteKey(siteId).pk, ':policy': POLICY_PREFIX },
          ProjectionExpression: 'sk, createdAt',
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      ),
    );
    for await (const page of pages) {
      for (const item of page.Items ?? []) {
        versions.push({ version: String(item.sk).slice(POLICY_PREFIX.length), createdAt: String(item.createdAt ?? '') });
      }
    }
    return versions;
  }

  /** Stores a new version; false when that version id is already taken (versions are immutable). */
  async putVersion(siteId: string, record: PolicyVersion): Promise<boolean> {
    try {
      await this.#doc.send(
        new PutCommand({
          TableName: this.#table,
          Item: { ...policyKey(siteId, record.version), ...record },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  /** Points the site at a stored version: the worker picks it up within its cache period. */
  async setCurrentVersion(siteId: string, version: string): Promise<void> {
    await this.#doc.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: siteKey(siteId),
        ConditionExpression: 'attribute_exists(pk)',
        UpdateExpression: 'SET policyVersion = :version',
        ExpressionAttributeValues: { ':version': version },
      }),
    );
  }
}
