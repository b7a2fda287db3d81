import { expect, test } from 'vitest';
import { DEFAULT_STAGE, InvalidStageNameError, parseStageName } from '../../cdk/stage-name.ts';
import { type SynthesizedSieve, synthesizeSieve } from './sieve-template.ts';

// Properties that fix an account-wide physical name, which would clash between stages.
const PHYSICAL_NAME_PROPERTY: Record<string, string> = {
  'AWS::DynamoDB::GlobalTable': 'TableName',
  'AWS::SQS::Queue': 'QueueName',
  'AWS::Lambda::Function': 'FunctionName',
  'AWS::Logs::LogGroup': 'LogGroupName',
  'AWS::IAM::Role': 'RoleName',
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

test('two stages get two stacks with the same kinds of resources and no fixed physical names', () => {
  const stages: SynthesizedSieve[] = ['qa', 'prod'].map((stage) =>
    synthesizeSieve({ context: { stage }, bundle: false }),
  );

  expect(stages.map((s) => s.stack.stackName)).toEqual(['Sieve-qa', 'Sieve-prod']);
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
