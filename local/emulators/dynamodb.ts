import { mkdir, statfs } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import type dynaliteType from 'dynalite';

export interface Emulator {
  endpoint: string;
  stop(): Promise<void>;
}

// dynalite answers every error of its storage (LevelDB) by throwing it from a callback, which
// ends the whole process: one full disk took the local stack down. Each of its actions is
// wrapped before dynalite loads them (its index.js requires them once, from the module cache),
// so a storage error becomes DynamoDB's own answer, a 500 InternalServerError, that the SDK
// retries and the API reports as 503 storage_unavailable. LevelDB refuses every write after one
// failed (its "background error"), while reads go on working; the store is reopened once the
// disk has room again, not before, so reads keep working while it is full.

type Callback = (err: unknown, data?: unknown) => void;
type Action = (store: DynaliteStore, data: unknown, cb: Callback) => void;
interface DynaliteStore {
  options: { path?: string };
  db: { open(): Promise<void>; close: { (cb?: unknown): unknown; _original?: () => Promise<void> }; status?: string };
}

const OPERATIONS = [
  'batchGetItem', 'batchWriteItem', 'createTable', 'deleteItem', 'deleteTable', 'describeTable', 'describeTimeToLive', 'getItem',
  'listTables', 'putItem', 'query', 'scan', 'tagResource', 'untagResource', 'listTagsOfResource', 'updateItem', 'updateTable',
];

/** Free bytes that make a reopen worth trying: LevelDB writes a new log and manifest on open. */
const ROOM_TO_REOPEN_BYTES = 1024 * 1024;
const REOPEN_INTERVAL_MS = 1000;

const storageFailure = (error: unknown) => ({
  statusCode: 500,
  body: { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: `Storage failure: ${(error as Error)?.message ?? String(error)}` },
});

interface StorageHealth {
  failing: boolean;
  lastReopen: number;
  reopening?: Promise<void> | undefined;
}

/** Per store: several stacks may share a process (tests). */
const healthOf = new WeakMap<DynaliteStore, StorageHealth>();

const health$ = (store: DynaliteStore): StorageHealth => {
  let health = healthOf.get(store);
  if (!health) healthOf.set(store, (health = { failing: false, lastReopen: 0 }));
  return health;
};

/** Reopens the store after a failure, once the disk has room (never while it is full: reads would stop too). */
const recover = (store: DynaliteStore): Promise<void> => {
  const health = health$(store);
  const path = store.options.path;
  if (!health.failing || !path || health.reopening || Date.now() - health.lastReopen < REOPEN_INTERVAL_MS) return health.reopening ?? Promise.resolve();
  health.lastReopen = Date.now();
  health.reopening = (async () => {
    const { bavail, bsize } = await statfs(path);
    if (bavail * bsize < ROOM_TO_REOPEN_BYTES) return;
    const close = store.db.close._original;
    if (close) await close();
    await store.db.open();
    health.failing = false;
  })()
    .catch(() => undefined)
    .finally(() => {
      health.reopening = undefined;
    });
  return health.reopening;
};

const guarded =
  (action: Action): Action =>
  (store, data, cb) => {
    const answer: Callback = (err, result) => {
      if (err && !(err as { statusCode?: number }).statusCode) {
        health$(store).failing = true;
        cb(storageFailure(err));
      } else cb(err, result);
    };
    void recover(store).then(() => {
      try {
        action(store, data, answer);
      } catch (error) {
        answer(error);
      }
    });
  };

const require = createRequire(import.meta.url);

const loadDynalite = (): typeof dynaliteType => {
  const root = dirname(require.resolve('dynalite'));
  for (const operation of OPERATIONS) {
    const file = require.resolve(join(root, 'actions', `${operation}.js`));
    const original = require(file) as Action & { guarded?: true };
    if (original.guarded) continue;
    const wrapped = Object.assign(guarded(original), { guarded: true as const });
    require.cache[file]!.exports = wrapped;
  }
  return require('dynalite') as typeof dynaliteType;
};

/** An in-process DynamoDB-API server on LevelDB; on disk when `path` is given. */
export const startDynamoDb = async (options: { path?: string } = {}): Promise<Emulator> => {
  if (options.path) await mkdir(options.path, { recursive: true });
  const dynalite = loadDynalite();
  // Tables become ACTIVE at once: the local runtime provisions them on every start.
  const server = dynalite({ ...(options.path ? { path: options.path } : {}), createTableMs: 0, updateTableMs: 0, deleteTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        // dynalite closes its LevelDB store when the HTTP server closes.
        server.close(() => resolve());
      }),
  };
};
