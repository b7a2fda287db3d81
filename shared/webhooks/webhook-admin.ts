import { AdminError, noSuchSite } from '../admin/errors.ts';
import type { Site } from '../store/sites.ts';
import { checkEndpointUrl, MAX_ENDPOINTS_PER_SITE, newEndpointId, newSecret, secretHint, type WebhookEndpoint } from './endpoints.ts';
import type { WebhookEventType } from './events.ts';
import type { WebhookMessage } from './message.ts';

// The operator's webhook commands (`sieve webhooks …`), over ports so they run the same on
// the local data folder and on a stage. A new or rotated secret is returned once; listings
// carry its hint only.

export interface WebhookAdminPorts {
  getSite(siteId: string): Promise<Site | undefined>;
  endpoints(siteId: string): Promise<{ endpoints: WebhookEndpoint[]; version: number }>;
  saveEndpoints(siteId: string, endpoints: WebhookEndpoint[], version: number): Promise<void>;
}

export interface ListedEndpoint {
  id: string;
  url: string;
  events: WebhookEventType[];
  secretHint: string;
  createdAt: string;
  secretRotatedAt: string | null;
}

const listed = (e: WebhookEndpoint): ListedEndpoint => ({
  id: e.id,
  url: e.url,
  events: e.events,
  secretHint: secretHint(e.secret),
  createdAt: e.createdAt,
  secretRotatedAt: e.secretRotatedAt ?? null,
});

const endpointsOfSite = async (siteId: string, ports: WebhookAdminPorts) => {
  if (!(await ports.getSite(siteId))) throw noSuchSite(siteId);
  return ports.endpoints(siteId);
};

const noSuchEndpoint = (siteId: string, endpointId: string) =>
  new AdminError(`site "${siteId}" has no webhook ${endpointId} (list them with: sieve webhooks list --site ${siteId})`);

export const addEndpoint = async (
  input: { siteId: string; url: string; events: WebhookEventType[]; now: Date; idBytes: Buffer; secretBytes: Buffer; allowLocalHttp: boolean },
  ports: WebhookAdminPorts,
): Promise<{ endpoint: ListedEndpoint; secret: string }> => {
  const url = checkEndpointUrl(input.url, input.allowLocalHttp);
  const { endpoints, version } = await endpointsOfSite(input.siteId, ports);
  if (endpoints.length >= MAX_ENDPOINTS_PER_SITE) throw new AdminError(`site "${input.siteId}" already has ${MAX_ENDPOINTS_PER_SITE} webhooks; remove one first`);
  if (endpoints.some((e) => e.url === url)) throw new AdminError(`site "${input.siteId}" already sends webhooks to ${url}`);
  const endpoint: WebhookEndpoint = { id: newEndpointId(input.idBytes), url, events: input.events, secret: newSecret(input.secretBytes), createdAt: input.now.toISOString() };
  await ports.saveEndpoints(input.siteId, [...endpoints, endpoint], version);
  return { endpoint: listed(endpoint), secret: endpoint.secret };
};

export const listEndpoints = async (siteId: string, ports: WebhookAdminPorts): Promise<ListedEndpoint[]> =>
  (await endpointsOfSite(siteId, ports)).endpoints.map(listed);

export const removeEndpoint = async (input: { siteId: string; endpointId: string }, ports: WebhookAdminPorts): Promise<ListedEndpoint> => {
  const { endpoints, version } = await endpointsOfSite(input.siteId, ports);
  const endpoint = endpoints.find((e) => e.id === input.endpointId);
  if (!endpoint) throw noSuchEndpoint(input.siteId, input.endpointId);
  await ports.saveEndpoints(input.siteId, endpoints.filter((e) => e !== endpoint), version);
  return listed(endpoint);
};

/** A new secret now: every delivery signed from here on (retries included) uses it. */
export const rotateSecret = async (
  input: { siteId: string; endpointId: string; now: Date; secretBytes: Buffer },
  ports: WebhookAdminPorts,
): Promise<{ endpoint: ListedEndpoint; secret: string }> => {
  const { endpoints, version } = await endpointsOfSite(input.siteId, ports);
  const endpoint = endpoints.find((e) => e.id === input.endpointId);
  if (!endpoint) throw noSuchEndpoint(input.siteId, input.endpointId);
  const rotated: WebhookEndpoint = { ...endpoint, secret: newSecret(input.secretBytes), secretRotatedAt: input.now.toISOString() };
  await ports.saveEndpoints(input.siteId, endpoints.map((e) => (e === endpoint ? rotated : e)), version);
  return { endpoint: listed(rotated), secret: rotated.secret };
};

export interface RedeliverPorts {
  delivery(siteId: string, deliveryId: string): Promise<{ endpointId: string; event: WebhookMessage['event'] } | undefined>;
  send(messages: WebhookMessage[]): Promise<void>;
}

/** Queues logged deliveries again (same event, same id: receivers that saw it can tell). */
export const redeliver = async (input: { siteId: string; deliveryIds: string[] }, ports: RedeliverPorts & Pick<WebhookAdminPorts, 'getSite'>): Promise<string[]> => {
  if (!(await ports.getSite(input.siteId))) throw noSuchSite(input.siteId);
  const messages: WebhookMessage[] = [];
  for (const deliveryId of input.deliveryIds) {
    const record = await ports.delivery(input.siteId, deliveryId);
    if (!record) throw new AdminError(`site "${input.siteId}" has no delivery ${deliveryId} (see: sieve webhooks deliveries --site ${input.siteId})`);
    messages.push({ siteId: input.siteId, endpointId: record.endpointId, event: record.event });
  }
  await ports.send(messages);
  return input.deliveryIds;
};
