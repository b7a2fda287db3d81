import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A real HTTP receiver for webhook tests: records every request (headers and raw body) and
// answers as each path's behaviour says, including never answering at all.

export interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  rawBody: string;
  event: { id: string; type: string; siteId: string; data: Record<string, any> };
  at: number;
}

/** The status to answer, or 'hang' to hold the request open without a word. */
export type Behaviour = (request: Received, earlier: Received[]) => number | 'hang';

export interface Receiver {
  url(path: string): string;
  received: Received[];
  on(path: string, behaviour: Behaviour): void;
  stop(): Promise<void>;
}

export const startReceiver = async (): Promise<Receiver> => {
  const received: Received[] = [];
  const behaviours = new Map<string, Behaviour>();
  const hanging = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '/';
      const request: Received = { path, headers: req.headers, rawBody, event: JSON.parse(rawBody), at: Date.now() };
      const earlier = received.filter((r) => r.path === path && r.event.id === request.event.id);
      received.push(request);
      const answer = (behaviours.get(path) ?? (() => 200))(request, earlier);
      if (answer === 'hang') {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
        return;
      }
      res.writeHead(answer, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    received,
    on: (path, behaviour) => behaviours.set(path, behaviour),
    stop: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
