import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';

export interface Emulator {
  endpoint: string;
  stop(): Promise<void>;
}

/** An in-process DynamoDB-API server on LevelDB; on disk when `path` is given. */
export const startDynamoDb = async (options: { path?: string } = {}): Promise<Emulator> => {
  if (options.path) await mkdir(options.path, { recursive: true });
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
