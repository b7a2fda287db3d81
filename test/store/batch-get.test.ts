import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { backoffMs, batchGetByPk } from '../../shared/store/paging.ts';

// DynamoDB hands back unprocessed keys when a table is throttled; asking again at once only
// adds to the load. The embedded DynamoDB never throttles, so a client that answers like a
// throttled table stands in for it here.

const key = (id: string) => ({ pk: `C#${id}`, sk: 'C' });

/** Answers each BatchGet with the first key of the request found and the rest unprocessed, `throttledTimes` times. */
const throttledTable = (throttledTimes: number) => {
  const requests: number[] = [];
  let left = throttledTimes;
  const doc = {
    send: async (command: { input: { RequestItems: Record<string, { Keys: Array<{ pk: string; sk: string }> }> } }) => {
      const { Keys } = command.input.RequestItems.t!;
      requests.push(Keys.length);
      if (left-- > 0) return { Responses: { t: [Keys[0]] }, UnprocessedKeys: { t: { Keys: Keys.slice(1) } } };
      return { Responses: { t: Keys } };
    },
  } as unknown as DynamoDBDocumentClient;
  return { doc, requests };
};

describe('batchGetByPk', () => {
  it('retries unprocessed keys after a jittered, growing backoff, and returns every item', async () => {
    // Prepare
    const { doc, requests } = throttledTable(3);
    const waits: number[] = [];
    const timing = { sleep: async (ms: number) => void waits.push(ms), random: () => 0.999 };

    // Act
    const items = await batchGetByPk(doc, 't', ['a', 'b', 'c', 'd', 'e'].map(key), timing);

    // Assert
    expect([...items.keys()].sort()).toEqual(['C#a', 'C#b', 'C#c', 'C#d', 'C#e']);
    expect(requests).toEqual([5, 4, 3, 2]);
    expect(waits).toEqual([49, 99, 199]);
  });

  it('draws each wait anywhere below its ceiling, capped at a second', () => {
    // Act
    const lowest = [1, 2, 3].map((retry) => backoffMs(retry, () => 0));
    const highest = [1, 2, 3, 10].map((retry) => backoffMs(retry, () => 0.9999));
    const middle = backoffMs(3, () => 0.5);

    // Assert
    expect(lowest).toEqual([0, 0, 0]);
    expect(highest).toEqual([49, 99, 199, 999]);
    expect(middle).toBe(100);
  });

  it('gives up after five attempts rather than retrying forever', async () => {
    // Prepare
    const { doc } = throttledTable(10);
    const timing = { sleep: async () => {}, random: () => 0.5 };

    // Act
    const failure = await batchGetByPk(doc, 't', ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(key), timing).catch((e: Error) => e);

    // Assert
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain('unprocessed after 5 attempts');
  });
});
