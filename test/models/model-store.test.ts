import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDb, type Emulator } from '../../local/emulators/dynamodb.ts';
import { ensureTable } from '../../local/provision.ts';
import type { ModelDocument } from '../../shared/learn/index.ts';
import { claimNext, published, rolledBack } from '../../shared/models/versions.ts';
import { modelPartKey } from '../../shared/store/keys.ts';
import { MODEL_PART_BYTES, ModelStore, StoredModelError } from '../../shared/store/models.ts';
import { SiteStore } from '../../shared/store/sites.ts';

// Model versions in the table, against a real DynamoDB API (dynalite, in memory): a document
// is gzipped and cut into parts under 400 KB, read back whole, refused when a part is missing
// or damaged; the site's pointers change only conditionally on the revision read.

const TABLE = 'models-test';
let emulator: Emulator;
let doc: DynamoDBDocumentClient;
let models: ModelStore;

const site = async (siteId: string) =>
  new SiteStore(doc, TABLE).createSite({ siteId, name: siteId, status: 'active', createdAt: '2026-01-01T00:00:00.000Z' });

/** A model document; `filler` base64 characters of random data make it as big as a test needs. */
const documentOf = (version: string, filler = 0): ModelDocument => ({
  format: 'sieve-model',
  formatVersion: 1,
  version,
  createdAt: '2026-03-01T00:00:00.000Z',
  hashBits: 18,
  labels: { ok: 40, spam: 35, abuse: 0 },
  minLabels: 30,
  commonWords: { count: 0, slots: randomBytes(Math.ceil((filler * 3) / 4)).toString('base64') },
  heads: { spam: { bias: -1, catchAt: 0.5, clearAt: null, count: 0, indices: '', values: '', scale: 1 } },
  training: { epochs: 5 },
});

const META = { trainedOn: { moderator: 75 }, policyVersion: 'default-1' };

beforeAll(async () => {
  emulator = await startDynamoDb();
  const client = new DynamoDBClient({ endpoint: emulator.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  await ensureTable(client, TABLE);
  doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  models = new ModelStore(doc, TABLE);
});

afterAll(async () => {
  await emulator?.stop();
});

describe('a stored version', () => {
  it('is read back exactly as written, from one part when small', async () => {
    await site('store-small');
    const document = documentOf('m1');

    const manifest = await models.putModel('store-small', document, META);
    const { text } = await models.documentText('store-small', 'm1');

    expect(JSON.parse(text)).toEqual(document);
    expect(manifest).toMatchObject({ version: 'm1', parts: 1, labels: document.labels, heads: { spam: 0 }, trainedOn: { moderator: 75 }, policyVersion: 'default-1' });
    expect(manifest.storedBytes).toBeLessThan(manifest.bytes);
  });

  it('spreads a document bigger than an item may hold over several parts, each under 400 KB', async () => {
    await site('store-big');
    const document = documentOf('m1', 1_200_000);

    const manifest = await models.putModel('store-big', document, META);
    const { text } = await models.documentText('store-big', 'm1');
    const { Item } = await doc.send(new GetCommand({ TableName: TABLE, Key: modelPartKey('store-big', 'm1', 0) }));

    expect(manifest.parts).toBe(Math.ceil(manifest.storedBytes / MODEL_PART_BYTES));
    expect(manifest.parts).toBeGreaterThanOrEqual(3);
    expect((Item!.data as Uint8Array).length).toBe(MODEL_PART_BYTES);
    expect(text).toBe(JSON.stringify(document));
  });

  it('is refused with StoredModelError when a part is missing or damaged', async () => {
    await site('store-broken');
    await models.putModel('store-broken', documentOf('m1', 800_000), META);
    await models.putModel('store-broken', documentOf('m2', 800_000), META);
    await doc.send(new DeleteCommand({ TableName: TABLE, Key: modelPartKey('store-broken', 'm1', 1) }));
    const { Item } = await doc.send(new GetCommand({ TableName: TABLE, Key: modelPartKey('store-broken', 'm2', 0) }));
    const damaged = Uint8Array.from(Item!.data as Uint8Array);
    damaged[100] ^= 0xff;
    await doc.send(new PutCommand({ TableName: TABLE, Item: { ...Item, data: damaged } }));

    await expect(models.documentText('store-broken', 'm1')).rejects.toThrow(StoredModelError);
    await expect(models.documentText('store-broken', 'm1')).rejects.toThrow(/part 2 of \d+ is missing/);
    await expect(models.documentText('store-broken', 'm2')).rejects.toThrow(/do not match their checksum/);
    await expect(models.documentText('store-broken', 'm9')).rejects.toThrow(/model m9 of site store-broken is not stored/);
  });

  it('is never overwritten: a second write of the same version fails', async () => {
    await site('store-once');
    await models.putModel('store-once', documentOf('m1'), META);

    await expect(models.putModel('store-once', documentOf('m1'), META)).rejects.toThrow();
  });

  it('is listed in version order and deleted whole', async () => {
    await site('store-list');
    for (const v of ['m2', 'm10', 'm1']) await models.putModel('store-list', documentOf(v), META);

    const before = (await models.listModels('store-list')).map((m) => m.version);
    await models.deleteModel('store-list', (await models.manifest('store-list', 'm2'))!);
    const after = (await models.listModels('store-list')).map((m) => m.version);
    const { Item: part } = await doc.send(new GetCommand({ TableName: TABLE, Key: modelPartKey('store-list', 'm2', 0) }));

    expect(before).toEqual(['m1', 'm2', 'm10']);
    expect(after).toEqual(['m1', 'm10']);
    expect(part).toBeUndefined();
  });
});

describe('the site\'s pointers', () => {
  it('start empty in the default mode, and keep the mode they are given', async () => {
    await site('pointers-mode');

    const fresh = await models.siteModels('pointers-mode');
    await models.setMode('pointers-mode', 'shadow');

    expect(fresh).toEqual({ mode: 'active', pointers: { seq: 0, history: [], revision: 0 } });
    expect((await models.siteModels('pointers-mode'))!.mode).toBe('shadow');
    expect(await models.siteModels('no-such-site')).toBeUndefined();
  });

  it('survive concurrent changes: three claims at once get three versions', async () => {
    await site('pointers-race');
    const claimed: string[] = [];

    await Promise.all(
      [0, 1, 2].map(() =>
        models.updatePointers('pointers-race', (p) => {
          const claim = claimNext(p);
          claimed.push(claim.version);
          return claim.pointers;
        }),
      ),
    );

    const { pointers } = (await models.siteModels('pointers-race'))!;
    expect(pointers.seq).toBe(3);
    expect(pointers.revision).toBe(3);
    // Each attempt that lost the race read again and claimed the next number.
    expect(new Set(claimed)).toEqual(new Set(['m1', 'm2', 'm3']));
  });

  it('pass an operator\'s refusal through unchanged', async () => {
    await site('pointers-refused');
    await models.updatePointers('pointers-refused', (p) => published(claimNext(p).pointers, 'm1', 'active', '2026-03-01T00:00:00.000Z'));

    await expect(models.updatePointers('pointers-refused', (p) => rolledBack(p))).rejects.toThrow(/no earlier active version/);
    expect((await models.siteModels('pointers-refused'))!.pointers).toMatchObject({ active: 'm1', revision: 2 });
  });
});
