import { describe, expect, it } from 'vitest';
import { deliverWebhook, type DeliveryPorts, type DeliveryRecordUpdate, type HttpPost } from '../../shared/webhooks/delivery.ts';
import type { WebhookEndpoint } from '../../shared/webhooks/endpoints.ts';
import type { WebhookMessage } from '../../shared/webhooks/message.ts';
import { MAX_DELIVERY_ATTEMPTS } from '../../shared/webhooks/retry-schedule.ts';
import { verifySignature } from '../../shared/webhooks/signature.ts';

const endpoint: WebhookEndpoint = { id: 'we_1', url: 'https://blog.example/hook', events: ['comment.decided'], secret: 'whsec_unit', createdAt: '2026-12-04T00:00:00.000Z' };
const message = {
  siteId: 'blog',
  endpointId: 'we_1',
  event: { id: 'evt_1', type: 'comment.decided', createdAt: '2026-12-04T00:00:00.000Z', siteId: 'blog', data: { commentId: 'c_1' } },
} as unknown as WebhookMessage;
const now = new Date('2026-12-04T12:00:00.000Z');

const portsWith = (post: HttpPost, endpoints = [endpoint]) => {
  const log: DeliveryRecordUpdate[] = [];
  const ports: DeliveryPorts = { endpointsOf: async () => endpoints, post, recordAttempt: async (u) => void log.push(u) };
  return { ports, log };
};
const settings = (attempt: number, allowLocalHttp = false) => ({ attempt, now: () => now, random: () => 0.5, timeoutMs: 10_000, retryScale: 1, allowLocalHttp });

describe('one webhook delivery attempt', () => {
  it('posts the event signed with the endpoint secret and logs it delivered', async () => {
    let sent: Parameters<HttpPost>[1] | undefined;
    const { ports, log } = portsWith(async (_url, request) => ((sent = request), { statusCode: 204 }));
    const outcome = await deliverWebhook(message, settings(1), ports);
    expect(outcome).toMatchObject({ result: 'delivered', statusCode: 204 });
    expect(verifySignature(sent!.headers['sieve-signature']!, sent!.body, endpoint.secret, now.getTime() / 1000)).toBe(true);
    expect(log.map((l) => l.state)).toEqual(['delivered']);
  });

  it('schedules a jittered retry after a failure and gives up on the last attempt', async () => {
    const { ports, log } = portsWith(async () => ({ statusCode: 302 }));
    expect(await deliverWebhook(message, settings(1), ports)).toMatchObject({ result: 'retry', delaySeconds: 23, attempt: { statusCode: 302, error: 'answered 302' } });
    expect(await deliverWebhook(message, settings(MAX_DELIVERY_ATTEMPTS), ports)).toMatchObject({ result: 'dead' });
    expect(log.map((l) => l.state)).toEqual(['retrying', 'dead']);
  });

  it('names a timeout without the request, and skips removed endpoints and plain http outside the local runtime', async () => {
    const timeout = portsWith(async () => {
      throw Object.assign(new Error('aborted'), { name: 'TimeoutError' });
    });
    expect(await deliverWebhook(message, settings(2), timeout.ports)).toMatchObject({ result: 'retry', attempt: { error: 'no answer within 10000 ms' } });

    const removed = portsWith(async () => ({ statusCode: 200 }), []);
    expect(await deliverWebhook(message, settings(1), removed.ports)).toEqual({ result: 'skipped', why: 'the endpoint was removed' });

    const plain = portsWith(async () => ({ statusCode: 200 }), [{ ...endpoint, url: 'http://localhost:4000/hook' }]);
    expect(await deliverWebhook(message, settings(1), plain.ports)).toMatchObject({ result: 'skipped' });
    expect(await deliverWebhook(message, settings(1, true), plain.ports)).toMatchObject({ result: 'delivered' });
  });
});
