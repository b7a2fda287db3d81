import { expect, test } from 'vitest';
import {
  DEFAULT_OLDEST_MESSAGE_ALARM_SECONDS,
  InvalidDeployConfigError,
  parseDeployConfig,
  settingReader,
} from '../../cdk/deploy-config.ts';
import { createSieveApp } from '../../cdk/sieve-app.ts';

const parse = (context: Record<string, unknown>, env: Record<string, string> = {}) =>
  parseDeployConfig(settingReader((key) => context[key], env));

test('with nothing given, deploys the dev stage, keeps data, alarms after 300 s, has no alarm e-mail and no X-Ray tracing', () => {
  expect(parse({})).toEqual({
    stage: 'dev',
    alarmEmail: undefined,
    retainData: true,
    oldestMessageAlarmSeconds: DEFAULT_OLDEST_MESSAGE_ALARM_SECONDS,
    tracing: false,
  });
  expect(DEFAULT_OLDEST_MESSAGE_ALARM_SECONDS).toBe(300);
});

test('reads the CLI strings of -c flags', () => {
  const config = parse({ stage: 'qa', alarmEmail: 'ops@example.org', retainData: 'false', oldestMessageAlarmSeconds: '600', tracing: 'true' });

  expect(config).toEqual({ stage: 'qa', alarmEmail: 'ops@example.org', retainData: false, oldestMessageAlarmSeconds: 600, tracing: true });
});

test('falls back to SIEVE_* environment variables, and context wins over them', () => {
  const env = {
    SIEVE_STAGE: 'staging',
    SIEVE_ALARM_EMAIL: 'night@example.org',
    SIEVE_RETAIN_DATA: 'false',
    SIEVE_OLDEST_MESSAGE_ALARM_SECONDS: '900',
    SIEVE_TRACING: 'true',
  };

  expect(parse({}, env)).toEqual({ stage: 'staging', alarmEmail: 'night@example.org', retainData: false, oldestMessageAlarmSeconds: 900, tracing: true });
  expect(parse({ stage: 'qa', retainData: true, tracing: false }, env)).toMatchObject({ stage: 'qa', retainData: true, tracing: false });
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
  [{ oldestMessageAlarmSeconds: 2_000_000 }, /to 1209600/],
  [{ tracing: 'on' }, /tracing \(-c tracing=… or SIEVE_TRACING\) must be true or false; got "on"/],
  [{ tracing: 1 }, /tracing .* must be true or false; got 1/],
])('%j stops synth with a message naming the setting', (context, message) => {
  expect(() => parse(context)).toThrow(InvalidDeployConfigError);
  expect(() => parse(context)).toThrow(message);
});

test('the CDK app refuses a bad setting before building anything', () => {
  expect(() => createSieveApp({ context: { alarmEmail: 'not-an-address' } }, { env: {} })).toThrow(InvalidDeployConfigError);
  expect(() => createSieveApp({}, { env: { SIEVE_RETAIN_DATA: 'maybe' } })).toThrow(/SIEVE_RETAIN_DATA/);
  expect(() => createSieveApp({}, { env: { SIEVE_TRACING: 'yes' } })).toThrow(/deploy setting tracing .*SIEVE_TRACING/);
});
