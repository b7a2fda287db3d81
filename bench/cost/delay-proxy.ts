import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

// Forwards every HTTP request to an emulator after a fixed delay: the round trip a Lambda
// function waits for in AWS, which loopback to an in-process emulator does not have. The
// handlers' billed durations are measured through it.

export interface DelayProxy {
  url: string;
  stop(): Promise<void>;
}

export const startDelayProxy = async (options: { upstream: string; delayMs: number }): Promise<DelayProxy> => {
  const upstream = new URL(options.upstream);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      setTimeout(() => {
        const out = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        out.on('error', (error) => {
          res.writeHead(502);
          res.end(String(error));
        });
        out.end(Buffer.concat(chunks));
      }, options.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
