import { GetQueueAttributesCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS, type FunctionSpec, type QueueTrigger } from '../../functions/manifest.ts';
import { startSqs } from '../../local/emulators/sqs.ts';
import type { Emulator } from '../../local/emulators/dynamodb.ts';
import type { LambdaHandler } from '../../local/invoke.ts';
import { startPoller, type Poller } from '../../local/poller.ts';
import { ensureQueues, type ProvisionedQueue } from '../../local/provision.ts';
import { eventually } from '../support/local-stack.ts';

// The local poller must hand the worker the batches Lambda's SQS event source mapping
// would: gathered until batchSize, the batching window or 6 MB, whichever comes first.
// Real poller, real embedded SQS server; the handler only records what it is given.

type QueueFunction = FunctionSpec & { trigger: QueueTrigger };

const worker = FUNCTIONS.find((f): f is QueueFunction => f.trigger.kind === 'queue' && f.trigger.queue === 'moderation')!;
const withTrigger = (trigger: Partial<QueueTrigger>): QueueFunction => ({ ...worker, trigger: { ...worker.trigger, ...trigger } });

let server: Emulator;
let sqs: SQSClient;
let queueCount = 0;
const pollers: Poller[] = [];
const pollerErrors: unknown[] = [];

beforeAll(async () => {
  server = await startSqs();
  sqs = new SQSClient({
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    useQueueUrlAsEndpoint: false,
  });
});

afterEach(async () => {
  await Promise.all(pollers.splice(0).map((p) => p.stop()));
  // Nothing a test does should make the poller report an error.
  expect(pollerErrors.splice(0)).toEqual([]);
});

afterAll(async () => {
  sqs?.destroy();
  await server?.stop();
});

/** A fresh queue per test, provisioned as the local stack does it. */
const newQueue = async (): Promise<ProvisionedQueue> => {
  queueCount += 1;
  const queues = await ensureQueues(sqs, { namePrefix: `batching-${queueCount}`, visibilityTimeoutSeconds: 30 });
  return queues.moderation;
};

interface Delivery {
  at: number;
  bodies: string[];
}

/** A worker that only records each batch it is invoked with, and succeeds. */
const recordingWorker = () => {
  const deliveries: Delivery[] = [];
  const handler: LambdaHandler = async (event) => {
    deliveries.push({ at: Date.now(), bodies: (event as SQSEvent).Records.map((r) => r.body) });
    return { batchItemFailures: [] };
  };
  return { deliveries, handler };
};

const poll = (queue: ProvisionedQueue, spec: QueueFunction, handler: LambdaHandler, concurrency?: number): Poller => {
  const poller = startPoller({
    sqs,
    queueUrl: queue.url,
    queueArn: queue.arn,
    spec,
    handler,
    ...(concurrency ? { concurrency } : {}),
    onError: (error) => pollerErrors.push(error),
  });
  pollers.push(poller);
  return poller;
};

/** Sends each body as its own message, all at once: as the submit function does, one per comment. */
const sendAll = (queue: ProvisionedQueue, bodies: string[]) =>
  Promise.all(bodies.map((body) => sqs.send(new SendMessageCommand({ QueueUrl: queue.url, MessageBody: body }))));

const queueCounts = async (queue: ProvisionedQueue) => {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queue.url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }),
  );
  return { visible: Number(Attributes.ApproximateNumberOfMessages), inFlight: Number(Attributes.ApproximateNumberOfMessagesNotVisible) };
};

const delivered = (deliveries: Delivery[]) => deliveries.flatMap((d) => d.bodies);

describe('the local SQS poller gathers batches like the Lambda event source mapping', () => {
  it('delivers a burst of 25 in full batches of 10 and one of 5, each message once, and deletes them', async () => {
    // Prepare
    expect(worker.trigger).toMatchObject({ batchSize: 10, maxBatchingWindowSeconds: 1 });
    const queue = await newQueue();
    const { deliveries, handler } = recordingWorker();
    poll(queue, worker, handler);
    const bodies = Array.from({ length: 25 }, (_, i) => `message ${i}`);

    // Act
    await sendAll(queue, bodies);
    await eventually(async () => (delivered(deliveries).length >= 25 ? true : undefined), '25 delivered messages', 5_000);

    // Assert
    expect(deliveries.map((d) => d.bodies.length)).toEqual([10, 10, 5]);
    expect(delivered(deliveries).sort()).toEqual([...bodies].sort());
    await eventually(async () => {
      const counts = await queueCounts(queue);
      return counts.visible === 0 && counts.inFlight === 0 ? counts : undefined;
    }, 'an empty queue', 2_000);
  });

  it('gathers steady traffic of 25 messages a second into batches of about 10, not one each', async () => {
    // Prepare
    const queue = await newQueue();
    const { deliveries, handler } = recordingWorker();
    poll(queue, worker, handler);
    const bodies = Array.from({ length: 20 }, (_, i) => `message ${i}`);

    // Act
    for (const body of bodies) {
      await Promise.all([sendAll(queue, [body]), new Promise((r) => setTimeout(r, 40))]);
    }
    await eventually(async () => (delivered(deliveries).length >= 20 ? true : undefined), '20 delivered messages', 5_000);

    // Assert
    expect(deliveries.length).toBeLessThanOrEqual(3);
    expect(Math.max(...deliveries.map((d) => d.bodies.length))).toBeLessThanOrEqual(10);
    expect(delivered(deliveries).sort()).toEqual([...bodies].sort());
  });

  it.each([1, 2])('holds a lone message for the whole %i s window, then delivers it alone', async (windowSeconds) => {
    // Prepare
    const queue = await newQueue();
    const { deliveries, handler } = recordingWorker();
    poll(queue, withTrigger({ maxBatchingWindowSeconds: windowSeconds }), handler);

    // Act
    const sentAt = Date.now();
    await sendAll(queue, ['alone']);
    await eventually(async () => deliveries[0], 'the lone message', windowSeconds * 1000 + 3_000);

    // Assert
    const waitedMs = deliveries[0]!.at - sentAt;
    expect(waitedMs).toBeGreaterThanOrEqual(0.8 * windowSeconds * 1000);
    expect(waitedMs).toBeLessThan(windowSeconds * 1000 + 1_500);
    expect(deliveries.map((d) => d.bodies)).toEqual([['alone']]);
  });

  it('delivers a lone message at once when the window is 0', async () => {
    // Prepare
    const queue = await newQueue();
    const { deliveries, handler } = recordingWorker();
    poll(queue, withTrigger({ maxBatchingWindowSeconds: 0 }), handler);

    // Act
    const sentAt = Date.now();
    await sendAll(queue, ['alone']);
    await eventually(async () => deliveries[0], 'the lone message', 3_000);

    // Assert
    expect(deliveries[0]!.at - sentAt).toBeLessThan(500);
    expect(deliveries.map((d) => d.bodies)).toEqual([['alone']]);
  });

  it('closes a batch before its payload passes 6 MB and opens the next with the rest', async () => {
    // Prepare: 30 bodies of 250 kB; 25 of them fit in 6 MiB, 26 do not.
    const queue = await newQueue();
    const { deliveries, handler } = recordingWorker();
    const bodies = Array.from({ length: 30 }, (_, i) => `${String(i).padStart(2, '0')}${'x'.repeat(249_998)}`);
    await sendAll(queue, bodies);

    // Act: one loop, so the split cannot come from two loops sharing the messages.
    poll(queue, withTrigger({ batchSize: 100, maxBatchingWindowSeconds: 1 }), handler, 1);
    await eventually(async () => (delivered(deliveries).length >= 30 ? true : undefined), '30 delivered messages', 5_000);

    // Assert
    expect(deliveries.map((d) => d.bodies.length)).toEqual([25, 5]);
    for (const d of deliveries) expect(d.bodies.reduce((sum, b) => sum + b.length, 0)).toBeLessThanOrEqual(6 * 1024 * 1024);
    expect(delivered(deliveries).sort()).toEqual([...bodies].sort());
  });

  it('stops within a second while a loop is gathering a partial batch, leaving it on the queue', async () => {
    // Prepare: a long window, and one message a loop has received and now holds.
    const queue = await newQueue();
    const { deliveries, handler } = recordingWorker();
    const poller = poll(queue, withTrigger({ maxBatchingWindowSeconds: 5 }), handler);
    await sendAll(queue, ['held']);
    await eventually(async () => ((await queueCounts(queue)).inFlight === 1 ? true : undefined), 'the message in flight', 2_000);

    // Act
    const stopping = Date.now();
    await poller.stop();

    // Assert
    expect(Date.now() - stopping).toBeLessThan(1_000);
    expect(deliveries).toEqual([]);
    expect(await queueCounts(queue)).toEqual({ visible: 0, inFlight: 1 });
  });
});
