import { beforeAll, expect, test } from 'vitest';
import { FUNCTIONS, QUEUES } from '../../functions/manifest.ts';
import { webhookPartitionPrefix } from '../../shared/store/keys.ts';
import { type SynthesizedSieve, getAtt, synthesizeSieve } from './sieve-template.ts';

// The webhook delivery path as deployed: its own queue and dead-letter queue with an alarm,
// a consumer that reads only webhook items, and producers that may only send to the queue.

let sieve: SynthesizedSieve;
beforeAll(() => {
  sieve = synthesizeSieve({ bundle: false });
});

const alarmsOn = (queueLogicalId: string) =>
  sieve.resourcesOfType('AWS::CloudWatch::Alarm').filter(([, alarm]) => JSON.stringify(alarm.Properties.Dimensions ?? alarm.Properties.Metrics).includes(queueLogicalId));

test('deliverWebhooks is triggered by the webhook queue, whose dead letters raise an alarm', () => {
  const fn = sieve.functionIds('deliverWebhooks').fn;
  const queue = sieve.logicalId(sieve.stack.queues.webhooks.queue);
  const deadLetter = sieve.logicalId(sieve.stack.queues.webhooks.deadLetterQueue);
  const mappings = sieve.resourcesOfType('AWS::Lambda::EventSourceMapping').filter(([, m]) => JSON.stringify(m.Properties.FunctionName).includes(fn));

  expect(mappings.map(([, m]) => m.Properties.EventSourceArn)).toEqual([getAtt(queue)]);
  expect(mappings[0]![1].Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
  const deadLetterAlarms = alarmsOn(deadLetter);
  expect(deadLetterAlarms).toHaveLength(1);
  expect(deadLetterAlarms[0]![1].Properties).toMatchObject({ MetricName: 'ApproximateNumberOfMessagesVisible', Threshold: 1 });
  // The backlog alarm waits out the retry schedule instead of the moderation queue's minutes.
  const ageAlarms = alarmsOn(queue).filter(([, a]) => a.Properties.MetricName === 'ApproximateAgeOfOldestMessage');
  expect(ageAlarms.map(([, a]) => a.Properties.Threshold)).toEqual([QUEUES.webhooks.oldestMessageAlarmSeconds]);
});

test('the delivery function may touch only webhook items of the table', () => {
  const spec = FUNCTIONS.find((f) => f.name === 'deliverWebhooks')!;
  const role = sieve.functionIds('deliverWebhooks').role;
  const statements = sieve
    .resourcesOfType('AWS::IAM::Policy')
    .filter(([, p]) => JSON.stringify(p.Properties.Roles).includes(`"${role}"`))
    .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Array<Record<string, unknown>> }).Statement);
  const table = statements.filter((s) => [s.Action].flat().some((a) => String(a).startsWith('dynamodb:')));

  expect(spec.access.tableKeyPrefixes).toEqual([webhookPartitionPrefix]);
  expect(table).toHaveLength(1);
  expect([table[0]!.Action].flat().sort()).toEqual(['dynamodb:GetItem', 'dynamodb:UpdateItem']);
  expect(table[0]!.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['WEBHOOK#*'] } });
});

test('only the worker and the review functions may send to the webhook queue', () => {
  const senders = FUNCTIONS.filter((f) => f.access.queues.webhooks?.includes('sqs:SendMessage')).map((f) => f.name).sort();
  expect(senders).toEqual(['decideComment', 'decideComments', 'moderateComments']);
});
