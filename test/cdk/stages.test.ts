import { beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_STAGE, InvalidStageNameError, parseStageName } from '../../cdk/stage-name.ts';
import { FUNCTIONS } from '../../functions/manifest.ts';
import { type SynthesizedSieve, synthesizeSieve } from './sieve-template.ts';

// Properties that fix an account-wide physical name, which would clash between stages.
const PHYSICAL_NAME_PROPERTY: Record<string, string> = {
  'AWS::DynamoDB::GlobalTable': 'TableName',
  'AWS::SQS::Queue': 'QueueName',
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::Logs::LogGroup': 'LogGroupName',
  'AWS::IAM::Role': 'RoleName',
  'AWS::S3::Bucket': 'BucketName',
  'AWS::Cognito::UserPool': 'UserPoolName',
  'AWS::Cognito::UserPoolClient': 'ClientName',
  'AWS::SNS::Topic': 'TopicName',
  'AWS::KMS::Key': 'KeyId',
  'AWS::CloudWatch::Alarm': 'AlarmName',
  'AWS::CloudWatch::Dashboard': 'DashboardName',
};

test('the stage defaults to dev and accepts short lowercase names', () => {
  expect(parseStageName(undefined)).toBe(DEFAULT_STAGE);
  expect(DEFAULT_STAGE).toBe('dev');
  expect(parseStageName('prod')).toBe('prod');
  expect(parseStageName('pr-142')).toBe('pr-142');
});

test.each([[''], ['Prod'], ['1st'], ['my_stage'], ['a-very-long-stage-name'], [42]])(
  'the stage %j is refused before anything is built',
  (stage) => {
    expect(() => parseStageName(stage)).toThrow(InvalidStageNameError);
  },
);

// Properties that would pin an account-wide physical name (the brief's list); all must be generated.
const PHYSICAL_NAME_PROPERTIES = ['TableName', 'QueueName', 'FunctionName', 'BucketName', 'UserPoolName'];

// A production stage keeps its data and is traced; a pull-request stage is thrown away with its stack.
let kept: SynthesizedSieve;
let throwaway: SynthesizedSieve;
beforeAll(() => {
  // Synthesis also runs cdk-nag, so the traced stack's own acknowledgements are checked here.
  kept = synthesizeSieve({ bundle: false, context: { stage: 'prod', tracing: 'true' } });
  throwaway = synthesizeSieve({ bundle: false, context: { stage: 'pr-7', retainData: 'false' } });
});

const stateful = (sieve: SynthesizedSieve) => ({
  table: sieve.resource(sieve.logicalId(sieve.stack.table)),
  pool: sieve.resource(sieve.logicalId(sieve.stack.moderators.userPool)),
});

test('two stages get two stacks with the same kinds of resources and no fixed physical names', () => {
  const stages = [kept, throwaway];

  expect(stages.map((s) => s.stack.stackName)).toEqual(['Sieve-prod', 'Sieve-pr-7']);
  const [qa, prod] = stages.map(
    (s) => s.template.toJSON().Resources as Record<string, { Type: string; Properties?: object }>,
  );
  const types = (resources: typeof qa) => Object.values(resources).map((r) => r.Type).sort();
  expect(types(qa)).toEqual(types(prod));
  const named = Object.entries(qa).filter(([, resource]) => resource.Type in PHYSICAL_NAME_PROPERTY);
  expect(new Set(named.map(([, resource]) => resource.Type))).toEqual(new Set(Object.keys(PHYSICAL_NAME_PROPERTY)));
  for (const [id, resource] of named) {
    const property = PHYSICAL_NAME_PROPERTY[resource.Type];
    expect(resource.Properties ?? {}, `${id}.${property}`).not.toHaveProperty(property);
  }
});

test('by default the table and the user pool survive stack deletion and cannot be deleted by accident', () => {
  const { table, pool } = stateful(kept);

  for (const resource of [table, pool]) {
    expect(resource.DeletionPolicy).toBe('Retain');
    expect(resource.UpdateReplacePolicy).toBe('Retain');
  }
  expect(table.Properties.Replicas).toEqual([expect.objectContaining({ DeletionProtectionEnabled: true })]);
  expect(pool.Properties.DeletionProtection).toBe('ACTIVE');
});

test('with retainData=false the table, the user pool and the log groups go with the stack', () => {
  const { table, pool } = stateful(throwaway);
  const logGroups = throwaway.resourcesOfType('AWS::Logs::LogGroup').map(([, g]) => g);

  for (const resource of [table, pool, ...logGroups]) expect(resource.DeletionPolicy).toBe('Delete');
  expect(table.Properties.Replicas).toEqual([expect.objectContaining({ DeletionProtectionEnabled: false })]);
  expect(pool.Properties.DeletionProtection).toBe('INACTIVE');
});

describe.each([
  ['retained', () => kept],
  ['throwaway', () => throwaway],
])('the %s stack', (_name, sieve) => {
  test('keeps every log group for a bounded time', () => {
    const logGroups = sieve().resourcesOfType('AWS::Logs::LogGroup');

    expect(logGroups.length).toBeGreaterThan(0);
    for (const [id, group] of logGroups) expect(group.Properties.RetentionInDays, id).toBeGreaterThan(0);
  });

  test('lets Lambda create no log group of its own: every function names one of the stack', () => {
    const functions = sieve().resourcesOfType('AWS::Lambda::Function');

    for (const [id, fn] of functions) expect(fn.Properties.LoggingConfig, id).toMatchObject({ LogGroup: { Ref: expect.any(String) } });
  });

  test('names no table, queue, function, bucket or user pool itself: such names are only references', () => {
    const all = Object.entries(sieve().template.toJSON().Resources as Record<string, { Properties?: Record<string, unknown> }>);

    for (const [id, resource] of all) {
      for (const property of PHYSICAL_NAME_PROPERTIES) {
        // An event source mapping's FunctionName is a Ref to the function, not a name we chose.
        expect(typeof resource.Properties?.[property], `${id}.${property}`).not.toBe('string');
      }
    }
  });
});

// X-Ray's write actions support no resource-level permissions, so `*` is the only choice.
const XRAY_WRITE_ACTIONS = ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'];

const xrayActionsOfRole = (sieve: SynthesizedSieve, role: string): string[] =>
  sieve
    .resourcesOfType('AWS::IAM::Policy')
    .filter(([, policy]) => JSON.stringify(policy.Properties.Roles).includes(`"${role}"`))
    .flatMap(([, policy]) => (policy.Properties.PolicyDocument as { Statement: Array<{ Action: string | string[]; Resource: unknown }> }).Statement)
    .flatMap((s) => [s.Action].flat().filter((action) => action.startsWith('xray:')).map((action) => `${action} on ${JSON.stringify(s.Resource)}`))
    .sort();

test('with tracing=true every manifest function is actively traced and its role may write traces', () => {
  for (const spec of FUNCTIONS) {
    const { fn, role } = kept.functionIds(spec.name);

    expect(kept.resource(fn).Properties.TracingConfig, spec.name).toEqual({ Mode: 'Active' });
    expect(xrayActionsOfRole(kept, role), spec.name).toEqual(XRAY_WRITE_ACTIONS.map((action) => `${action} on "*"`));
  }
});

test('without the tracing setting no function is traced and no role may write traces', () => {
  for (const spec of FUNCTIONS) {
    const { fn, role } = throwaway.functionIds(spec.name);

    expect(throwaway.resource(fn).Properties, spec.name).not.toHaveProperty('TracingConfig');
    expect(xrayActionsOfRole(throwaway, role), spec.name).toEqual([]);
  }
});
