import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { beforeAll, expect, test } from 'vitest';
import { DASHBOARD_WIDGETS } from '../../cdk/observability/sieve-dashboard.ts';
import { DECISIONS_METRIC, OUTCOMES, TIME_TO_DECISION_METRIC } from '../../cdk/observability/sieve-metrics.ts';
import { NO_ALARM_EMAIL_WARNING } from '../../cdk/observability/alarm-topic.ts';
import { type SynthesizedSieve, synthesizeSieve } from './sieve-template.ts';
import { TABLE_DEFINITION } from '../../shared/store/table.ts';

interface Widget {
  type: string;
  properties: { title: string; metrics?: unknown[][]; alarms?: unknown[] };
}

let sieve: SynthesizedSieve;
let widgets: Widget[];
beforeAll(() => {
  // No alarm e-mail: the default, which the last tests are about.
  sieve = synthesizeSieve({ bundle: false });
  const [[, dashboard]] = sieve.resourcesOfType('AWS::CloudWatch::Dashboard');
  // The body is a Fn::Join of JSON text and references; the references are enough to keep as text.
  const body = (dashboard.Properties.DashboardBody as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1]
    .map((part) => (typeof part === 'string' ? part : JSON.stringify(part).replaceAll('"', "'")))
    .join('');
  widgets = JSON.parse(body).widgets;
});

const widget = (title: string) => {
  const found = widgets.find((w) => w.properties.title === title);
  if (!found) throw new Error(`no widget titled ${title}`);
  return found;
};
const metricNames = (title: string) => (widget(title).properties.metrics ?? []).map((m) => m.filter((x) => typeof x === 'string').join(' '));

test('the dashboard has one widget per question, in order: alarms, intake, decisions, queue, dead letters, latency, errors, table', () => {
  expect(widgets.map((w) => w.properties.title)).toEqual(Object.values(DASHBOARD_WIDGETS));
  expect(widget(DASHBOARD_WIDGETS.alarms).properties.alarms).toHaveLength(sieve.stack.alarms.alarms.length);
});

test('intake shows API requests and comments received', () => {
  const names = metricNames(DASHBOARD_WIDGETS.intake).join('\n');

  expect(names).toMatch(/AWS\/ApiGateway Count/);
  expect(names).toMatch(/AWS\/SQS NumberOfMessagesSent/);
});

test('decisions are the worker\'s Decisions metric in the stage\'s namespace, one line per outcome', () => {
  const names = metricNames(DASHBOARD_WIDGETS.decisions);

  expect(OUTCOMES.length).toBeGreaterThan(0);
  expect(names).toEqual(OUTCOMES.map((outcome) => `Sieve/dev ${DECISIONS_METRIC} outcome ${outcome} service sieve`));
});

test('latency to decision shows TimeToDecision percentiles', () => {
  const metrics = widget(DASHBOARD_WIDGETS.timeToDecision).properties.metrics ?? [];

  expect(metricNames(DASHBOARD_WIDGETS.timeToDecision).every((n) => n.startsWith(`Sieve/dev ${TIME_TO_DECISION_METRIC}`))).toBe(true);
  expect(JSON.stringify(metrics)).toMatch(/"stat":"p50".*"stat":"p90".*"stat":"p99"/);
});

test('the learning widget reads the trainer\'s and the worker\'s model metrics in the stage namespace', () => {
  expect(metricNames(DASHBOARD_WIDGETS.learning).map((n) => n.split(' ').slice(0, 2).join(' '))).toEqual([
    'Sieve/dev ModelsPublished',
    'Sieve/dev TrainingFailures',
    'Sieve/dev ModelLoadFailures',
  ]);
});

test('queue, dead-letter and error widgets read the queue, its dead letters, functions and the API 5xx rate', () => {
  expect(metricNames(DASHBOARD_WIDGETS.queue).join('\n')).toMatch(/ApproximateAgeOfOldestMessage/);
  expect(metricNames(DASHBOARD_WIDGETS.deadLetters)).toEqual([expect.stringMatching(/^AWS\/SQS ApproximateNumberOfMessagesVisible QueueName/)]);
  const errors = JSON.stringify(widget(DASHBOARD_WIDGETS.errors).properties.metrics);
  expect(errors).toContain('AWS/Lambda');
  expect(errors).toContain('Throttles');
  expect(errors).toContain('100 * FILL(serverErrors, 0) / requests');
});

test('the table widget shows units consumed by the table and each index, per second, beside the throttles', () => {
  const metrics = JSON.stringify(widget(DASHBOARD_WIDGETS.table).properties.metrics);

  expect(metrics).toContain('ConsumedWriteCapacityUnits');
  expect(metrics).toContain('ConsumedReadCapacityUnits');
  for (const index of TABLE_DEFINITION.indexes) expect(metrics).toContain(`"GlobalSecondaryIndexName","${index.name}"`);
  expect(metrics).toMatch(/writeUnits \/ PERIOD\(writeUnits\)/);
  expect(metrics).toContain('WriteThrottleEvents');
  expect(metrics).toContain('ReadThrottleEvents');
});

test('without alarmEmail the topic has no subscriber and synth warns about it', () => {
  expect(sieve.resourcesOfType('AWS::SNS::Subscription')).toEqual([]);
  Annotations.fromStack(sieve.stack).hasWarning('/Sieve-dev/AlarmTopic', Match.stringLikeRegexp('No alarmEmail given'));
  expect(NO_ALARM_EMAIL_WARNING).toMatch(/-c alarmEmail=/);
});
