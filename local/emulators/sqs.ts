import { mkdir } from 'node:fs/promises';
import { startFauxqs } from 'fauxqs';
import type { Emulator } from './dynamodb.ts';

/** An in-process SQS-API server; persisted in SQLite under `dataDir` when given. */
export const startSqs = async (options: { dataDir?: string } = {}): Promise<Emulator> => {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const server = await startFauxqs({ port: 0, host: 'localhost', logger: false, ...(options.dataDir ? { dataDir: options.dataDir } : {}) });
  return { endpoint: server.address, stop: () => server.stop() };
};
