import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuthorAction } from '../authors/author-actions.ts';
import { authorActionKey } from './keys.ts';

/** A site's actions on its authors: one item per (site, author key), beside the author's history. */
export class AuthorActionStore {
  readonly #doc: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(doc: DynamoDBDocumentClient, tableName: string) {
    this.#doc = doc;
    this.#table = tableName;
  }

  async get(siteId: string, authorKey: string): Promise<AuthorAction | undefined> {
    const { Item } = await this.#doc.send(new GetCommand({ TableName: this.#table, Key: authorActionKey(siteId, authorKey) }));
    if (!Item) return undefined;
    const { pk: _pk, sk: _sk, ...action } = Item;
    return action as AuthorAction;
  }

  /** Sets the author's action, replacing any earlier one (the latest moderator's word stands). */
  async put(siteId: string, authorKey: string, action: AuthorAction): Promise<void> {
    await this.#doc.send(new PutCommand({ TableName: this.#table, Item: { ...authorActionKey(siteId, authorKey), ...action } }));
  }

  async remove(siteId: string, authorKey: string): Promise<void> {
    await this.#doc.send(new DeleteCommand({ TableName: this.#table, Key: authorActionKey(siteId, authorKey) }));
  }
}
