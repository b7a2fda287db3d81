import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DeliveryAttempt, DeliveryRecordUpdate, DeliveryState } from '../webhooks/delivery.ts';
import type { WebhookEndpoint } from '../webhooks/endpoints.ts';
import type { WebhookEvent } from '../webhooks/events.ts';
import { webhookDeliveryKey, webhookDeliveryPrefix, webhookEndpointsKey, webhookPartition } from './keys.ts';

// A site's webhook endpoints are one item (the worker reads them in one GetItem, cached);
// changes are conditional on the version read, so two operators editing at once cannot lose
// each other's endpoint. Each delivery (one event to one endpoint) is one log item whose
// attempts are appended as they happen; the event is kept on it for `webhooks redeliver`.

/** How long the delivery log keeps an entry (AWS's TTL sweep; nothing relies on it). */
const DELIVERY_LOG_DAYS = 30;

export interface DeliveryRecord {
  deliveryId: string;
  siteId: string;
  endpointId: string;
  url: string;
  eventId: string;
  eventType: WebhookEvent['type'];
  commentId: string;
  state: DeliveryState;
  attempts: DeliveryAttempt[];
  updatedAt: string;
  event: WebhookEvent;
}

export class EndpointsChangedError extends Error {
  override name = 'EndpointsChangedError';
}

export class WebhookStore {
  readonly #doc: DynamoDBDocumentClient;
  readonly #table: string;

  constructor(doc: DynamoDBDocumentClient, tableName: string) {
    this.#doc = doc;
    this.#table = tableName;
  }

  async endpoints(siteId: string): Promise<{ endpoints: WebhookEndpoint[]; version: number }> {
    const { Item } = await this.#doc.send(new GetCommand({ TableName: this.#table, Key: webhookEndpointsKey(siteId) }));
    return { endpoints: (Item?.endpoints as WebhookEndpoint[] | undefined) ?? [], version: (Item?.version as number | undefined) ?? 0 };
  }

  /** Replaces the endpoints if nobody changed them since `version` was read. */
  async saveEndpoints(siteId: string, endpoints: WebhookEndpoint[], version: number): Promise<void> {
    try {
      await this.#doc.send(
        new PutCommand({
          TableName: this.#table,
          Item: { ...webhookEndpointsKey(siteId), siteId, endpoints, version: version + 1 },
          ConditionExpression: version === 0 ? 'attribute_not_exists(pk)' : 'version = :version',
          ...(version === 0 ? {} : { ExpressionAttributeValues: { ':version': version } }),
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new EndpointsChangedError(`the webhooks of site ${siteId} changed meanwhile; run the command again`);
      throw error;
    }
  }

  async recordAttempt({ deliveryId, message, url, state, attempt }: DeliveryRecordUpdate): Promise<void> {
    const { event } = message;
    await this.#doc.send(
      new UpdateCommand({
        TableName: this.#table,
        Key: webhookDeliveryKey(message.siteId, deliveryId),
        UpdateExpression:
          'SET deliveryId = :id, siteId = :site, endpointId = :endpoint, #url = :url, eventId = :eventId, eventType = :type, commentId = :comment, ' +
          '#event = if_not_exists(#event, :event), #state = :state, updatedAt = :at, attempts = list_append(if_not_exists(attempts, :none), :attempt), #ttl = :ttl',
        ExpressionAttributeNames: { '#url': 'url', '#event': 'event', '#state': 'state', '#ttl': 'ttl' },
        ExpressionAttributeValues: {
          ':id': deliveryId,
          ':site': message.siteId,
          ':endpoint': message.endpointId,
          ':url': url,
          ':eventId': event.id,
          ':type': event.type,
          ':comment': String(event.data.commentId ?? ''),
          ':event': JSON.stringify(event),
          ':state': state,
          ':at': attempt.at,
          ':none': [],
          ':attempt': [attempt],
          ':ttl': Math.floor(Date.parse(attempt.at) / 1000) + DELIVERY_LOG_DAYS * 86_400,
        },
      }),
    );
  }

  /** The site's deliveries, newest first. */
  async deliveries(siteId: string, limit: number): Promise<DeliveryRecord[]> {
    const { Items = [] } = await this.#doc.send(
      new QueryCommand({
        TableName: this.#table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': webhookPartition(siteId), ':prefix': webhookDeliveryPrefix },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return Items.map(toRecord);
  }

  async delivery(siteId: string, deliveryId: string): Promise<DeliveryRecord | undefined> {
    const { Item } = await this.#doc.send(new GetCommand({ TableName: this.#table, Key: webhookDeliveryKey(siteId, deliveryId) }));
    return Item ? toRecord(Item) : undefined;
  }
}

const toRecord = (item: Record<string, unknown>): DeliveryRecord => {
  const { pk: _pk, sk: _sk, ttl: _ttl, event, ...rest } = item;
  return { ...(rest as Omit<DeliveryRecord, 'event'>), event: JSON.parse(String(event)) as WebhookEvent };
};
