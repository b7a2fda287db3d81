import { z } from 'zod';
import { WEBHOOK_EVENT_TYPES, type WebhookEvent } from './events.ts';

// One message on the webhook queue: one event for one endpoint, so a failing receiver is
// retried alone. No secret travels: the delivery function reads the endpoint's current
// secret when it signs, so a rotated secret signs every delivery after the rotation.

export interface WebhookMessage {
  siteId: string;
  endpointId: string;
  event: WebhookEvent;
}

const eventSchema = z.object({
  id: z.string().min(1),
  type: z.enum(WEBHOOK_EVENT_TYPES),
  createdAt: z.string(),
  siteId: z.string().min(1),
  data: z.record(z.string(), z.unknown()),
});

const messageSchema = z.object({ siteId: z.string().min(1), endpointId: z.string().min(1), event: eventSchema });

export class WebhookMessageError extends Error {
  override name = 'WebhookMessageError';
}

export const parseWebhookMessage = (body: string): WebhookMessage => {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new WebhookMessageError('webhook message is not JSON');
  }
  const parsed = messageSchema.safeParse(json);
  if (!parsed.success) throw new WebhookMessageError(`webhook message is malformed: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`);
  return parsed.data as unknown as WebhookMessage;
};

/** Delivery ids name one event to one endpoint: `<eventId>.<endpointId>`. */
export const deliveryIdOf = (message: Pick<WebhookMessage, 'endpointId'> & { event: Pick<WebhookEvent, 'id'> }): string =>
  `${message.event.id}.${message.endpointId}`;
