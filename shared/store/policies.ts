import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { policyKey, siteKey } from './keys.ts';

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
}
