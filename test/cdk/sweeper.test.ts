import { beforeAll, describe, expect, test } from 'vitest';
import { FUNCTIONS, QUEUES } from '../../functions/manifest.ts';
import { DEFAULT_SWEEP_AFTER_SECONDS } from '../../shared/sweeper/config.ts';
import { type SynthesizedSieve, getAtt, ref, synthesizeSieve } from './sieve-template.ts';

// The sweeper as deployed: an EventBridge rate rule at the manifest's rate, not retried (the
// next run does the same work), a role that may query the table, claim a comment and send to
// the moderation queue and nothing else, and an alarm as soon as it finds a stuck comment.

interface Statement {
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

const spec = FUNCTIONS.find((f) => f.name === 'sweepStuckComments')!;

const statementsOf = (sieve: SynthesizedSieve, name: string): Statement[] => {
  const { role } = sieve.functionIds(name);
  return sieve
    .resourcesOfType('AWS::IAM::Policy')
    .filter(([, policy]) => JSON.stringify(policy.Properties.Roles).includes(`"${role}"`))
    .flatMap(([, policy]) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
};

let sieve: SynthesizedSieve;
beforeAll(() => {
  sieve = synthesizeSieve({ bundle: false });
});

describe('the sweeper', () => {
  test("an EventBridge rule runs it every 5 minutes, the manifest's rate, without retries", () => {
    const { fn } = sieve.functionIds('sweepStuckComments');
    const rules = sieve
      .resourcesOfType('AWS::Events::Rule')
      .map(([, rule]) => rule.Properties)
      .filter((rule) => JSON.stringify(rule.Targets).includes(JSON.stringify(getAtt(fn))));
    const configs = sieve
      .resourcesOfType('AWS::Lambda::EventInvokeConfig')
      .map(([, c]) => c.Properties)
      .filter((c) => JSON.stringify(c.FunctionName) === JSON.stringify(ref(fn)));

    expect(spec.trigger).toMatchObject({ kind: 'schedule', everyMinutes: 5 });
    expect(rules).toEqual([expect.objectContaining({ ScheduleExpression: 'rate(5 minutes)', State: 'ENABLED' })]);
    expect(rules[0]!.Targets).toEqual([expect.objectContaining({ Arn: getAtt(fn), RetryPolicy: { MaximumRetryAttempts: 0 } })]);
    expect(configs).toEqual([expect.objectContaining({ MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 300 })]);
  });

  test('its role may query the table, update items and send to the moderation queue: no item read, put, delete or scan, no other queue', () => {
    const statements = statementsOf(sieve, 'sweepStuckComments').filter((s) => [s.Action].flat().some((a) => a.startsWith('dynamodb:') || a.startsWith('sqs:')));
    const actions = [...new Set(statements.flatMap((s) => [s.Action].flat()))].sort();
    const sqs = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('sqs:')));

    expect(actions).toEqual(['dynamodb:Query', 'dynamodb:UpdateItem', 'sqs:SendMessage']);
    expect(sqs.map((s) => s.Resource)).toEqual([getAtt(sieve.logicalId(sieve.stack.queues.moderation.queue))]);
  });

  test('a single stuck comment found raises an alarm', () => {
    const [alarm] = sieve
      .resourcesOfType('AWS::CloudWatch::Alarm')
      .map(([, a]) => a.Properties)
      .filter((a) => JSON.stringify(a.Metrics ?? []).includes('"MetricName":"StuckCommentsFound"'));

    expect(alarm).toMatchObject({ ComparisonOperator: 'GreaterThanOrEqualToThreshold', Threshold: 1, EvaluationPeriods: 1, TreatMissingData: 'notBreaching' });
    expect(alarm!.Metrics).toEqual([
      expect.objectContaining({
        MetricStat: { Metric: { MetricName: 'StuckCommentsFound', Namespace: 'Sieve/dev', Dimensions: [{ Name: 'service', Value: 'sieve' }] }, Period: 300, Stat: 'Sum' },
      }),
    ]);
  });
});

test("the threshold outlasts the moderation queue's whole retry span, so a comment still being retried is not sent twice", () => {
  const span = QUEUES.moderation.visibilityTimeoutSeconds * QUEUES.moderation.deadLetter.maxReceiveCount;

  expect(DEFAULT_SWEEP_AFTER_SECONDS).toBeGreaterThan(span);
});
