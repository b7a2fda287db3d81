import { beforeAll, describe, expect, test } from 'vitest';
import { FUNCTIONS, QUEUES, type QueueName, type QueueTrigger } from '../../functions/manifest.ts';
import { type SynthesizedSieve, getAtt, ref, synthesizeSieve } from './sieve-template.ts';

const DAY_SECONDS = 24 * 60 * 60;

let sieve: SynthesizedSieve;
beforeAll(() => {
  sieve = synthesizeSieve({ bundle: false });
});

const queueIds = (name: QueueName) => ({
  queue: sieve.logicalId(sieve.stack.queues[name].queue),
  deadLetter: sieve.logicalId(sieve.stack.queues[name].deadLetterQueue),
});

describe.each(Object.values(QUEUES).map((spec) => [spec.name, spec] as const))('the %s queue', (name, spec) => {
  test('hands a message to its dead-letter queue after the manifest maxReceiveCount', () => {
    const { queue, deadLetter } = queueIds(name);

    expect(sieve.resource(queue).Properties.RedrivePolicy).toEqual({
      deadLetterTargetArn: getAtt(deadLetter),
      maxReceiveCount: spec.deadLetter.maxReceiveCount,
    });
    // Moderation gives up after 5 receives; webhooks retry for about a day (retry-schedule.ts).
    expect(spec.deadLetter.maxReceiveCount).toBe(name === 'webhooks' ? 14 : 5);
  });

  test('keeps messages and dead letters for the manifest retention periods', () => {
    const { queue, deadLetter } = queueIds(name);

    expect(sieve.resource(queue).Properties.MessageRetentionPeriod).toBe(spec.retentionDays * DAY_SECONDS);
    expect(sieve.resource(deadLetter).Properties.MessageRetentionPeriod).toBe(
      spec.deadLetter.retentionDays * DAY_SECONDS,
    );
  });

  test('hides a message in flight for at least six times its consumer timeout', () => {
    const consumers = FUNCTIONS.filter((f) => f.trigger.kind === 'queue' && f.trigger.queue === name);
    const visibility = sieve.resource(queueIds(name).queue).Properties.VisibilityTimeout as number;

    expect(consumers.length).toBeGreaterThan(0);
    for (const consumer of consumers) {
      const timeout = sieve.resource(sieve.functionIds(consumer.name).fn).Properties.Timeout as number;
      expect(visibility).toBeGreaterThanOrEqual(6 * timeout);
    }
  });

  test.each(['queue', 'deadLetter'] as const)('%s is encrypted at rest and refuses requests without TLS', (which) => {
    const id = queueIds(name)[which];
    const policies = sieve
      .resourcesOfType('AWS::SQS::QueuePolicy')
      .filter(([, policy]) => JSON.stringify(policy.Properties.Queues) === JSON.stringify([ref(id)]));

    expect(sieve.resource(id).Properties.SqsManagedSseEnabled).toBe(true);
    expect(policies).toHaveLength(1);
    expect(policies[0][1].Properties.PolicyDocument).toMatchObject({
      Statement: expect.arrayContaining([
        {
          Effect: 'Deny',
          Principal: { AWS: '*' },
          Action: 'sqs:*',
          Resource: getAtt(id),
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ]),
    });
  });
});

describe.each(
  FUNCTIONS.filter((f) => f.trigger.kind === 'queue').map((f) => [f.name, f, f.trigger as QueueTrigger] as const),
)('the %s queue trigger', (name, _spec, trigger) => {
  test('reports partial batch failures and batches as the manifest says', () => {
    const { fn } = sieve.functionIds(name);
    const mappings = sieve
      .resourcesOfType('AWS::Lambda::EventSourceMapping')
      .filter(([, mapping]) => JSON.stringify(mapping.Properties.FunctionName) === JSON.stringify(ref(fn)));

    expect(mappings).toHaveLength(1);
    expect(mappings[0][1].Properties).toMatchObject({
      EventSourceArn: getAtt(queueIds(trigger.queue).queue),
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: trigger.batchSize,
      MaximumBatchingWindowInSeconds: trigger.maxBatchingWindowSeconds,
    });
  });
});

test('a stage may choose its own batching window (deploy setting batchingWindowSeconds)', () => {
  const quick = synthesizeSieve({ bundle: false, context: { batchingWindowSeconds: '0' } });
  const windows = quick.resourcesOfType('AWS::Lambda::EventSourceMapping').map(([, mapping]) => mapping.Properties.MaximumBatchingWindowInSeconds);

  // Every queue trigger (the moderation worker and the webhook delivery) takes the stage's window.
  expect(windows).toEqual(FUNCTIONS.filter((f) => f.trigger.kind === 'queue').map(() => 0));
});
