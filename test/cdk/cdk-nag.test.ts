import { Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, expect, test } from 'vitest';
import { createSieveApp } from '../../cdk/sieve-app.ts';
import { type SynthesizedSieve, cdkJsonContext, synthesizeSieve } from './sieve-template.ts';

const ACKNOWLEDGED_RULES = Validations.ACKNOWLEDGED_RULES_METADATA_KEY;

let sieve: SynthesizedSieve;
beforeAll(() => {
  // Synthesis itself fails on any unacknowledged AwsSolutions finding (functions.test.ts
  // synthesizes with bundling too, so the full `cdk synth` path is covered there).
  sieve = synthesizeSieve({ bundle: false });
});

test('the AwsSolutions pack finds nothing unacknowledged in the stack', () => {
  const report = new AwsSolutionsChecks().validateScope(sieve.stack);

  expect(report.violations).toEqual([]);
  expect(report.success).toBe(true);
});

test('every acknowledgement in the stack gives a specific reason', () => {
  const acknowledgements = sieve.stack.node
    .findAll()
    .flatMap((construct) => construct.node.metadata.filter((entry) => entry.type === ACKNOWLEDGED_RULES))
    .flatMap((entry) => Object.entries(entry.data as Record<string, string>));

  for (const [rule, reason] of acknowledgements) {
    expect(reason, rule).toMatch(/\S{3,}(\s+\S+){4,}/);
  }
});

test('synthesis fails when a construct breaks an AwsSolutions rule', () => {
  // Bundling is skipped: this test is about the checks being wired into the app, not the code.
  const { app, stack } = createSieveApp({ context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] } });
  new Queue(stack, 'PlainQueue');

  expect(() => app.synth()).toThrow(/AwsSolutions-SQS4/);
});
