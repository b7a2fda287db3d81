import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { MAX_DELIVERY_ATTEMPTS } from '../../shared/webhooks/retry-schedule.ts';
import { runSieve } from '../cli/run-sieve.ts';
import { addModerator, addSite, bearer, bootStack, decided, eventually, request } from '../support/local-stack.ts';
import { loadVerifySnippet } from '../support/readme-snippet.ts';
import { startReceiver, type Receiver } from '../support/webhook-receiver.ts';

// Decision webhooks end to end: the real local stack (worker, review API, webhook queue and
// delivery function), a real HTTP receiver, and the `sieve webhooks` CLI in a child process
// against the same data folder. Retries are immediate here (retry scale 0) and a receiver
// has DELIVERY_TIMEOUT_MS to answer, so the whole retry schedule runs in seconds.

const DELIVERY_TIMEOUT_MS = 1000;

let stack: LocalStack;
let receiver: Receiver;
let dataDir: string;
let verify: Awaited<ReturnType<typeof loadVerifySnippet>>['verifySieveSignature'];

const sieve = async (...args: string[]) => {
  const run = await runSieve([...args, '--json'], '', { env: { SIEVE_DATA_DIR: dataDir } });
  if (run.code !== 0) throw new Error(`sieve ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout);
};

const addWebhook = async (siteId: string, path: string, events = 'all'): Promise<{ id: string; secret: string }> =>
  sieve('webhooks', 'add', receiver.url(path), '--site', siteId, '--events', events);

const post = async (key: string, text: string, author = 'Reader') => {
  const res = await request(stack, 'POST', '/v1/comments', { key, json: { postId: 'post-1', author: { name: author }, text } });
  expect(res.status).toBe(202);
  return res.body.id as string;
};

const receivedFor = (path: string, commentId: string, type = 'comment.decided') =>
  receiver.received.filter((r) => r.path === path && r.event.data.commentId === commentId && r.event.type === type);

const arrival = (path: string, commentId: string, type = 'comment.decided', count = 1) =>
  eventually(async () => (receivedFor(path, commentId, type).length >= count ? receivedFor(path, commentId, type) : undefined), `${count} ${type} for ${commentId} at ${path}`, 20_000);

const deliveryOf = async (siteId: string, commentId: string) =>
  ((await sieve('webhooks', 'deliveries', '--site', siteId)) as Array<{ deliveryId: string; commentId: string; state: string; attempts: Array<{ statusCode?: number; error?: string; ms: number }> }>).find(
    (d) => d.commentId === commentId,
  );

/** Milliseconds from POST to a decision visible by GET. */
const decisionLatency = async (key: string, text: string) => {
  const started = Date.now();
  const id = await post(key, text);
  await decided(stack, key, id);
  return Date.now() - started;
};

let keyA: string;
let keyB: string;
let keyC: string;
let keyQuiet: string;
let hookA: { id: string; secret: string };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sieve-webhooks-'));
  receiver = await startReceiver();
  stack = await bootStack({ dataDir, siteCacheTtlMs: 0, webhookTimeoutMs: DELIVERY_TIMEOUT_MS, webhookRetryScale: 0 });
  [keyA, keyB, keyC, keyQuiet] = await Promise.all(['hooks-a', 'hooks-b', 'hooks-c', 'hooks-quiet'].map((s) => addSite(stack, s)));
  ({ verifySieveSignature: verify } = await loadVerifySnippet());
  hookA = await addWebhook('hooks-a', '/a');
}, 60_000);

afterAll(async () => {
  await stack?.stop();
  await receiver?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('decision webhooks', () => {
  it('delivers the engine’s decision once, signed so the README snippet verifies it', async () => {
    const id = await post(keyA, 'Thanks for the clear write-up, it helped me fix my build.');
    const [delivery] = await arrival('/a', id);
    const comment = await decided(stack, keyA, id);

    expect(verify(String(delivery!.headers['sieve-signature']), delivery!.rawBody, hookA.secret)).toBe(true);
    expect(verify(String(delivery!.headers['sieve-signature']), delivery!.rawBody, 'whsec_not-the-secret')).toBe(false);
    expect(delivery!.event).toMatchObject({
      type: 'comment.decided',
      siteId: 'hooks-a',
      data: { commentId: id, postId: 'post-1', status: comment.status, outcome: comment.decision.outcome, policyVersion: comment.decision.policyVersion, decidedBy: 'engine' },
    });
    expect(delivery!.headers['sieve-event-id']).toBe(delivery!.event.id);
    await new Promise((r) => setTimeout(r, 1000));
    expect(receivedFor('/a', id)).toHaveLength(1);
  });

  it('delivers a moderator’s decision once, saying "moderator", not who', async () => {
    const token = await addModerator(stack, { username: 'mona', sites: ['hooks-a'] });
    const id = await post(keyA, 'Cheap deals http://a1.example http://b1.example http://c1.example http://d1.example', 'Dealer');
    const flagged = await decided(stack, keyA, id);
    expect(flagged.status).toBe('flagged');
    const item = await request(stack, 'GET', `/v1/moderation/comments/${id}`, { headers: bearer(token) });
    const decision = await request(stack, 'POST', `/v1/moderation/comments/${id}/decision`, {
      headers: bearer(token),
      json: { action: 'reject', reason: 'spam', revision: item.body.comment.revision },
    });
    expect(decision.status).toBe(200);

    const [moderated] = await arrival('/a', id, 'comment.moderated');
    expect(verify(String(moderated!.headers['sieve-signature']), moderated!.rawBody, hookA.secret)).toBe(true);
    expect(moderated!.event.data).toMatchObject({ commentId: id, status: 'rejected', outcome: 'reject', decidedBy: 'moderator', rejectReason: 'spam' });
    expect(moderated!.event.data.revision).toBeGreaterThan((await arrival('/a', id))[0]!.event.data.revision);
    expect(moderated!.rawBody).not.toContain('mona');
    await new Promise((r) => setTimeout(r, 1000));
    expect(receivedFor('/a', id, 'comment.moderated')).toHaveLength(1);
  });

  it('retries a receiver that answers 500, and logs both attempts', async () => {
    await addWebhook('hooks-b', '/flaky', 'comment.decided');
    receiver.on('/flaky', (_request, earlier) => (earlier.length === 0 ? 500 : 200));
    const id = await post(keyB, 'I disagree with the second point, but the benchmarks are convincing.');

    const deliveries = await arrival('/flaky', id, 'comment.decided', 2);
    expect(new Set(deliveries.map((d) => d.event.id)).size).toBe(1);
    const logged = await eventually(async () => {
      const d = await deliveryOf('hooks-b', id);
      return d?.state === 'delivered' ? d : undefined;
    }, 'the delivered log entry');
    expect(logged.attempts.map((a) => a.statusCode)).toEqual([500, 200]);
    expect(logged.attempts.every((a) => a.ms >= 0)).toBe(true);
  });

  it('gives up on a receiver that never answers (dead-letter queue and log) without slowing moderation, then redelivers', async () => {
    const before = [await decisionLatency(keyQuiet, 'A first calm remark about the weather.'), await decisionLatency(keyQuiet, 'A second calm remark about trains.')];
    await addWebhook('hooks-c', '/silent', 'comment.decided');
    receiver.on('/silent', () => 'hang');
    const id = await post(keyC, 'Looking forward to part two of this series.');
    await arrival('/silent', id);

    // While the receiver holds each attempt open, other comments are decided as fast as before.
    const during = [];
    for (const text of ['A third calm remark about bread.', 'A fourth calm remark about rivers.', 'A fifth calm remark about maps.']) {
      during.push(await decisionLatency(keyQuiet, text));
    }
    console.info(`decision latency before ${before.join(', ')} ms, while the receiver hangs ${during.join(', ')} ms`);
    expect(Math.max(...during)).toBeLessThan(DELIVERY_TIMEOUT_MS);
    expect(Math.max(...during)).toBeLessThan(Math.max(...before) + DELIVERY_TIMEOUT_MS / 2);

    const dead = await eventually(
      async () => {
        const d = await deliveryOf('hooks-c', id);
        return d?.state === 'dead' ? d : undefined;
      },
      'the dead delivery',
      MAX_DELIVERY_ATTEMPTS * (DELIVERY_TIMEOUT_MS + 1500),
    );
    expect(dead.attempts).toHaveLength(MAX_DELIVERY_ATTEMPTS);
    expect(dead.attempts.every((a) => a.error === `no answer within ${DELIVERY_TIMEOUT_MS} ms`)).toBe(true);
    await eventually(async () => {
      const { Attributes } = await stack.sqs.send(
        new GetQueueAttributesCommand({ QueueUrl: stack.queues.webhooks!.deadLetterUrl, AttributeNames: ['ApproximateNumberOfMessages'] }),
      );
      return Number(Attributes?.ApproximateNumberOfMessages) >= 1 ? true : undefined;
    }, 'the message in the webhook dead-letter queue');

    // The receiver is back: redeliver sends the same event again.
    receiver.on('/silent', () => 200);
    const arrived = receivedFor('/silent', id).length;
    expect(await sieve('webhooks', 'redeliver', dead.deliveryId, '--site', 'hooks-c')).toEqual({ queued: [dead.deliveryId] });
    const again = await arrival('/silent', id, 'comment.decided', arrived + 1);
    expect(again.at(-1)!.event.id).toBe(again[0]!.event.id);
    const redelivered = await eventually(async () => {
      const d = await deliveryOf('hooks-c', id);
      return d?.state === 'delivered' ? d : undefined;
    }, 'the redelivered log entry');
    expect(redelivered.attempts.at(-1)!.statusCode).toBe(200);
  }, 90_000);

  it('signs deliveries after rotate-secret with the new secret only', async () => {
    const rotated = (await sieve('webhooks', 'rotate-secret', hookA.id, '--site', 'hooks-a')) as { secret: string };
    expect(rotated.secret).not.toBe(hookA.secret);
    const id = await post(keyA, 'One more question: does this work on arm64 too?');
    const [delivery] = await arrival('/a', id);
    const signature = String(delivery!.headers['sieve-signature']);
    expect(verify(signature, delivery!.rawBody, rotated.secret)).toBe(true);
    expect(verify(signature, delivery!.rawBody, hookA.secret)).toBe(false);
    const listed = (await sieve('webhooks', 'list', '--site', 'hooks-a')) as Array<{ id: string; secretHint: string }>;
    expect(listed).toEqual([expect.objectContaining({ id: hookA.id, secretHint: `…${rotated.secret.slice(-4)}` })]);
    expect(JSON.stringify(listed)).not.toContain(rotated.secret);
  });
});
