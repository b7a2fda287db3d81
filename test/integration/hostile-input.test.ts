import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { addModerator, addSite, bearer, bootStack, decided, request } from '../support/local-stack.ts';

// Requests an attacker (or a careless client) sends, over real HTTP to the local stack: each
// gets a 4xx JSON answer naming the problem, never a 5xx, never a reset connection.

let stack: LocalStack;
let key: string;
let moderator: string;
let admin: string;
const errors: unknown[] = [];

beforeAll(async () => {
  stack = await bootStack({ onError: (error) => errors.push(error) });
  key = await addSite(stack, 'hostile');
  moderator = await addModerator(stack, { username: 'mo', sites: ['hostile'] });
  admin = await addModerator(stack, { username: 'boss', sites: [], admin: true });
}, 30_000);

afterAll(async () => {
  await stack?.stop();
});

/** One request written byte for byte (the target is not normalised as fetch would); the raw reply. */
const rawRequest = (head: string, body: Buffer | string = ''): Promise<{ status: number; text: string }> =>
  new Promise((resolve, reject) => {
    const { port } = new URL(stack.url);
    const socket = connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
    socket.write(`${head}\r\nhost: localhost\r\nconnection: close\r\n\r\n`);
    socket.end(body);
  });

const comment = (extra: Record<string, unknown> = {}) => ({ postId: 'p1', author: { name: 'Ada' }, text: 'A fair point, well made.', ...extra });

describe('request targets', () => {
  it.each(['/v1/comments/%E0%A4%A', '/v1/comments/%', '/v1/comments/%ZZ', '/v1/comments/%ED%A0%80', '/v1/moderation/comments/%ZZ', '/v1/posts/%E0%A4%A/comments'])(
    'answers malformed percent-encoding in %s with 400',
    async (path) => {
      const res = await rawRequest(`GET ${path} HTTP/1.1\r\nx-api-key: ${key}\r\nauthorization: Bearer ${moderator}`);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text)).toEqual({ message: 'Bad Request' });
    },
  );

  it('answers an absolute-form target that is not a URL with 400', async () => {
    const res = await rawRequest(`GET http://[::1/v1/comments HTTP/1.1\r\nx-api-key: ${key}`);
    expect(res.status).toBe(400);
  });

  it('answers malformed encoding under /console/ without a 500', async () => {
    const res = await rawRequest('GET /console/%E0%A4%A HTTP/1.1');
    expect(res.status).toBeLessThan(500);
  });
});

describe('ids on every route', () => {
  const long = 'c_' + 'x'.repeat(3000);

  it.each([
    ['GET /v1/moderation/comments/{id}', 'GET', `/v1/moderation/comments/${long}`, undefined],
    ['POST /v1/moderation/comments/{id}/decision', 'POST', `/v1/moderation/comments/${long}/decision`, { action: 'approve', revision: 1 }],
    ['POST /v1/moderation/comments/{id}/author-action', 'POST', `/v1/moderation/comments/${long}/author-action`, { action: 'ban' }],
    ['POST /v1/moderation/decisions', 'POST', '/v1/moderation/decisions', { action: 'approve', items: [{ id: long, revision: 1 }] }],
    ['POST /v1/moderation/undo', 'POST', '/v1/moderation/undo', { items: [{ id: long, revision: 1 }] }],
    ['GET /v1/comments/{id}', 'GET', `/v1/comments/${long}`, undefined],
    ['GET /v1/posts/{postId}/comments', 'GET', `/v1/posts/${'p'.repeat(3000)}/comments`, undefined],
  ])('%s with a 3,000-character id is a 4xx, not a 500', async (_route, method, path, json) => {
    const res = await request(stack, method, path, { key, headers: bearer(moderator), ...(json ? { json } : {}) });
    expect([400, 404]).toContain(res.status);
    expect(res.body.error.code).toMatch(/^(not_found|validation_failed)$/);
  });

  it('answers an admin asking for a 3,000-character site id with 4xx', async () => {
    const res = await request(stack, 'GET', `/v1/moderation/sites/${'s'.repeat(3000)}/comments`, { headers: bearer(admin) });
    expect([400, 404]).toContain(res.status);
  });
});

describe('bodies', () => {
  it('writes the 413 JSON before closing on a body over 1 MB', async () => {
    const big = JSON.stringify(comment({ text: 'x'.repeat(1024 * 1024 + 10) }));
    const res = await rawRequest(`POST /v1/comments HTTP/1.1\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(big)}\r\nx-api-key: ${key}`, big);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text)).toEqual({ message: 'Request Entity Too Large' });
  });

  it('writes the 413 JSON to a chunked body that grows past 1 MB', async () => {
    const res = await fetch(`${stack.url}/v1/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(100_000)));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ message: 'Request Entity Too Large' });
  });

  it('lists at most 20 fields of a body of 30,000 unknown keys, with their count', async () => {
    const junk = Object.fromEntries(Array.from({ length: 30_000 }, (_, i) => [`k${i}`, 1]));
    const res = await request(stack, 'POST', '/v1/comments', { key, json: { ...comment(), ...junk } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveLength(20);
    expect(res.body.error.fields[0]).toEqual({ field: 'k0', message: 'unknown field' });
    expect(res.body.error.fieldCount).toBe(30_000);
    expect(JSON.stringify(res.body).length).toBeLessThan(5_000);
  });

  it.each(['application/json ; charset=utf-8', 'application/json;charset=UTF-8', 'Application/JSON', 'application/json;\tcharset="utf-8"', 'application/merge+json'])(
    'accepts content-type %s',
    async (contentType) => {
      const res = await request(stack, 'POST', '/v1/comments', { key, rawBody: JSON.stringify(comment()), headers: { 'content-type': contentType } });
      expect(res.status).toBe(202);
    },
  );

  it.each(['text/plain', 'application/jsonx', 'application/json charset=utf-8', 'application/json; charset'])('refuses content-type %j with 415', async (contentType) => {
    const res = await request(stack, 'POST', '/v1/comments', { key, rawBody: JSON.stringify(comment()), headers: { 'content-type': contentType } });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });

  it('refuses JSON nested 10,000 deep with a clear 400', async () => {
    const deep = `{"postId":"p1","author":{"name":"A"},"text":"t","x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const res = await request(stack, 'POST', '/v1/comments', { key, rawBody: deep });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('json_too_deep');
    expect(res.body.error.message).toMatch(/nested deeper than 32/);
  });

  it('still reads brackets inside strings as text, not nesting', async () => {
    const res = await request(stack, 'POST', '/v1/comments', { key, json: comment({ text: `[[[[${'{'.repeat(100)} "quoted \\" [[` }) });
    expect(res.status).toBe(202);
  });
});

describe('fields', () => {
  it.each([
    ['text', comment({ text: 'hello\u0000world' })],
    ['text', comment({ text: 'bell \u0007 here' })],
    ['text', comment({ text: 'escape \u001b[31m red' })],
    ['author.name', comment({ author: { name: 'Ada\u0000' } })],
    ['author.name', comment({ author: { name: 'Ada\nLovelace' } })],
    ['client.userAgent', comment({ client: { userAgent: 'curl\u0000' } })],
  ])('refuses a control character in %s with 400 naming the field', async (field, body) => {
    const res = await request(stack, 'POST', '/v1/comments', { key, json: body });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('keeps tabs and line breaks in the text', async () => {
    const res = await request(stack, 'POST', '/v1/comments', { key, json: comment({ text: 'line one\r\n\tline two' }) });
    expect(res.status).toBe(202);
    expect((await decided(stack, key, res.body.id)).text).toBe('line one\r\n\tline two');
  });

  it.each(['0x10', ' 5', '1e2', '5 ', '+5', '05.0', '', '1_0'])('refuses limit=%j with 400', async (limit) => {
    const res = await request(stack, 'GET', `/v1/posts/p1/comments?limit=${encodeURIComponent(limit)}`, { key });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].field).toBe('limit');
    const queue = await request(stack, 'GET', `/v1/moderation/sites/hostile/comments?limit=${encodeURIComponent(limit)}`, { headers: bearer(moderator) });
    expect(queue.status).toBe(400);
  });

  it('accepts limit=7', async () => {
    expect((await request(stack, 'GET', '/v1/posts/p1/comments?limit=7', { key })).status).toBe(200);
    expect((await request(stack, 'GET', '/v1/moderation/sites/hostile/comments?limit=7', { headers: bearer(moderator) })).status).toBe(200);
  });
});

describe('Idempotency-Key with externalId', () => {
  it('never makes two comments of one externalId, whatever keys come with it', async () => {
    const body = comment({ externalId: 'blog-42' });
    const first = await request(stack, 'POST', '/v1/comments', { key, json: body, headers: { 'idempotency-key': 'first-try' } });
    const second = await request(stack, 'POST', '/v1/comments', { key, json: body, headers: { 'idempotency-key': 'second-try' } });
    const bare = await request(stack, 'POST', '/v1/comments', { key, json: body });
    expect(first.status).toBe(202);
    expect(second.status).toBe(202);
    expect(second.body.id).toBe(first.body.id);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(bare.body.id).toBe(first.body.id);
  });

  it('calls a different comment under a used externalId a conflict, whatever the key', async () => {
    await request(stack, 'POST', '/v1/comments', { key, json: comment({ externalId: 'blog-43' }), headers: { 'idempotency-key': 'a' } });
    const other = await request(stack, 'POST', '/v1/comments', { key, json: comment({ externalId: 'blog-43', text: 'Something else entirely.' }), headers: { 'idempotency-key': 'b' } });
    expect(other.status).toBe(409);
  });

  it('still checks the shape of an Idempotency-Key sent with an externalId', async () => {
    const res = await request(stack, 'POST', '/v1/comments', { key, json: comment({ externalId: 'blog-44' }), headers: { 'idempotency-key': 'has space' } });
    expect(res.status).toBe(400);
  });
});

describe('the gateway', () => {
  it('reported no unhandled error for any of the above', () => {
    expect(errors).toEqual([]);
  });
});
