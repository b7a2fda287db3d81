import { BatchGetCommand, type BatchGetCommandOutput, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

// The two multi-request reads every store needs, written once: following a Query or Scan
// through its pages, and a BatchGetItem that respects the 100-key limit and asks again for
// keys DynamoDB hands back unprocessed under load, backing off between tries.

type StartKey = Record<string, unknown> | undefined;

/** Yields each page of a Query or Scan; `fetch` sends one request from the given start key. */
export async function* allPages<P extends { LastEvaluatedKey?: Record<string, unknown> }>(
  fetch: (start: StartKey) => Promise<P>,
): AsyncGenerator<P> {
  let start: StartKey;
  do {
    const page = await fetch(start);
    yield page;
    start = page.LastEvaluatedKey;
  } while (start);
}

const BATCH_GET_LIMIT = 100;
const BATCH_GET_ATTEMPTS = 5;
/** Backoff before a retry: "full jitter" (AWS's advice), up to 50 ms, 100 ms, 200 ms, ... capped at 1 s. */
const BACKOFF_BASE_MS = 50;
const BACKOFF_CAP_MS = 1_000;

/** How a retry waits; passed in so a test can watch the waits without spending them. */
export interface RetryTiming {
  sleep(ms: number): Promise<void>;
  /** In [0, 1). */
  random(): number;
}

const REAL_TIMING: RetryTiming = { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), random: Math.random };

/**
 * The wait before retry number `retry` (1 for the first): anywhere from 0 to the exponential
 * ceiling, so callers that were throttled together do not come back together.
 */
export const backoffMs = (retry: number, random: () => number): number =>
  Math.floor(random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (retry - 1)));

/**
 * Reads items by key, in batches of 100, asking again (after a jittered backoff) for keys
 * DynamoDB left unprocessed, which it does when the table is throttled; missing keys are
 * simply absent from the result (in no particular order).
 */
export const batchGetItems = async (
  doc: DynamoDBDocumentClient,
  table: string,
  keys: Array<{ pk: string; sk: string }>,
  options: { consistentRead?: boolean; timing?: RetryTiming } = {},
): Promise<Array<Record<string, unknown>>> => {
  const timing = options.timing ?? REAL_TIMING;
  const found: Array<Record<string, unknown>> = [];
  for (let i = 0; i < keys.length; i += BATCH_GET_LIMIT) {
    let request: Array<Record<string, unknown>> | undefined = keys.slice(i, i + BATCH_GET_LIMIT);
    for (let attempt = 0; request?.length; attempt++) {
      if (attempt === BATCH_GET_ATTEMPTS) throw new Error(`DynamoDB left keys unprocessed after ${BATCH_GET_ATTEMPTS} attempts`);
      if (attempt > 0) await timing.sleep(backoffMs(attempt, timing.random));
      const result: BatchGetCommandOutput = await doc.send(
        new BatchGetCommand({ RequestItems: { [table]: { Keys: request, ...(options.consistentRead ? { ConsistentRead: true } : {}) } } }),
      );
      found.push(...(result.Responses?.[table] ?? []));
      request = result.UnprocessedKeys?.[table]?.Keys;
    }
  }
  return found;
};

/** Reads items by key; the result maps each found item's `pk` to the item (missing keys are absent). */
export const batchGetByPk = async (
  doc: DynamoDBDocumentClient,
  table: string,
  keys: Array<{ pk: string; sk: string }>,
  timing?: RetryTiming,
): Promise<Map<string, Record<string, unknown>>> =>
  new Map((await batchGetItems(doc, table, keys, timing ? { timing } : {})).map((item) => [String(item.pk), item]));

/** Merges streams that are each in `order` (ascending) into one stream in that order. */
export async function* mergeInOrder<T>(sources: ReadonlyArray<AsyncIterator<T>>, order: (item: T) => string): AsyncGenerator<T> {
  const heads = await Promise.all(sources.map((s) => s.next()));
  for (;;) {
    let pick = -1;
    heads.forEach((head, i) => {
      if (!head.done && (pick < 0 || order(head.value) < order(heads[pick]!.value as T))) pick = i;
    });
    if (pick < 0) return;
    yield heads[pick]!.value as T;
    heads[pick] = await sources[pick]!.next();
  }
}
