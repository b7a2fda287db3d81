import type { WebhookEvent } from './events.ts';
import { wantsEvent, type WebhookEndpoint } from './endpoints.ts';
import type { WebhookMessage } from './message.ts';

// Puts an event on the webhook queue, one message per endpoint that wants it. This is all a
// decision (engine or moderator) pays for webhooks: the site's endpoints come from a cache
// (one read per site per TTL; a site without webhooks costs nothing else) and the sending is
// one SQS call; the delivery itself happens in its own function, off the moderation path.

export interface PublisherPorts {
  endpointsOf(siteId: string): Promise<WebhookEndpoint[]>;
  send(messages: WebhookMessage[]): Promise<void>;
}

export type PublishWebhookEvent = (event: WebhookEvent, now: number) => Promise<number>;

export const createWebhookPublisher = (ports: PublisherPorts, ttlMs: number): PublishWebhookEvent => {
  const cached = new Map<string, { endpoints: WebhookEndpoint[]; readAt: number }>();
  return async (event, now) => {
    let entry = cached.get(event.siteId);
    if (!entry || now - entry.readAt >= ttlMs) {
      entry = { endpoints: await ports.endpointsOf(event.siteId), readAt: now };
      cached.set(event.siteId, entry);
    }
    const messages = entry.endpoints.filter((e) => wantsEvent(e, event.type)).map((e) => ({ siteId: event.siteId, endpointId: e.id, event }));
    if (messages.length) await ports.send(messages);
    return messages.length;
  };
};
