import { expect, test } from 'vitest';
import {
  DEFAULT_CAPACITY_MAX_UNITS,
  DEFAULT_OLDEST_MESSAGE_ALARM_SECONDS,
  InvalidDeployConfigError,
  parseDeployConfig,
  settingReader,
} from '../../cdk/deploy-config.ts';
import { createSieveApp } from '../../cdk/sieve-app.ts';

const parse = (context: Record<string, unknown>, env: Record<string, string> = {}) =>
  parseDeployConfig(settingReader((key) => context[key], env));

// What the capacity and batching settings parse to when none of them is given (the window is the manifest's).
const ON_DEMAND = {
  capacity: 'on-demand',
  capacityMaxReadUnits: DEFAULT_CAPACITY_MAX_UNITS,
  capacityMaxWriteUnits: DEFAULT_CAPACITY_MAX_UNITS,
  batchingWindowSeconds: 1,
  trainerScheduleMinutes: 15,
};

test('with nothing given, deploys the dev stage, keeps data, alarms after 300 s, has no alarm e-mail, no X-Ray tracing and an on-demand table', () => {
  expect(parse({})).toEqual({
    stage: 'dev',
    alarmEmail: undefined,
    retainData: true,
    oldestMessageAlarmSeconds: DEFAULT_OLDEST_MESSAGE_ALARM_SECONDS,
    tracing: false,
    ...ON_DEMAND,
  });
  expect(DEFAULT_OLDEST_MESSAGE_ALARM_SECONDS).toBe(300);
});

test('reads the CLI strings of -c flags', () => {
  const config = parse({ stage: 'qa', alarmEmail: 'ops@example.org', retainData: 'false', oldestMessageAlarmSeconds: '600', tracing: 'true' });

  expect(config).toEqual({ stage: 'qa', alarmEmail: 'ops@example.org', retainData: false, oldestMessageAlarmSeconds: 600, tracing: true, ...ON_DEMAND });
});

test('reads the trainer schedule in minutes, by default the manifest\'s 15', () => {
  expect(parse({ trainerScheduleMinutes: '5' }).trainerScheduleMinutes).toBe(5);
  expect(parse({ trainerScheduleMinutes: 120 }).trainerScheduleMinutes).toBe(120);
  expect(parse({}).trainerScheduleMinutes).toBe(15);
});

test('reads a provisioned table with its read and write ceilings, from CLI strings or numbers', () => {
  expect(parse({ capacity: 'provisioned', capacityMaxReadUnits: '400', capacityMaxWriteUnits: 250 })).toMatchObject({
    capacity: 'provisioned',
    capacityMaxReadUnits: 400,
    capacityMaxWriteUnits: 250,
  });
  expect(parse({ capacity: 'provisioned' })).toMatchObject({ capacityMaxReadUnits: DEFAULT_CAPACITY_MAX_UNITS, capacityMaxWriteUnits: DEFAULT_CAPACITY_MAX_UNITS });
});

test('falls back to SIEVE_* environment variables, and context wins over them', () => {
  const env = {
    SIEVE_STAGE: 'staging',
    SIEVE_ALARM_EMAIL: 'night@example.org',
    SIEVE_RETAIN_DATA: 'false',
    SIEVE_OLDEST_MESSAGE_ALARM_SECONDS: '900',
    SIEVE_TRACING: 'true',
    SIEVE_CAPACITY: 'provisioned',
    SIEVE_CAPACITY_MAX_READ_UNITS: '300',
    SIEVE_CAPACITY_MAX_WRITE_UNITS: '150',
    SIEVE_BATCHING_WINDOW_SECONDS: '0',
    SIEVE_TRAINER_SCHEDULE_MINUTES: '60',
  };

  expect(parse({}, env)).toEqual({
    stage: 'staging',
    alarmEmail: 'night@example.org',
    retainData: false,
    oldestMessageAlarmSeconds: 900,
    tracing: true,
    capacity: 'provisioned',
    capacityMaxReadUnits: 300,
    capacityMaxWriteUnits: 150,
    batchingWindowSeconds: 0,
    trainerScheduleMinutes: 60,
  });
  expect(parse({ stage: 'qa', retainData: true, tracing: false, capacityMaxWriteUnits: 80 }, env)).toMatchObject({
    stage: 'qa',
    retainData: true,
    tracing: false,
    capacity: 'provisioned',
    capacityMaxWriteUnits: 80,
  });
});

test('an empty value counts as not given', () => {
  expect(parse({ alarmEmail: '', stage: ' ' })).toMatchObject({ alarmEmail: undefined, stage: 'dev' });
});

test.each([
  [{ stage: 'Prod' }, /stage .*SIEVE_STAGE.* lowercase/],
  [{ alarmEmail: 'ops' }, /alarmEmail .*SIEVE_ALARM_EMAIL.* e-mail address; got "ops"/],
  [{ retainData: 'no' }, /retainData .* must be true or false; got "no"/],
  [{ stage: 'prod', retainData: 'false' }, /retainData .* only be false for development stages, not for "prod"/],
  [{ stage: 'prod-eu', retainData: false }, /not for "prod-eu"/],
  [{ oldestMessageAlarmSeconds: '5m' }, /oldestMessageAlarmSeconds .* whole number of seconds from 60 to 1209600; got "5m"/],
  [{ oldestMessageAlarmSeconds: 30 }, /from 60/],
  [{ batchingWindowSeconds: '301' }, /batchingWindowSeconds .* whole number of seconds from 0 to 300; got "301"/],
  [{ batchingWindowSeconds: '0.5' }, /batchingWindowSeconds .* whole number of seconds/],
  [{ oldestMessageAlarmSeconds: 2_000_000 }, /to 1209600/],
  [{ tracing: 'on' }, /tracing \(-c tracing=… or SIEVE_TRACING\) must be true or false; got "on"/],
  [{ tracing: 1 }, /tracing .* must be true or false; got 1/],
  [{ capacity: 'PROVISIONED' }, /capacity \(-c capacity=… or SIEVE_CAPACITY\) must be on-demand or provisioned; got "PROVISIONED"/],
  [{ capacity: true }, /capacity .* must be on-demand or provisioned; got true/],
  [{ capacity: 'provisioned', capacityMaxWriteUnits: '1k' }, /capacityMaxWriteUnits \(-c capacityMaxWriteUnits=… or SIEVE_CAPACITY_MAX_WRITE_UNITS\) must be a whole number of capacity units from 5 .* to 40000; got "1k"/],
  [{ capacity: 'provisioned', capacityMaxReadUnits: 4 }, /capacityMaxReadUnits .* from 5 \(the auto-scaling minimum\)/],
  [{ capacity: 'provisioned', capacityMaxReadUnits: 50_000 }, /capacityMaxReadUnits .* to 40000; got 50000/],
  [{ capacityMaxWriteUnits: '200' }, /capacityMaxWriteUnits .* only applies with capacity=provisioned; got it with capacity=on-demand/],
  [{ capacity: 'on-demand', capacityMaxReadUnits: 200 }, /capacityMaxReadUnits .* only applies with capacity=provisioned/],
  [{ trainerScheduleMinutes: '0' }, /trainerScheduleMinutes \(-c trainerScheduleMinutes=… or SIEVE_TRAINER_SCHEDULE_MINUTES\) must be a whole number of minutes from 1 to 1440; got "0"/],
  [{ trainerScheduleMinutes: '15m' }, /trainerScheduleMinutes .* whole number of minutes/],
  [{ trainerScheduleMinutes: 1441 }, /trainerScheduleMinutes .* to 1440; got 1441/],
])('%j stops synth with a message naming the setting', (context, message) => {
  expect(() => parse(context)).toThrow(InvalidDeployConfigError);
  expect(() => parse(context)).toThrow(message);
});

test('the CDK app refuses a bad setting before building anything', () => {
  expect(() => createSieveApp({ context: { alarmEmail: 'not-an-address' } }, { env: {} })).toThrow(InvalidDeployConfigError);
  expect(() => createSieveApp({}, { env: { SIEVE_RETAIN_DATA: 'maybe' } })).toThrow(/SIEVE_RETAIN_DATA/);
  expect(() => createSieveApp({}, { env: { SIEVE_TRACING: 'yes' } })).toThrow(/deploy setting tracing .*SIEVE_TRACING/);
  expect(() => createSieveApp({}, { env: { SIEVE_CAPACITY: 'reserved' } })).toThrow(/deploy setting capacity .*SIEVE_CAPACITY/);
});
