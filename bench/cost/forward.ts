import { request, type IncomingMessage } from 'node:http';

// Passing a handler's HTTP call on to an emulator unchanged, for the proxies the cost model
// puts between the handlers and the emulators (the DynamoDB meter, the SQS delay).

export interface ForwardedResponse {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export const readBody = (stream: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });

/** Sends `req` (its method, path and headers, with `body`) to `upstream` and reads the whole answer. */
export const forward = (upstream: URL, req: IncomingMessage, body: Buffer): Promise<ForwardedResponse> =>
  new Promise((resolve, reject) => {
    const out = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, async (res) => {
      try {
        resolve({ status: res.statusCode ?? 500, headers: res.headers, body: await readBody(res) });
      } catch (error) {
        reject(error);
      }
    });
    out.on('error', reject);
    out.end(body);
  });
