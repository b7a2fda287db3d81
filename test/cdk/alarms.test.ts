import { beforeAll, describe, expect, test } from 'vitest';
import { FUNCTIONS, QUEUES } from '../../functions/manifest.ts';
import { TABLE_DEFINITION } from '../../shared/store/table.ts';
import { type CfnJson, type SynthesizedSieve, getAtt, ref, synthesizeSieve } from './sieve-template.ts';

const ALARM_EMAIL = 'ops@example.org';
const OLDEST_MESSAGE_SECONDS = 120;

let sieve: SynthesizedSieve;
let topicId: string;
beforeAll(() => {
  sieve = synthesizeSieve({ bundle: false, context: { alarmEmail: ALARM_EMAIL, oldestMessageAlarmSeconds: String(OLDEST_MESSAGE_SECONDS) } });
  topicId = sieve.logicalId(sieve.stack.alarmTopic.topic);
});

const alarms = () => sieve.resourcesOfType('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
const alarmOn = (metricName: string, dimension: unknown) =>
  alarms().filter((a) => a.MetricName === metricName && JSON.stringify(a.Dimensions).includes(JSON.stringify(dimension)));

test('every alarm notifies the topic when it fires and when it clears, and an idle stack never alarms', () => {
  // Per queue: dead letters and age; per function: errors and throttles; the table's throttles, refused models, stuck comments, the API's 5xx rate.
  expect(alarms().length).toBe(2 * Object.keys(QUEUES).length + 2 * FUNCTIONS.length + 4);
  for (const alarm of alarms()) {
    expect(alarm.AlarmActions).toEqual([ref(topicId)]);
    expect(alarm.OKActions).toEqual([ref(topicId)]);
    expect(alarm.TreatMissingData).toBe('notBreaching');
    expect(alarm.AlarmName).toBeUndefined();
  }
});

test('a single message in the dead-letter queue raises an alarm', () => {
  const [alarm] = alarmOn('ApproximateNumberOfMessagesVisible', getAtt(sieve.logicalId(sieve.stack.queues.moderation.deadLetterQueue), 'QueueName'));

  expect(alarm).toMatchObject({
    Namespace: 'AWS/SQS',
    Statistic: 'Maximum',
    ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    Threshold: 1,
    EvaluationPeriods: 1,
  });
});

test('a moderation message older than the configured threshold raises an alarm', () => {
  const [alarm] = alarmOn('ApproximateAgeOfOldestMessage', getAtt(sieve.logicalId(sieve.stack.queues.moderation.queue), 'QueueName'));

  expect(alarm).toMatchObject({
    Statistic: 'Maximum',
    ComparisonOperator: 'GreaterThanThreshold',
    Threshold: OLDEST_MESSAGE_SECONDS,
  });
});

describe.each(FUNCTIONS.map((f) => [f.name] as const))('%s', (name) => {
  test.each(['Errors', 'Throttles'])('alarms on any %s in five minutes', (metricName) => {
    const [alarm] = alarmOn(metricName, ref(sieve.functionIds(name).fn));

    expect(alarm).toMatchObject({
      Namespace: 'AWS/Lambda',
      Statistic: 'Sum',
      Period: 300,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      Threshold: 1,
    });
  });
});

test('a single stored model refused by the worker raises an alarm', () => {
  const [alarm] = alarms().filter((a) => JSON.stringify(a.Metrics ?? []).includes('"MetricName":"ModelLoadFailures"'));

  expect(alarm).toMatchObject({ ComparisonOperator: 'GreaterThanOrEqualToThreshold', Threshold: 1 });
  expect(alarm!.Metrics).toEqual([
    expect.objectContaining({
      MetricStat: { Metric: { MetricName: 'ModelLoadFailures', Namespace: 'Sieve/dev', Dimensions: [{ Name: 'service', Value: 'sieve' }] }, Period: 300, Stat: 'Sum' },
    }),
  ]);
  expect(String(alarm!.AlarmDescription)).toContain('rules alone');
});

test('1% or more of API requests answered 5xx over five minutes raises an alarm', () => {
  const [alarm] = alarms().filter((a) => String(a.AlarmDescription).includes('5xx'));
  const metrics = alarm!.Metrics as Array<CfnJson & { MetricStat?: { Metric: CfnJson; Stat: string; Period: number } }>;
  const expression = metrics.find((m) => m.Expression)!;
  const byId = Object.fromEntries(metrics.filter((m) => m.MetricStat).map((m) => [m.Id, m.MetricStat!]));
  const apiDimension = [{ Name: 'ApiId', Value: ref(sieve.logicalId(sieve.stack.httpApi.api)) }];

  expect(alarm).toMatchObject({ ComparisonOperator: 'GreaterThanOrEqualToThreshold', Threshold: 1 });
  expect(expression.Expression).toBe('100 * FILL(serverErrors, 0) / requests');
  expect(byId.serverErrors).toMatchObject({ Metric: { MetricName: '5xx', Namespace: 'AWS/ApiGateway', Dimensions: apiDimension }, Stat: 'Sum', Period: 300 });
  expect(byId.requests).toMatchObject({ Metric: { MetricName: 'Count', Namespace: 'AWS/ApiGateway', Dimensions: apiDimension }, Stat: 'Sum', Period: 300 });
});

test('any DynamoDB throttle of the table or one of its indexes in five minutes raises an alarm', () => {
  const [alarm] = alarms().filter((a) => String(a.AlarmDescription).includes('DynamoDB throttled'));
  const metrics = alarm!.Metrics as Array<CfnJson & { MetricStat?: { Metric: { MetricName: string; Namespace: string; Dimensions: CfnJson[] }; Stat: string; Period: number } }>;
  const byName = (dimensions: CfnJson[]) => [...dimensions].sort((a, b) => String(a.Name).localeCompare(String(b.Name)));
  const stats = metrics
    .filter((m) => m.MetricStat)
    .map(({ MetricStat: stat }) => ({ ...stat!, Metric: { ...stat!.Metric, Dimensions: byName(stat!.Metric.Dimensions) } }));
  const tableName = { Name: 'TableName', Value: ref(sieve.logicalId(sieve.stack.table)) };
  const scopes = [[tableName], ...TABLE_DEFINITION.indexes.map((i) => [tableName, { Name: 'GlobalSecondaryIndexName', Value: i.name }])];

  expect(alarm).toMatchObject({ ComparisonOperator: 'GreaterThanOrEqualToThreshold', Threshold: 1 });
  for (const metricName of ['ReadThrottleEvents', 'WriteThrottleEvents']) {
    for (const dimensions of scopes) {
      expect(stats).toContainEqual({ Metric: { MetricName: metricName, Namespace: 'AWS/DynamoDB', Dimensions: byName(dimensions) }, Stat: 'Sum', Period: 300 });
    }
  }
  expect(metrics.find((m) => m.Expression)!.Expression).toBe(metrics.filter((m) => m.MetricStat).map((m) => `FILL(${m.Id}, 0)`).join(' + '));
});

test('the alarm topic mails the configured address, is encrypted with a key CloudWatch may use and refuses plain HTTP', () => {
  const subscriptions = sieve.resourcesOfType('AWS::SNS::Subscription').map(([, s]) => s.Properties);
  const topic = sieve.resource(topicId).Properties;
  const keyId = (topic.KmsMasterKeyId as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  const keyPolicy = JSON.stringify(sieve.resource(keyId).Properties.KeyPolicy);
  const [[, topicPolicy]] = sieve.resourcesOfType('AWS::SNS::TopicPolicy');

  expect(subscriptions).toEqual([{ Protocol: 'email', Endpoint: ALARM_EMAIL, TopicArn: ref(topicId) }]);
  expect(sieve.resource(keyId).Properties.EnableKeyRotation).toBe(true);
  expect(keyPolicy).toContain('cloudwatch.amazonaws.com');
  expect(keyPolicy).toContain('kms:GenerateDataKey*');
  expect(JSON.stringify(topicPolicy.Properties.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
});
