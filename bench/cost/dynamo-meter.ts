import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { DynamoDBClient, GetItemCommand, type AttributeValue as SdkAttributeValue } from '@aws-sdk/client-dynamodb';
import { itemReadUnits, pageReadUnits, writeUnits, type TableShape } from './capacity.ts';
import { forward as forwardTo, readBody } from './forward.ts';
import type { Item } from './item-size.ts';

// An HTTP proxy in front of the embedded DynamoDB that counts the request units each call
// of the handlers would cost on AWS. dynalite reports consumed capacity for the table only
// (never for indexes), so the units are computed here from the items themselves: reads from
// the items returned, writes from the item before and after (read straight from dynalite
// around the forwarded call). Those extra reads slow the handlers, so durations are
// measured with metering off (the proxy then only forwards).

export interface OperationTally {
  /** DynamoDB action: GetItem, PutItem, UpdateItem, BatchGetItem, Query ... */
  operation: string;
  /** Item kind: the partition key's prefix before the first `#` (COMMENT, AUTHOR, FP, KEY ...). */
  kind: string;
  /** Items (or calls, for a Query) this row counts. */
  count: number;
  readUnits: number;
  tableWriteUnits: number;
  indexWriteUnits: Record<string, number>;
  /** Calls whose condition check failed. */
  conditionFailures: number;
  /** Index write units the same writes would cost under each alternative table layout. */
  alternativeIndexWriteUnits: Record<string, number>;
}

export interface DynamoMeter {
  url: string;
  /** Requests forwarded since start, metered or not (proof the handlers go through the proxy). */
  readonly forwarded: number;
  metering: boolean;
  /** Milliseconds each call waits before it is forwarded: AWS's round trip, for the timing run. */
  roundTripMs: number;
  tallies(): OperationTally[];
  /** Forgets the tallies so far (a second metered run starts from zero). */
  reset(): void;
  /** Actions seen while metering that this meter cannot price (batch writes, transactions). */
  unpriced(): string[];
  stop(): Promise<void>;
}

type Key = Record<string, SdkAttributeValue>;

/** The parts of DynamoDB JSON requests and responses the meter reads. */
interface WireInput {
  TableName: string;
  Key?: Key;
  Item?: Key;
  ConsistentRead?: boolean;
  IndexName?: string;
  RequestItems?: Record<string, { Keys: Key[]; ConsistentRead?: boolean }>;
}

interface WireOutput {
  __type?: string;
  Item?: Item;
  Items?: Item[];
  Responses?: Record<string, Item[]>;
  UnprocessedKeys?: Record<string, { Keys: Key[] }>;
}

const kindOf = (pk: SdkAttributeValue | Item[string] | undefined): string => {
  const value = pk && 'S' in pk ? pk.S : undefined;
  return value ? value.split('#')[0]! : '?';
};


export interface DynamoMeterOptions {
  upstream: string;
  table: TableShape;
  /** Other index layouts to price every write under as well (the levers), by name. */
  alternatives?: Record<string, TableShape>;
}

export const startDynamoMeter = async (options: DynamoMeterOptions): Promise<DynamoMeter> => {
  const upstream = new URL(options.upstream);
  const direct = new DynamoDBClient({ endpoint: options.upstream, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const keyNames = [options.table.partitionKey, ...(options.table.sortKey ? [options.table.sortKey] : [])];
  const rows = new Map<string, OperationTally>();
  const unpriced = new Set<string>();
  let forwarded = 0;

  const row = (operation: string, kind: string) => {
    const id = `${operation}|${kind}`;
    let found = rows.get(id);
    if (!found) {
      found = { operation, kind, count: 0, readUnits: 0, tableWriteUnits: 0, indexWriteUnits: {}, conditionFailures: 0, alternativeIndexWriteUnits: {} };
      rows.set(id, found);
    }
    return found;
  };

  const current = async (tableName: string, key: Key): Promise<Item | undefined> =>
    (await direct.send(new GetItemCommand({ TableName: tableName, Key: key, ConsistentRead: true }))).Item as Item | undefined;

  const forward = (req: IncomingMessage, body: Buffer) => forwardTo(upstream, req, body);

  const decode = (response: { headers: IncomingMessage['headers']; body: Buffer }): WireOutput =>
    JSON.parse((response.headers['content-encoding'] === 'gzip' ? gunzipSync(response.body) : response.body).toString('utf8') || '{}');

  const meterRead = (operation: string, input: WireInput, output: WireOutput) => {
    if (operation === 'GetItem') {
      const r = row(operation, kindOf(input.Key?.[options.table.partitionKey]));
      r.count += 1;
      r.readUnits += itemReadUnits(output.Item, input.ConsistentRead === true);
      return;
    }
    if (operation === 'BatchGetItem') {
      for (const [tableName, request] of Object.entries(input.RequestItems ?? {})) {
        const consistent = request.ConsistentRead === true;
        const keyOf = (item: Key | Item) => JSON.stringify(keyNames.map((k) => item[k]));
        const found = new Map((output.Responses?.[tableName] ?? []).map((item) => [keyOf(item), item]));
        const unprocessed = new Set((output.UnprocessedKeys?.[tableName]?.Keys ?? []).map(keyOf));
        for (const key of request.Keys) {
          if (unprocessed.has(keyOf(key))) continue;
          const r = row(operation, kindOf(key[options.table.partitionKey]));
          r.count += 1;
          r.readUnits += itemReadUnits(found.get(keyOf(key)), consistent);
        }
      }
      return;
    }
    if (operation === 'Query' || operation === 'Scan') {
      const items = output.Items ?? [];
      const r = row(operation, input.IndexName ? `index ${input.IndexName}` : kindOf(items[0]?.[options.table.partitionKey]));
      r.count += 1;
      r.readUnits += pageReadUnits(items, input.ConsistentRead === true);
    }
  };

  const handleWrite = async (req: IncomingMessage, body: Buffer, operation: string, input: WireInput) => {
    const key: Key = operation === 'PutItem' ? Object.fromEntries(keyNames.map((k) => [k, input.Item![k]!])) : input.Key!;
    const before = await current(input.TableName, key);
    const response = await forward(req, body);
    const failed = response.status === 400 && String(decode(response).__type ?? '').endsWith('ConditionalCheckFailedException');
    if (response.status === 200 || failed) {
      const after = failed ? before : await current(input.TableName, key);
      const units = writeUnits(options.table, before, after, failed);
      const r = row(operation, kindOf(key[options.table.partitionKey]));
      r.count += 1;
      r.tableWriteUnits += units.table;
      for (const [index, n] of Object.entries(units.indexes)) r.indexWriteUnits[index] = (r.indexWriteUnits[index] ?? 0) + n;
      if (failed) r.conditionFailures += 1;
      for (const [name, shape] of Object.entries(options.alternatives ?? {})) {
        const alternative = Object.values(writeUnits(shape, before, after, failed).indexes).reduce((a, b) => a + b, 0);
        r.alternativeIndexWriteUnits[name] = (r.alternativeIndexWriteUnits[name] ?? 0) + alternative;
      }
    }
    return response;
  };

  const server = createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
      forwarded += 1;
      let response;
      if (meter.roundTripMs > 0) await new Promise((resolve) => setTimeout(resolve, meter.roundTripMs));
      if (!meter.metering || !operation) {
        response = await forward(req, body);
      } else {
        const input = JSON.parse(body.toString('utf8') || '{}') as WireInput;
        if (operation === 'PutItem' || operation === 'UpdateItem' || operation === 'DeleteItem') {
          response = await handleWrite(req, body, operation, input);
        } else {
          response = await forward(req, body);
          if (response.status === 200) meterRead(operation, input, decode(response));
          if (['BatchWriteItem', 'TransactWriteItems', 'TransactGetItems', 'ExecuteStatement'].includes(operation)) unpriced.add(operation);
        }
      }
      res.writeHead(response.status, response.headers);
      res.end(response.body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: String(error) }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  const meter: DynamoMeter = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get forwarded() {
      return forwarded;
    },
    metering: false,
    roundTripMs: 0,
    tallies: () => [...rows.values()].map((r) => ({ ...r, indexWriteUnits: { ...r.indexWriteUnits }, alternativeIndexWriteUnits: { ...r.alternativeIndexWriteUnits } })),
    unpriced: () => [...unpriced],
    reset: () => {
      rows.clear();
      unpriced.clear();
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      direct.destroy();
    },
  };
  return meter;
};
