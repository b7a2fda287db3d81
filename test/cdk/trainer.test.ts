import { beforeAll, describe, expect, test } from 'vitest';
import { FUNCTIONS } from '../../functions/manifest.ts';
import { type SynthesizedSieve, getAtt, ref, synthesizeSieve } from './sieve-template.ts';

// The trainer as deployed: an EventBridge rate rule at the deploy setting's rate, not
// retried when a run fails (the next run redoes the work), alarmed on errors, and a role that
// may read labels and write models but touch no queue.

interface Statement {
  Action: string | string[];
  Resource: unknown;
}

const trainerSpec = FUNCTIONS.find((f) => f.name === 'trainModels')!;

const rulesOf = (sieve: SynthesizedSieve, fnId: string) =>
  sieve
    .resourcesOfType('AWS::Events::Rule')
    .map(([, rule]) => rule.Properties)
    .filter((rule) => JSON.stringify(rule.Targets).includes(JSON.stringify(getAtt(fnId))));

const actionsOf = (sieve: SynthesizedSieve, name: string): string[] => {
  const { role } = sieve.functionIds(name);
  return sieve
    .resourcesOfType('AWS::IAM::Policy')
    .filter(([, policy]) => JSON.stringify(policy.Properties.Roles).includes(`"${role}"`))
    .flatMap(([, policy]) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement)
    .flatMap((s) => [s.Action].flat());
};

describe('by default', () => {
  let sieve: SynthesizedSieve;
  beforeAll(() => {
    sieve = synthesizeSieve({ bundle: false });
  });

  test('an EventBridge rule runs the trainer every 15 minutes, the manifest\'s rate, without retries', () => {
    const { fn } = sieve.functionIds('trainModels');
    const rules = rulesOf(sieve, fn);

    expect(trainerSpec.trigger).toMatchObject({ kind: 'schedule', everyMinutes: 15 });
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ ScheduleExpression: 'rate(15 minutes)', State: 'ENABLED' });
    expect(rules[0]!.Targets).toEqual([expect.objectContaining({ Arn: getAtt(fn), RetryPolicy: { MaximumRetryAttempts: 0 } })]);
  });

  test('a failed run is not retried by Lambda either, and is dropped once the next run is due', () => {
    const { fn } = sieve.functionIds('trainModels');
    const configs = sieve
      .resourcesOfType('AWS::Lambda::EventInvokeConfig')
      .map(([, c]) => c.Properties)
      .filter((c) => JSON.stringify(c.FunctionName) === JSON.stringify(ref(fn)));

    expect(configs).toEqual([expect.objectContaining({ FunctionName: ref(fn), MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 900 })]);
  });

  test('EventBridge may invoke the scheduled functions (the trainer, the sweeper) and no other function', () => {
    const permissions = sieve
      .resourcesOfType('AWS::Lambda::Permission')
      .map(([, p]) => p.Properties)
      .filter((p) => p.Principal === 'events.amazonaws.com');

    expect(permissions).toEqual(
      ['trainModels', 'sweepStuckComments'].map((name) => expect.objectContaining({ Action: 'lambda:InvokeFunction', FunctionName: getAtt(sieve.functionIds(name).fn) })),
    );
  });

  test('the trainer may read labels and sites and write model versions and pointers, and may not touch a queue or scan', () => {
    const actions = actionsOf(sieve, 'trainModels').filter((a) => a.startsWith('dynamodb:') || a.startsWith('sqs:'));

    expect([...new Set(actions)].sort()).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:DeleteItem',
      'dynamodb:GetItem',
      'dynamodb:PutItem',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
    ]);
  });

  test('the worker reads models with the item reads it had and gains no write to store or delete them', () => {
    const actions = actionsOf(sieve, 'moderateComments').filter((a) => a.startsWith('dynamodb:'));

    expect([...new Set(actions)].sort()).toEqual(['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:UpdateItem']);
  });

  test('any trainer error in five minutes raises an alarm', () => {
    const alarms = sieve
      .resourcesOfType('AWS::CloudWatch::Alarm')
      .map(([, a]) => a.Properties)
      .filter((a) => a.MetricName === 'Errors' && JSON.stringify(a.Dimensions).includes(JSON.stringify(ref(sieve.functionIds('trainModels').fn))));

    expect(alarms).toEqual([expect.objectContaining({ Namespace: 'AWS/Lambda', Statistic: 'Sum', Period: 300, Threshold: 1 })]);
    expect(String(alarms[0]!.AlarmDescription)).toContain('trainModels failed');
  });

  test('the trainer has one full vCPU of memory and the longest Lambda timeout', () => {
    expect(sieve.resource(sieve.functionIds('trainModels').fn).Properties).toMatchObject({ MemorySize: 1769, Timeout: 900 });
  });
});

test('deploy setting trainerScheduleMinutes sets the rule\'s rate', () => {
  const sieve = synthesizeSieve({ bundle: false, context: { trainerScheduleMinutes: '5' } });

  const [rule] = rulesOf(sieve, sieve.functionIds('trainModels').fn);
  const [config] = sieve
    .resourcesOfType('AWS::Lambda::EventInvokeConfig')
    .map(([, c]) => c.Properties)
    .filter((c) => JSON.stringify(c.FunctionName) === JSON.stringify(ref(sieve.functionIds('trainModels').fn)));

  expect(rule).toMatchObject({ ScheduleExpression: 'rate(5 minutes)' });
  expect(config).toMatchObject({ MaximumEventAgeInSeconds: 300 });
});
