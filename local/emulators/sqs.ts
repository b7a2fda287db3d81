import { mkdir } from 'node:fs/promises';
import { Server } from 'node:net';
import { startFauxqs } from 'fauxqs';
import type { Emulator } from './dynamodb.ts';

// fauxqs listens on every interface (0.0.0.0) whatever host it is given, and answers anyone
// unauthenticated: on a shared network, anyone could read, purge or inject moderation messages.
// It is started with its listen redirected to loopback. The redirection covers only a wildcard
// address, only for the moment fauxqs starts (nothing else in this process starts listening
// then: the local stack starts its servers one after another), and is undone at once.

const WILDCARDS = new Set(['0.0.0.0', '::', '']);

const onLoopback = async <T>(start: () => Promise<T>): Promise<T> => {
  const listen = Server.prototype.listen;
  Server.prototype.listen = function (this: Server, ...args: unknown[]) {
    const [first] = args;
    if (typeof first === 'object' && first !== null && 'port' in first) {
      const options = first as { host?: string };
      if (options.host === undefined || WILDCARDS.has(options.host)) args[0] = { ...options, host: '127.0.0.1' };
    } else if (typeof first === 'number' && (typeof args[1] !== 'string' || WILDCARDS.has(args[1]))) {
      args.splice(1, typeof args[1] === 'string' ? 1 : 0, '127.0.0.1');
    }
    return listen.apply(this, args as Parameters<Server['listen']>);
  } as Server['listen'];
  try {
    return await start();
  } finally {
    Server.prototype.listen = listen;
  }
};

/** An in-process SQS-API server on 127.0.0.1 only; persisted in SQLite under `dataDir` when given. */
export const startSqs = async (options: { dataDir?: string } = {}): Promise<Emulator> => {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const server = await onLoopback(() => startFauxqs({ port: 0, host: 'localhost', logger: false, ...(options.dataDir ? { dataDir: options.dataDir } : {}) }));
  return { endpoint: server.address, stop: () => server.stop() };
};
