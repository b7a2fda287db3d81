import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LabelCounts, ModelDocument } from '../learn/index.ts';
import type { LabelSource } from '../labels/labels.ts';
import {
  DEFAULT_LEARNING_MODE,
  isLearningMode,
  NO_MODELS,
  versionNumber,
  type LearningMode,
  type ModelPointers,
} from '../models/versions.ts';
import { modelKey, modelPartKey, modelPrefix, siteKey } from './keys.ts';
import { allPages, batchGetItems } from './paging.ts';

// A site's learned models in the table (see table.ts): each version's document gzipped and cut
// into parts, since an item holds at most 400 KB and a model at the largest hash space can
// reach a few MB; a manifest item beside them says what the version is, how many parts hold
// it and their checksum. The site item's `models` attribute points at the active and shadow
// versions, `learning` holds the site's setting.
//
// Sizes, measured with `sieve learn` on the corpus repeated with small changes: 231 KB of JSON
// (129 KB gzipped, one part) for 10,000 labels, 316 KB (172 KB, one part) for 100,000. The
// ceiling is the hash space: every slot of both heads non-zero would be about 4.2 MB of JSON,
// about 3.2 MB gzipped, ten parts. A worker reads a version with one GetItem and one
// BatchGetItem, once per version it meets (versions never change).

/** Bytes of compressed document per part item, leaving room under DynamoDB's 400 KB for the keys. */
export const MODEL_PART_BYTES = 350_000;

/** A stored version's manifest. */
export interface StoredModel {
  version: string;
  /** When it was trained (the document's createdAt). */
  createdAt: string;
  /** Labels it was trained on, per group, and per source. */
  labels: LabelCounts;
  trainedOn: Partial<Record<LabelSource, number>>;
  minLabels: number;
  /** Non-zero weights of each head that speaks (a silent head is absent). */
  heads: { spam?: number; abuse?: number };
  /** The policy version whose rule hits it was trained with. */
  policyVersion: string;
  /** Size of the document as JSON, and gzipped as stored. */
  bytes: number;
  storedBytes: number;
  parts: number;
  /** SHA-256 (hex) of the stored bytes. */
  sha256: string;
}

/** A site's learning setting and model pointers. */
export interface SiteModels {
  mode: LearningMode;
  pointers: ModelPointers;
}

/** A stored model that cannot be read back (missing or damaged parts); the worker then decides with the rules alone. */
export class StoredModelError extends Error {
  override name = 'StoredModelError';
}

const POINTER_ATTEMPTS = 5;

const pointersOf = (raw: unknown): ModelPointers => {
  if (typeof raw !== 'object' || raw === null) return NO_MODELS;
  const m = raw as Partial<ModelPointers>;
  return {
    seq: Number(m.seq ?? 0),
    history: Array.isArray(m.history) ? m.history.map(String) : [],
    revision: Number(m.revision ?? 0),
    ...(typeof m.active === 'string' ? { active: m.active } : {}),
    ...(typeof m.shadow === 'string' ? { shadow: m.shadow } : {}),
    ...(typeof m.trainedAt === 'string' ? { trainedAt: m.trainedAt } : {}),
  };
};

const modeOf = (raw: unknown): LearningMode => {
  const mode = (raw as { mode?: unknown } | undefined)?.mode;
  return isLearningMode(mode) ? mode : DEFAULT_LEARNING_MODE;
};

const manifestOf = (item: Record<string, unknown>): StoredModel => {
  const { pk: _pk, sk: _sk, ...manifest } = item;
  return manifest as unknown as StoredModel;
};

const byNumber = (a: StoredModel, b: StoredModel) => (versionNumber(a.version) ?? 0) - (versionNumber(b.version) ?? 0);

export class ModelStore {
  readonly #doc: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(doc: DynamoDBDocumentClient, tableName: string) {
    this.#doc = doc;
    this.#table = tableName;
  }

  /** The site's setting and pointers; undefined when there is no such site. */
  async siteModels(siteId: string): Promise<SiteModels | undefined> {
    const { Item } = await this.#doc.send(
      new GetCommand({
        TableName: this.#table,
        Key: siteKey(siteId),
        ConsistentRead: true,
        ProjectionExpression: 'pk, #models, #learning',
        // Aliased: DynamoDB's reserved words are many, and these names are ours to keep.
        ExpressionAttributeNames: { '#models': 'models', '#learning': 'learning' },
      }),
    );
    return Item ? { mode: modeOf(Item.learning), pointers: pointersOf(Item.models) } : undefined;
  }

  /**
   * Changes the pointers with `change`, conditionally on the revision read, reading again when
   * someone else changed them first. Errors `change` throws (ModelVersionError) pass through.
   */
  async updatePointers(siteId: string, change: (pointers: ModelPointers) => ModelPointers): Promise<ModelPointers> {
    for (let attempt = 0; attempt < POINTER_ATTEMPTS; attempt++) {
      const current = await this.siteModels(siteId);
      if (!current) throw new Error(`no site ${siteId}`);
      const next = change(current.pointers);
      const seen = current.pointers.revision;
      try {
        await this.#doc.send(
          new UpdateCommand({
            TableName: this.#table,
            Key: siteKey(siteId),
            ConditionExpression: `attribute_exists(pk) AND (${seen === 0 ? 'attribute_not_exists(#models) OR ' : ''}#models.#revision = :seen)`,
            UpdateExpression: 'SET #models = :next',
            ExpressionAttributeNames: { '#models': 'models', '#revision': 'revision' },
            ExpressionAttributeValues: { ':next': next, ':seen': seen },
          }),
        );
        return next;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    throw new Error(`the model pointers of site ${siteId} kept changing under ${POINTER_ATTEMPTS} attempts; try again`);
  }

  async setMode(siteId: string, mode: LearningMode): Promise<void> {
    await this.#doc.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: siteKey(siteId),
        ConditionExpression: 'attribute_exists(pk)',
        UpdateExpression: 'SET #learning = :learning',
        ExpressionAttributeNames: { '#learning': 'learning' },
        ExpressionAttributeValues: { ':learning': { mode } },
      }),
    );
  }

  /**
   * Stores a version: its parts first, then the manifest (refused if the version exists), so a
   * manifest always names parts that are there. The version is claimed beforehand
   * (claimNext), so no other writer uses its keys.
   */
  async putModel(siteId: string, document: ModelDocument, meta: Pick<StoredModel, 'trainedOn' | 'policyVersion'>): Promise<StoredModel> {
    const text = JSON.stringify(document);
    const stored = gzipSync(text);
    const parts = Math.max(1, Math.ceil(stored.length / MODEL_PART_BYTES));
    for (let part = 0; part < parts; part++) {
      const data = new Uint8Array(stored.subarray(part * MODEL_PART_BYTES, (part + 1) * MODEL_PART_BYTES));
      await this.#doc.send(new PutCommand({ TableName: this.#table, Item: { ...modelPartKey(siteId, document.version, part), data } }));
    }
    const heads: StoredModel['heads'] = {};
    for (const [name, head] of Object.entries(document.heads)) if (head) heads[name as keyof StoredModel['heads']] = head.count;
    const manifest: StoredModel = {
      version: document.version,
      createdAt: document.createdAt,
      labels: document.labels,
      trainedOn: meta.trainedOn,
      minLabels: document.minLabels,
      heads,
      policyVersion: meta.policyVersion,
      bytes: Buffer.byteLength(text),
      storedBytes: stored.length,
      parts,
      sha256: createHash('sha256').update(stored).digest('hex'),
    };
    await this.#doc.send(
      new PutCommand({
        TableName: this.#table,
        Item: { ...modelKey(siteId, document.version), ...manifest },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return manifest;
  }

  async manifest(siteId: string, version: string): Promise<StoredModel | undefined> {
    const { Item } = await this.#doc.send(new GetCommand({ TableName: this.#table, Key: modelKey(siteId, version) }));
    return Item ? manifestOf(Item) : undefined;
  }

  /** Every stored version's manifest, oldest first. */
  async listModels(siteId: string): Promise<StoredModel[]> {
    const found: StoredModel[] = [];
    const pages = allPages((start) =>
      this.#doc.send(
        new QueryCommand({
          TableName: this.#table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :model)',
          ExpressionAttributeValues: { ':pk': siteKey(siteId).pk, ':model': modelPrefix },
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      ),
    );
    for await (const page of pages) found.push(...(page.Items ?? []).map(manifestOf));
    return found.sort(byNumber);
  }

  /**
   * A version's document as JSON text, for parseModel. Parts are read eventually consistent
   * (half the read units) and, should one be missing just after publication, once more
   * strongly consistent. Throws StoredModelError when the version cannot be read back whole.
   */
  async documentText(siteId: string, version: string): Promise<{ text: string; manifest: StoredModel }> {
    const { Item } = await this.#doc.send(new GetCommand({ TableName: this.#table, Key: modelKey(siteId, version), ConsistentRead: true }));
    if (!Item) throw new StoredModelError(`model ${version} of site ${siteId} is not stored`);
    const manifest = manifestOf(Item);
    const keys = Array.from({ length: manifest.parts }, (_, part) => modelPartKey(siteId, version, part));
    let items = await batchGetItems(this.#doc, this.#table, keys);
    if (items.length < keys.length) items = await batchGetItems(this.#doc, this.#table, keys, { consistentRead: true });
    const bySk = new Map(items.map((item) => [String(item.sk), item.data]));
    const chunks = keys.map(({ sk }) => bySk.get(sk));
    const missing = chunks.findIndex((c) => !(c instanceof Uint8Array));
    if (missing >= 0) throw new StoredModelError(`model ${version} of site ${siteId}: part ${missing + 1} of ${manifest.parts} is missing`);
    const stored = Buffer.concat(chunks as Uint8Array[]);
    if (createHash('sha256').update(stored).digest('hex') !== manifest.sha256) {
      throw new StoredModelError(`model ${version} of site ${siteId}: its stored parts do not match their checksum`);
    }
    try {
      return { text: gunzipSync(stored).toString('utf8'), manifest };
    } catch (error) {
      throw new StoredModelError(`model ${version} of site ${siteId} cannot be decompressed: ${(error as Error).message}`);
    }
  }

  /** Deletes a version: the manifest first, so a half-deleted version is simply not stored. */
  async deleteModel(siteId: string, manifest: Pick<StoredModel, 'version' | 'parts'>): Promise<void> {
    await this.#doc.send(new DeleteCommand({ TableName: this.#table, Key: modelKey(siteId, manifest.version) }));
    for (let part = 0; part < manifest.parts; part++) {
      await this.#doc.send(new DeleteCommand({ TableName: this.#table, Key: modelPartKey(siteId, manifest.version, part) }));
    }
  }
}
