import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { policyKey, siteKey } from './keys.ts';
import { allPages } from './paging.ts';
import type { PolicyPointers } from '../admin/policy-pointers.ts';

const POINTER_ATTEMPTS = 5;

const pointersOf = (active: unknown, raw: unknown): PolicyPointers => {
  const p = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<PolicyPointers>;
  return {
    ...(typeof active === 'string' ? { active } : {}),
    ...(typeof p.shadow === 'string' ? { shadow: p.shadow } : {}),
    history: Array.isArray(p.history) ? p.history.map(String) : [],
    revision: Number(p.revision ?? 0),
  };
};

/** One stored version of a site's policy: the site's overrides, never edited once written. */
export interface PolicyVersion {
  version: string;
  createdAt: string;
  /** The partial policy merged over the default (its own `version` names this version). */
  document: unknown;
}

const POLICY_PREFIX = 'POLICY#';

/** A site's policy versions and the pointers saying which one is in use and which is in shadow. */
export class PolicyStore {
  readonly #doc: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(doc: DynamoDBDocumentClient, tableName: string) {
    this.#doc = doc;
    this.#table = tableName;
  }

  /**
   * The site's policy pointers: the version in use is the site item's `policyVersion` (as it
   * always was; absent means the default policy), the shadow version, the history and the
   * revision sit beside it in `policyPointers`. Undefined when there is no such site.
   */
  async pointers(siteId: string, consistent = false): Promise<PolicyPointers | undefined> {
    const { Item } = await this.#doc.send(
      new GetCommand({
        TableName: this.#table,
        Key: siteKey(siteId),
        ProjectionExpression: 'pk, policyVersion, policyPointers',
        ...(consistent ? { ConsistentRead: true } : {}),
      }),
    );
    return Item ? pointersOf(Item.policyVersion, Item.policyPointers) : undefined;
  }

  /**
   * Changes the pointers with `change`, conditionally on the revision read, reading again when
   * someone else changed them first. Errors `change` throws (PolicyVersionError) pass through.
   */
  async updatePointers(siteId: string, change: (pointers: PolicyPointers) => PolicyPointers): Promise<PolicyPointers> {
    for (let attempt = 0; attempt < POINTER_ATTEMPTS; attempt++) {
      const current = await this.pointers(siteId, true);
      if (!current) throw new Error(`no site ${siteId}`);
      const { active, ...rest } = change(current);
      const seen = current.revision;
      try {
        await this.#doc.send(
          new UpdateCommand({
            TableName: this.#table,
            Key: siteKey(siteId),
            ConditionExpression: `attribute_exists(pk) AND (${seen === 0 ? 'attribute_not_exists(policyPointers) OR ' : ''}policyPointers.#revision = :seen)`,
            UpdateExpression: `SET policyPointers = :rest${active === undefined ? ' REMOVE policyVersion' : ', policyVersion = :active'}`,
            ExpressionAttributeNames: { '#revision': 'revision' },
            ExpressionAttributeValues: { ':rest': rest, ':seen': seen, ...(active === undefined ? {} : { ':active': active }) },
          }),
        );
        return { ...(active === undefined ? {} : { active }), ...rest };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    throw new Error(`the policy pointers of site ${siteId} kept changing under ${POINTER_ATTEMPTS} attempts; try again`);
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
}
