import { createServer } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';
import { forward, readBody } from './forward.ts';

// Forwards every HTTP request to an emulator after a fixed delay: the round trip a Lambda
// function waits for in AWS, which loopback to an in-process emulator does not have. The
// handlers' billed durations are measured through it.

export interface DelayProxy {
  url: string;
  stop(): Promise<void>;
}

export const startDelayProxy = async (options: { upstream: string; delayMs: number }): Promise<DelayProxy> => {
  const upstream = new URL(options.upstream);
  const server = createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      await sleep(options.delayMs);
      const answer = await forward(upstream, req, body);
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    } catch (error) {
      res.writeHead(502);
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
