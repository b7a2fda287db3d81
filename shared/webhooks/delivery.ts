import { deliveryIdOf, type WebhookMessage } from './message.ts';
import { checkEndpointUrl, EndpointUrlError, wantsEvent, type WebhookEndpoint } from './endpoints.ts';
import { MAX_DELIVERY_ATTEMPTS, retryDelaySeconds } from './retry-schedule.ts';
import { SIGNATURE_HEADER, signatureHeader } from './signature.ts';

// One delivery attempt of one event to one endpoint, and what to do next. Time, randomness
// and the HTTP call come in as inputs, so the whole decision is testable without a network.

export interface HttpPost {
  (url: string, request: { headers: Record<string, string>; body: string; timeoutMs: number }): Promise<{ statusCode: number }>;
}

export interface DeliveryAttempt {
  at: string;
  /** Attempt number of this message (its SQS receive count). */
  attempt: number;
  ms: number;
  statusCode?: number;
  /** Why it failed, without the URL's query or anything secret. */
  error?: string;
}

/** delivered: 2xx. retrying: failed, tried again later. dead: the last attempt failed. skipped: nothing to send to. */
export type DeliveryState = 'delivered' | 'retrying' | 'dead' | 'skipped';

export interface DeliveryRecordUpdate {
  deliveryId: string;
  message: WebhookMessage;
  url: string;
  state: DeliveryState;
  attempt: DeliveryAttempt;
}

export interface DeliveryPorts {
  endpointsOf(siteId: string): Promise<WebhookEndpoint[]>;
  post: HttpPost;
  recordAttempt(update: DeliveryRecordUpdate): Promise<void>;
}

export interface DeliverySettings {
  attempt: number;
  now: () => Date;
  random: () => number;
  timeoutMs: number;
  retryScale: number;
  allowLocalHttp: boolean;
}

export type DeliveryOutcome =
  | { result: 'delivered'; statusCode: number; ms: number }
  | { result: 'skipped'; why: string }
  | { result: 'retry'; delaySeconds: number; attempt: DeliveryAttempt }
  | { result: 'dead'; attempt: DeliveryAttempt };

export const USER_AGENT = 'Sieve-Webhooks/1';

export const deliverWebhook = async (message: WebhookMessage, settings: DeliverySettings, ports: DeliveryPorts): Promise<DeliveryOutcome> => {
  const deliveryId = deliveryIdOf(message);
  const startedAt = settings.now();
  const endpoint = (await ports.endpointsOf(message.siteId)).find((e) => e.id === message.endpointId);
  const skip = async (url: string, why: string): Promise<DeliveryOutcome> => {
    await ports.recordAttempt({ deliveryId, message, url, state: 'skipped', attempt: { at: startedAt.toISOString(), attempt: settings.attempt, ms: 0, error: why } });
    return { result: 'skipped', why };
  };
  if (!endpoint) return skip('', 'the endpoint was removed');
  if (!wantsEvent(endpoint, message.event.type)) return skip(endpoint.url, `the endpoint no longer subscribes to ${message.event.type}`);
  try {
    checkEndpointUrl(endpoint.url, settings.allowLocalHttp);
  } catch (error) {
    if (error instanceof EndpointUrlError) return skip(endpoint.url, error.message);
    throw error;
  }

  const body = JSON.stringify(message.event);
  const timestamp = Math.floor(startedAt.getTime() / 1000);
  const headers = {
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
    [SIGNATURE_HEADER.toLowerCase()]: signatureHeader(endpoint.secret, timestamp, body),
    'sieve-event-id': message.event.id,
    'sieve-event-type': message.event.type,
  };
  let statusCode: number | undefined;
  let error: string | undefined;
  try {
    ({ statusCode } = await ports.post(endpoint.url, { headers, body, timeoutMs: settings.timeoutMs }));
    if (statusCode < 200 || statusCode > 299) error = `answered ${statusCode}`;
  } catch (failure) {
    error = describeFailure(failure, settings.timeoutMs);
  }
  const ms = settings.now().getTime() - startedAt.getTime();
  const attempt: DeliveryAttempt = { at: startedAt.toISOString(), attempt: settings.attempt, ms, ...(statusCode === undefined ? {} : { statusCode }), ...(error ? { error } : {}) };

  if (!error && statusCode !== undefined) {
    await ports.recordAttempt({ deliveryId, message, url: endpoint.url, state: 'delivered', attempt });
    return { result: 'delivered', statusCode, ms };
  }
  const last = settings.attempt >= MAX_DELIVERY_ATTEMPTS;
  await ports.recordAttempt({ deliveryId, message, url: endpoint.url, state: last ? 'dead' : 'retrying', attempt });
  return last ? { result: 'dead', attempt } : { result: 'retry', delaySeconds: retryDelaySeconds(settings.attempt, settings.random(), settings.retryScale), attempt };
};

/** A network failure in words an operator can act on; never the request (it holds the signature). */
const describeFailure = (failure: unknown, timeoutMs: number): string => {
  const error = failure as Error & { cause?: { code?: string } };
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const code = error.cause?.code;
  return code ? `connection failed (${code})` : `request failed (${error.name})`;
};
