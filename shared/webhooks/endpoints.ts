import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from './events.ts';

// A site's registered receivers. The secret signs every delivery (signature.ts); it is
// stored with the endpoint (the table is encrypted at rest), shown once when it is made,
// and never logged or listed: listings show its hint.

export interface WebhookEndpoint {
  id: string;
  url: string;
  events: WebhookEventType[];
  secret: string;
  createdAt: string;
  secretRotatedAt?: string;
}

/** Enough receivers for a blog and its staging copy; each costs a message per event. */
export const MAX_ENDPOINTS_PER_SITE = 10;

export const SECRET_PREFIX = 'whsec_';

export const newSecret = (bytes: Buffer): string => `${SECRET_PREFIX}${bytes.toString('base64url')}`;

export const newEndpointId = (bytes: Buffer): string => `we_${bytes.toString('hex').slice(0, 12)}`;

/** The secret's last four characters, so an operator can tell which one a receiver holds. */
export const secretHint = (secret: string): string => `…${secret.slice(-4)}`;

export class EndpointUrlError extends Error {
  override name = 'EndpointUrlError';
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A receiver must be https; plain http is accepted for this machine only, and only when the
 * target is the local runtime (`allowLocalHttp`): a deployed stage never posts in clear.
 */
export const checkEndpointUrl = (raw: string, allowLocalHttp: boolean): string => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new EndpointUrlError(`"${raw}" is not a URL`);
  }
  if (url.username || url.password) throw new EndpointUrlError('the URL must not carry a user name or password');
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:' && allowLocalHttp && LOCAL_HOSTS.has(url.hostname)) return url.href;
  throw new EndpointUrlError(
    allowLocalHttp
      ? `the URL must be https (http only to localhost or 127.0.0.1 in the local runtime), got ${url.protocol}//${url.host}`
      : `the URL must be https, got ${url.protocol}//${url.host}`,
  );
};

export class EventTypeError extends Error {
  override name = 'EventTypeError';
}

/** `comment.decided,comment.moderated` (or `all`) as event types. */
export const parseEventTypes = (raw: string): WebhookEventType[] => {
  if (raw === 'all') return [...WEBHOOK_EVENT_TYPES];
  const types = [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))];
  const unknown = types.filter((t) => !(WEBHOOK_EVENT_TYPES as readonly string[]).includes(t));
  if (unknown.length || !types.length) {
    throw new EventTypeError(`unknown event type ${unknown.map((t) => `"${t}"`).join(', ') || '(none given)'}; expected all or some of ${WEBHOOK_EVENT_TYPES.join(', ')}`);
  }
  return types as WebhookEventType[];
};

export const wantsEvent = (endpoint: Pick<WebhookEndpoint, 'events'>, type: WebhookEventType): boolean => endpoint.events.includes(type);
