import { beforeAll, describe, expect, test } from 'vitest';
import { FUNCTIONS, type FunctionSpec, type QueueName } from '../../functions/manifest.ts';
import { TABLE_DEFINITION } from '../../shared/store/table.ts';
import { type SynthesizedSieve, getAtt, synthesizeSieve } from './sieve-template.ts';

// What the SQS event source grants a consumer; `consume` in the manifest means exactly this.
const CONSUME_ACTIONS = [
  'sqs:ChangeMessageVisibility',
  'sqs:DeleteMessage',
  'sqs:GetQueueAttributes',
  'sqs:GetQueueUrl',
  'sqs:ReceiveMessage',
];

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

/** "action on resource" pairs, so statement grouping and ordering do not matter. */
const permissionsOf = (statements: Statement[]): string[] =>
  statements
    .flatMap((s) =>
      [s.Action].flat().flatMap((action) => [s.Resource].flat().map((resource) => `${action} on ${JSON.stringify(resource)}`)),
    )
    .sort();

let sieve: SynthesizedSieve;
beforeAll(() => {
  sieve = synthesizeSieve({ bundle: false });
});

const expectedPermissions = (spec: FunctionSpec): string[] => {
  const ids = sieve.functionIds(spec.name);
  const table = getAtt(sieve.logicalId(sieve.stack.table));
  const indexes = TABLE_DEFINITION.indexes.map((index) => ({
    'Fn::Join': ['', [table, `/index/${index.name}`]],
  }));
  const queueArn = (name: QueueName) => getAtt(sieve.logicalId(sieve.stack.queues[name].queue));

  const statements: Statement[] = [
    { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: getAtt(ids.logGroup) },
  ];
  if (spec.access.table.length > 0) statements.push({ Effect: 'Allow', Action: spec.access.table, Resource: table });
  if (spec.access.table.includes('dynamodb:Query')) {
    statements.push({ Effect: 'Allow', Action: 'dynamodb:Query', Resource: indexes });
  }
  for (const [name, actions] of Object.entries(spec.access.queues) as Array<[QueueName, string[]]>) {
    const granted = actions.flatMap((action) => (action === 'consume' ? CONSUME_ACTIONS : [action]));
    statements.push({ Effect: 'Allow', Action: granted, Resource: queueArn(name) });
  }
  return permissionsOf(statements);
};

describe.each(FUNCTIONS.map((spec) => [spec.name, spec] as const))('the role of %s', (_name, spec) => {
  test('allows exactly its own log group and the table and queue actions its manifest entry lists', () => {
    const { role } = sieve.functionIds(spec.name);
    const policies = sieve
      .resourcesOfType('AWS::IAM::Policy')
      .filter(([, policy]) => JSON.stringify(policy.Properties.Roles).includes(`"${role}"`));
    const statements = policies.flatMap(
      ([, policy]) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement,
    );

    // Only a function limited to key prefixes carries a condition: exactly those prefixes.
    const conditions = statements.filter((s) => s.Condition !== undefined).map((s) => s.Condition);
    expect(statements.every((s) => s.Effect === 'Allow')).toBe(true);
    expect(conditions).toEqual(
      spec.access.tableKeyPrefixes ? [{ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': spec.access.tableKeyPrefixes.map((p) => `${p}*`) } }] : [],
    );
    expect(permissionsOf(statements)).toEqual(expectedPermissions(spec));
  });

  test('carries no managed or inline policy besides the granted one', () => {
    const { role } = sieve.functionIds(spec.name);
    const properties = sieve.resource(role).Properties;

    expect(properties.ManagedPolicyArns).toBeUndefined();
    expect(properties.Policies).toBeUndefined();
    expect(properties.AssumeRolePolicyDocument).toMatchObject({
      Statement: [{ Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } }],
    });
  });
});

test('no policy of a Sieve function grants a wildcard action or resource', () => {
  const roles = FUNCTIONS.map((spec) => sieve.functionIds(spec.name).role);
  const statements = sieve
    .resourcesOfType('AWS::IAM::Policy')
    .filter(([, policy]) => roles.some((role) => JSON.stringify(policy.Properties.Roles).includes(`"${role}"`)))
    .flatMap(([, policy]) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement);

  const wildcards = permissionsOf(statements).filter((permission) => permission.includes('*'));

  expect(statements.length).toBeGreaterThan(0);
  expect(wildcards).toEqual([]);
});

test('with tracing off by default, no policy in the stack grants an X-Ray action', () => {
  const actions = sieve
    .resourcesOfType('AWS::IAM::Policy')
    .flatMap(([, policy]) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement)
    .flatMap((s) => [s.Action].flat());

  expect(actions.length).toBeGreaterThan(0);
  expect(actions.filter((action) => action.startsWith('xray:'))).toEqual([]);
});

test('the only other policy is CDK\'s console copier, limited to the asset and console buckets and invalidations', () => {
  const roles = FUNCTIONS.map((spec) => sieve.functionIds(spec.name).role);
  const others = sieve
    .resourcesOfType('AWS::IAM::Policy')
    .filter(([, policy]) => !roles.some((role) => JSON.stringify(policy.Properties.Roles).includes(`"${role}"`)));
  const consoleBucket = sieve.logicalId(sieve.stack.console.bucket);

  expect(others).toHaveLength(1);
  const statements = (others[0][1].Properties.PolicyDocument as { Statement: Statement[] }).Statement;
  const resources = JSON.stringify(statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('s3:'))).map((s) => s.Resource));
  expect(resources).toContain(consoleBucket);
  expect(resources).toContain('-assets-');
  const anyResource = statements.filter((s) => s.Resource === '*').flatMap((s) => [s.Action].flat());
  expect(anyResource.sort()).toEqual(['cloudfront:CreateInvalidation', 'cloudfront:GetInvalidation']);
});
