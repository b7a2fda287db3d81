import { Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, expect, test } from 'vitest';
import { createSieveApp } from '../../cdk/sieve-app.ts';
import { FIXTURE_CONSOLE_DIST, type SynthesizedSieve, cdkJsonContext, synthesizeSieve } from './sieve-template.ts';

const ACKNOWLEDGED_RULES = Validations.ACKNOWLEDGED_RULES_METADATA_KEY;

let sieve: SynthesizedSieve;
beforeAll(() => {
  // Synthesis itself fails on any unacknowledged AwsSolutions finding (functions.test.ts
  // synthesizes with bundling too, so the full `cdk synth` path is covered there).
  // With an alarm e-mail, so the subscription and its acknowledgement are checked too.
  sieve = synthesizeSieve({ bundle: false, context: { alarmEmail: 'alerts@example.org' } });
});

/** Rule ids acknowledged on a construct or any of its ancestors, as `<pack>::<rule>`. */
const acknowledgedAt = (path: string): Set<string> => {
  const ids = new Set<string>();
  let construct: IConstruct | undefined = sieve.app.node.findAll().find((c) => c.node.path === path);
  while (construct) {
    for (const entry of construct.node.metadata.filter((m) => m.type === ACKNOWLEDGED_RULES)) {
      for (const id of Object.keys(entry.data as Record<string, string>)) ids.add(id);
    }
    construct = construct.node.scope;
  }
  return ids;
};

// The pack's own report ignores acknowledgements made the v3 way (`<pack>::<rule>`, which CDK's
// validation applies); this checks each finding against them, as `cdk synth` does.
test.each([
  ['AwsSolutions', () => new AwsSolutionsChecks()],
  ['Serverless', () => new ServerlessChecks()],
])('every %s finding in the stack is acknowledged on its resource or an ancestor', (pack, checks) => {
  const findings = checks()
    .validateScope(sieve.stack)
    .violations.flatMap((v) => v.violatingResources.map((r) => ({ rule: `${pack}::${v.ruleName}`, path: r.constructPath ?? '' })));

  const unacknowledged = findings.filter(({ rule, path }) => !acknowledgedAt(path).has(rule));

  expect(findings.length).toBeGreaterThan(0);
  expect(unacknowledged).toEqual([]);
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
  const { app, stack } = createSieveApp(
    { context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] } },
    { env: {}, consoleDistDir: FIXTURE_CONSOLE_DIST },
  );
  new Queue(stack, 'PlainQueue');

  expect(() => app.synth()).toThrow(/AwsSolutions-SQS4/);
});

test('synthesis fails when a construct breaks a Serverless rule', () => {
  const { app, stack } = createSieveApp(
    { context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] } },
    { env: {}, consoleDistDir: FIXTURE_CONSOLE_DIST },
  );
  // Encrypted and TLS-only, so only the Serverless pack objects: it has no redrive policy.
  new Queue(stack, 'QueueWithoutDeadLetters', { enforceSSL: true });

  expect(() => app.synth()).toThrow(/Serverless-SQSRedrivePolicy/);
});
