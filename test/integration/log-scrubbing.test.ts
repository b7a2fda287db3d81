import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { randomBytes } from 'node:crypto';
import { createDocumentClient } from '../../shared/store/client.ts';
import { SiteStore } from '../../shared/store/sites.ts';
import { WebhookStore } from '../../shared/store/webhooks.ts';
import { addEndpoint } from '../../shared/webhooks/webhook-admin.ts';
import { addModerator, addSite, bearer, bootStack, decided, eventually, request } from '../support/local-stack.ts';
import { startReceiver, type Receiver } from '../support/webhook-receiver.ts';

// Personal data and secrets never reach a log line: drive the whole pipeline with an
// e-mail, an IP and keys at DEBUG level, capture everything written, and look for them.

let stack: LocalStack;
let receiver: Receiver;
let captured = '';
const restore: Array<() => void> = [];

const capture = (stream: NodeJS.WriteStream) => {
  const original = stream.write.bind(stream);
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
  }) as typeof stream.write;
  restore.push(() => {
    stream.write = original;
  });
};

// Powertools writes through the global console in dev mode (vitest intercepts that before
// it reaches stdout), and through its own Console on stdout otherwise: capture both.
const captureConsole = () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      captured += `${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}\n`;
    };
    restore.push(() => {
      console[method] = original;
    });
  }
};

beforeAll(async () => {
  stack = await bootStack({ logLevel: 'DEBUG' });
  receiver = await startReceiver();
  capture(process.stdout);
  capture(process.stderr);
  captureConsole();
}, 30_000);

// Powertools prints one JSON object per line in Lambda and pretty-prints it in dev mode.
const logRecords = (text: string): Array<Record<string, unknown>> =>
  (text.match(/^\{.*\}$|^\{\n[\s\S]*?\n\}$/gm) ?? []).flatMap((chunk) => {
    try {
      return [JSON.parse(chunk) as Record<string, unknown>];
    } catch {
      return [];
    }
  });

afterAll(async () => {
  for (const r of restore) r();
  await stack?.stop();
  await receiver?.stop();
});

it('logs neither e-mail, IP, site key, moderator token nor webhook secret and signature', async () => {
  const email = 'very.private.person@example.org';
  const ip = '198.51.100.23';
  const key = await addSite(stack, 'site-logs');
  const token = await addModerator(stack, { username: 'logan', sites: ['site-logs'] });
  const doc = createDocumentClient();
  const sites = new SiteStore(doc, stack.tableName);
  const hooks = new WebhookStore(doc, stack.tableName);
  const { secret: webhookSecret } = await addEndpoint(
    { siteId: 'site-logs', url: receiver.url('/logs'), events: ['comment.decided', 'comment.moderated'], now: new Date(), idBytes: randomBytes(6), secretBytes: randomBytes(32), allowLocalHttp: true },
    { getSite: (id) => sites.getSite(id), endpoints: (id) => hooks.endpoints(id), saveEndpoints: (id, e, v) => hooks.saveEndpoints(id, e, v) },
  );

  const body = { postId: 'post-logs', author: { name: 'Pat', email }, text: 'Buy now http://a.example http://b.example http://c.example http://d.example', client: { ip, userAgent: 'probe' } };
  const accepted = await request(stack, 'POST', '/v1/comments', { key, json: body, headers: { 'x-correlation-id': 'trace-logs-1' } });
  expect(accepted.status).toBe(202);
  const comment = await decided(stack, key, accepted.body.id);
  await request(stack, 'POST', '/v1/comments', { key: 'sk_wrongwrongwrongwrongwrongwrong', json: body });
  await request(stack, 'POST', '/v1/comments', { key, json: { ...body, text: 'x'.repeat(10_001) } });
  const item = await request(stack, 'GET', `/v1/moderation/comments/${comment.id}`, { headers: bearer(token) });
  await request(stack, 'POST', `/v1/moderation/comments/${comment.id}/decision`, { headers: bearer(token), json: { action: 'reject', revision: item.body.comment.revision } });

  // The logs are really there, and carry the correlation id from request to decision.
  expect(captured).toContain('Comment accepted');
  expect(captured).toContain('Comment decided');
  const jsonLines = logRecords(captured);
  const lineOf = (message: string) => jsonLines.find((l) => l.message === message && l.commentId === comment.id);
  expect(lineOf('Comment accepted')).toMatchObject({ correlationId: 'trace-logs-1', siteId: 'site-logs' });
  expect(lineOf('Comment decided')).toMatchObject({ correlationId: 'trace-logs-1', siteId: 'site-logs', outcome: comment.decision.outcome });

  await eventually(async () => (receiver.received.filter((r) => r.event.data.commentId === comment.id).length >= 2 ? true : undefined), 'both webhook deliveries');
  await eventually(async () => (captured.includes('Webhook delivered') ? true : undefined), 'the delivery log line');
  const signatures = receiver.received.map((r) => String(r.headers['sieve-signature']).split('v1=')[1]!);

  for (const secret of [email, ip, key, token, 'sk_wrongwrongwrongwrongwrongwrong', webhookSecret, ...signatures]) expect(captured).not.toContain(secret);
});
