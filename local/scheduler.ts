import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ScheduledEvent } from 'aws-lambda';
import type { FunctionSpec, ScheduleTrigger } from '../functions/manifest.ts';
import { invoke, type LambdaHandler } from './invoke.ts';

// A local stand-in for an EventBridge schedule: invoke the function with a Scheduled Event
// every interval, the first one interval after start, as a rate rule does. A run that outlasts
// the interval delays the next instead of overlapping it (in AWS they could overlap; the
// trainer's conditional writes make that safe, but locally one at a time keeps logs readable).

export interface SchedulerOptions {
  spec: FunctionSpec & { trigger: ScheduleTrigger };
  handler: LambdaHandler;
  intervalMs: number;
  onError?: (error: unknown) => void;
}

export interface Scheduler {
  intervalMs: number;
  /** Runs the function now, as the schedule would (one invocation, errors reported to onError and rethrown). */
  runNow(): Promise<unknown>;
  stop(): Promise<void>;
}

const scheduledEvent = (spec: FunctionSpec): ScheduledEvent => ({
  version: '0',
  id: randomUUID(),
  'detail-type': 'Scheduled Event',
  source: 'aws.events',
  account: '000000000000',
  time: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  region: 'us-east-1',
  resources: [`arn:aws:events:us-east-1:000000000000:rule/sieve-local-${spec.name}`],
  detail: {},
});

export const startScheduler = (options: SchedulerOptions): Scheduler => {
  const abort = new AbortController();
  const run = async (): Promise<unknown> => {
    try {
      return await invoke(options.spec, options.handler, scheduledEvent(options.spec));
    } catch (error) {
      options.onError?.(error);
      throw error;
    }
  };
  const loop = (async () => {
    for (;;) {
      try {
        await sleep(options.intervalMs, undefined, { signal: abort.signal });
      } catch {
        return;
      }
      await run().catch(() => undefined);
    }
  })();
  return {
    intervalMs: options.intervalMs,
    runNow: run,
    stop: async () => {
      abort.abort();
      await loop;
    },
  };
};

/** The local interval: the variable the trigger names (milliseconds) when set, else its rate. */
export const localIntervalMs = (trigger: ScheduleTrigger, env: NodeJS.ProcessEnv = process.env): number => {
  const raw = env[trigger.localIntervalEnv];
  if (raw === undefined || raw === '') return trigger.everyMinutes * 60_000;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 1) throw new Error(`${trigger.localIntervalEnv} must be a whole number of milliseconds (1 or more), got ${JSON.stringify(raw)}`);
  return ms;
};
