// What an operator may choose at deploy time, from CDK context (`cdk deploy -c stage=prod`) or,
// when context does not say, from the environment (`SIEVE_STAGE=prod cdk deploy`). Everything
// is checked here, before any construct exists, so a bad value stops synth with one message.
import { FUNCTIONS } from '../functions/manifest.ts';
import { parseStageName } from './stage-name.ts';

export interface DeployConfig {
  stage: string;
  /** Where alarm notifications go; without it the alarm topic has no subscriber. */
  alarmEmail: string | undefined;
  /** Keep the table and the user pool when the stack is deleted or they are replaced. */
  retainData: boolean;
  /** Alarm when the oldest message in the moderation queue has waited longer than this. */
  oldestMessageAlarmSeconds: number;
  /** X-Ray active tracing on every Sieve function; off by default because traces are billed per comment. */
  tracing: boolean;
  /**
   * How the table is billed: `on-demand` per request (any traffic, no floor), or `provisioned`
   * units that auto scaling keeps about 70% busy: cheaper per comment for steady traffic, but a
   * burst beyond them is throttled until it scales out.
   */
  capacity: CapacityMode;
  /** Auto scaling's ceiling for the read units of the table and of each index (provisioned only). */
  capacityMaxReadUnits: number;
  /** Auto scaling's ceiling for the write units of the table and of each index (provisioned only). */
  capacityMaxWriteUnits: number;
  /**
   * How long the worker's event source mapping gathers messages before invoking (up to its
   * batch size): longer windows mean fuller batches and fewer invocations and SQS requests
   * per comment, shorter ones a sooner decision. The manifest's value unless set.
   */
  batchingWindowSeconds: number;
  /** Minutes between runs of the trainer's EventBridge schedule (the manifest's rate unless set). */
  trainerScheduleMinutes: number;
}

export const CAPACITY_MODES = ['on-demand', 'provisioned'] as const;
export type CapacityMode = (typeof CAPACITY_MODES)[number];

/** Context key and the environment variable read when the context key is absent. */
export const DEPLOY_SETTINGS = {
  stage: { context: 'stage', env: 'SIEVE_STAGE' },
  alarmEmail: { context: 'alarmEmail', env: 'SIEVE_ALARM_EMAIL' },
  retainData: { context: 'retainData', env: 'SIEVE_RETAIN_DATA' },
  oldestMessageAlarmSeconds: { context: 'oldestMessageAlarmSeconds', env: 'SIEVE_OLDEST_MESSAGE_ALARM_SECONDS' },
  tracing: { context: 'tracing', env: 'SIEVE_TRACING' },
  capacity: { context: 'capacity', env: 'SIEVE_CAPACITY' },
  capacityMaxReadUnits: { context: 'capacityMaxReadUnits', env: 'SIEVE_CAPACITY_MAX_READ_UNITS' },
  capacityMaxWriteUnits: { context: 'capacityMaxWriteUnits', env: 'SIEVE_CAPACITY_MAX_WRITE_UNITS' },
  batchingWindowSeconds: { context: 'batchingWindowSeconds', env: 'SIEVE_BATCHING_WINDOW_SECONDS' },
  trainerScheduleMinutes: { context: 'trainerScheduleMinutes', env: 'SIEVE_TRAINER_SCHEDULE_MINUTES' },
} as const satisfies Record<keyof DeployConfig, { context: string; env: string }>;

export const DEFAULT_OLDEST_MESSAGE_ALARM_SECONDS = 300;

/**
 * Provisioned units auto scaling never goes below, on the table and on each index: idle, the
 * table and its two indexes cost about $8 a month, and the burst credit these units bank (up
 * to five minutes of them) absorbs the morning's first comments while scaling out takes minutes.
 */
export const PROVISIONED_MIN_UNITS = 5;

/** About 15 comments a second at the 70% target (a comment writes about 4.5 units to the table). */
export const DEFAULT_CAPACITY_MAX_UNITS = 100;

// DynamoDB's default quota per table (read and write each); auto scaling cannot go beyond it
// without a quota increase, so a larger ceiling would be a promise the account does not keep.
const MAX_CAPACITY_UNITS = 40_000;

// The SQS queue keeps a message at most 14 days; an age alarm beyond that could never fire.
const MAX_OLDEST_MESSAGE_ALARM_SECONDS = 14 * 24 * 60 * 60;

// Deliberately loose: SNS sends a confirmation mail, which is the real check; this only
// catches values that cannot be an address at all (a typo'd flag, a missing value).
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// Stages whose data must never be dropped with the stack, whatever the flag says.
const PRODUCTION_STAGE = /^prod(-|$)/;

export class InvalidDeployConfigError extends Error {
  override readonly name = 'InvalidDeployConfigError';
}

/** Reads one setting: CDK context first, then the environment; `undefined` when neither has it. */
export type SettingReader = (setting: (typeof DEPLOY_SETTINGS)[keyof DeployConfig]) => unknown;

export const settingReader =
  (context: (key: string) => unknown, env: Record<string, string | undefined>): SettingReader =>
  (setting) =>
    context(setting.context) ?? env[setting.env];

/** Validates every deploy setting; throws InvalidDeployConfigError naming the setting and its source names. */
export const parseDeployConfig = (read: SettingReader): DeployConfig => {
  const stage = withName(DEPLOY_SETTINGS.stage, () => parseStageName(blankToUndefined(read(DEPLOY_SETTINGS.stage))));
  const retainData = parseRetainData(stage, read(DEPLOY_SETTINGS.retainData));
  return {
    stage,
    alarmEmail: parseAlarmEmail(read(DEPLOY_SETTINGS.alarmEmail)),
    retainData,
    oldestMessageAlarmSeconds: parseOldestMessageSeconds(read(DEPLOY_SETTINGS.oldestMessageAlarmSeconds)),
    tracing: parseFlag(DEPLOY_SETTINGS.tracing, read(DEPLOY_SETTINGS.tracing), false),
    ...parseCapacity(read),
    batchingWindowSeconds: parseWholeNumber(DEPLOY_SETTINGS.batchingWindowSeconds, read(DEPLOY_SETTINGS.batchingWindowSeconds), {
      // Lambda's own range for MaximumBatchingWindowInSeconds.
      min: 0,
      max: 300,
      unit: 'seconds',
      defaultValue: moderationWorkerWindowSeconds(),
    }),
    trainerScheduleMinutes: parseWholeNumber(DEPLOY_SETTINGS.trainerScheduleMinutes, read(DEPLOY_SETTINGS.trainerScheduleMinutes), {
      // At least a minute (EventBridge's finest rate), at most a day: a site's new labels should not wait longer.
      min: 1,
      max: 1440,
      unit: 'minutes',
      defaultValue: trainerMinutes(),
    }),
  };
};

/** The rate the manifest gives the scheduled trainer (what `npm start` uses). */
const trainerMinutes = (): number => {
  const trainer = FUNCTIONS.find((f) => f.trigger.kind === 'schedule');
  return trainer?.trigger.kind === 'schedule' ? trainer.trigger.everyMinutes : 15;
};

/** The batching window the manifest gives the queue-triggered worker (what `npm start` uses). */
const moderationWorkerWindowSeconds = (): number => {
  const worker = FUNCTIONS.find((f) => f.trigger.kind === 'queue');
  return worker?.trigger.kind === 'queue' ? worker.trigger.maxBatchingWindowSeconds : 0;
};

const parseCapacity = (read: SettingReader): Pick<DeployConfig, 'capacity' | 'capacityMaxReadUnits' | 'capacityMaxWriteUnits'> => {
  const value = blankToUndefined(read(DEPLOY_SETTINGS.capacity));
  const capacity = value ?? 'on-demand';
  if (!CAPACITY_MODES.includes(capacity as CapacityMode)) {
    throw invalid(DEPLOY_SETTINGS.capacity, `must be ${CAPACITY_MODES.join(' or ')}; got ${JSON.stringify(value)}`);
  }
  const maxUnits = (setting: (typeof DEPLOY_SETTINGS)['capacityMaxReadUnits' | 'capacityMaxWriteUnits']) => {
    const raw = blankToUndefined(read(setting));
    // A ceiling on an on-demand table would silently do nothing; saying so beats ignoring it.
    if (raw !== undefined && capacity !== 'provisioned') {
      throw invalid(setting, `only applies with capacity=provisioned; got it with capacity=${capacity}`);
    }
    return parseCapacityUnits(setting, raw);
  };
  return {
    capacity: capacity as CapacityMode,
    capacityMaxReadUnits: maxUnits(DEPLOY_SETTINGS.capacityMaxReadUnits),
    capacityMaxWriteUnits: maxUnits(DEPLOY_SETTINGS.capacityMaxWriteUnits),
  };
};

const parseCapacityUnits = (setting: { context: string; env: string }, value: unknown): number =>
  parseWholeNumber(setting, value, {
    min: PROVISIONED_MIN_UNITS,
    max: MAX_CAPACITY_UNITS,
    unit: 'capacity units',
    minNote: ' (the auto-scaling minimum)',
    defaultValue: DEFAULT_CAPACITY_MAX_UNITS,
  });

/** A whole number within [min, max]; `-c name=12` arrives as a string, cdk.json or a test may give a number. */
const parseWholeNumber = (
  setting: { context: string; env: string },
  raw: unknown,
  range: { min: number; max: number; unit: string; defaultValue: number; minNote?: string },
): number => {
  const value = blankToUndefined(raw);
  if (value === undefined) return range.defaultValue;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < range.min || n > range.max) {
    throw invalid(setting, `must be a whole number of ${range.unit} from ${range.min}${range.minNote ?? ''} to ${range.max}; got ${JSON.stringify(value)}`);
  }
  return n;
};

const parseAlarmEmail = (raw: unknown): string | undefined => {
  const value = blankToUndefined(raw);
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !EMAIL.test(value)) {
    throw invalid(DEPLOY_SETTINGS.alarmEmail, `must be an e-mail address; got ${JSON.stringify(value)}`);
  }
  return value;
};

const parseRetainData = (stage: string, raw: unknown): boolean => {
  const retain = parseFlag(DEPLOY_SETTINGS.retainData, raw, true);
  if (!retain && PRODUCTION_STAGE.test(stage)) {
    throw invalid(DEPLOY_SETTINGS.retainData, `may only be false for development stages, not for "${stage}"`);
  }
  return retain;
};

const parseFlag = (setting: { context: string; env: string }, raw: unknown, defaultValue: boolean): boolean => {
  const value = blankToUndefined(raw);
  if (value === undefined) return defaultValue;
  // `-c retainData=false` arrives as a string, cdk.json or a test as a boolean.
  const parsed = value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined;
  if (parsed === undefined) {
    throw invalid(setting, `must be true or false; got ${JSON.stringify(value)}`);
  }
  return parsed;
};

const parseOldestMessageSeconds = (raw: unknown): number =>
  parseWholeNumber(DEPLOY_SETTINGS.oldestMessageAlarmSeconds, raw, {
    min: 60,
    max: MAX_OLDEST_MESSAGE_ALARM_SECONDS,
    unit: 'seconds',
    defaultValue: DEFAULT_OLDEST_MESSAGE_ALARM_SECONDS,
  });

const blankToUndefined = (raw: unknown): unknown => (typeof raw === 'string' && raw.trim() === '' ? undefined : raw);

const invalid = (setting: { context: string; env: string }, problem: string) =>
  new InvalidDeployConfigError(`deploy setting ${setting.context} (-c ${setting.context}=… or ${setting.env}) ${problem}`);

const withName = <T>(setting: { context: string; env: string }, parse: () => T): T => {
  try {
    return parse();
  } catch (error) {
    throw invalid(setting, (error as Error).message.replace(/^context "stage" /, ''));
  }
};
