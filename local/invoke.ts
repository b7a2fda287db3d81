import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import type { FunctionSpec } from '../functions/manifest.ts';
import { localCounters } from '../shared/observability/counters.ts';

export type LambdaHandler = (event: unknown, context: Context) => Promise<unknown>;

export class LambdaTimeoutError extends Error {
  override name = 'LambdaTimeoutError';
}

const contextFor = (spec: FunctionSpec, deadline: number): Context => ({
  callbackWaitsForEmptyEventLoop: true,
  functionName: `sieve-local-${spec.name}`,
  functionVersion: '$LATEST',
  invokedFunctionArn: `arn:aws:lambda:us-east-1:000000000000:function:sieve-local-${spec.name}`,
  memoryLimitInMB: String(spec.memoryMb),
  awsRequestId: randomUUID(),
  logGroupName: `/aws/lambda/sieve-local-${spec.name}`,
  logStreamName: 'local',
  getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  done: () => undefined,
  fail: () => undefined,
  succeed: () => undefined,
});

// In Lambda each invocation has its process to itself. Here every function shares one
// process and one set of module-level singletons (the Powertools logger's invocation
// context and appended keys, for one), so invocations take turns: logs then name the right
// function and correlation id. Handlers never invoke one another, so this cannot deadlock.
// A function that shares none of that state (`localRunsBeside` in the manifest) takes turns
// only with its own invocations, beside everyone else's.
const turns = new Map<string, Promise<unknown>>();

/** Invokes a handler the way Lambda would: a fresh context, the function's timeout, one at a time. */
export const invoke = (spec: FunctionSpec, handler: LambdaHandler, event: unknown): Promise<unknown> => {
  const lane = spec.localRunsBeside ? spec.name : 'shared';
  const run = (turns.get(lane) ?? Promise.resolve()).then(() => invokeNow(spec, handler, event));
  turns.set(lane, run.catch(() => undefined));
  return run;
};

const invokeNow = async (spec: FunctionSpec, handler: LambdaHandler, event: unknown): Promise<unknown> => {
  const deadline = Date.now() + spec.timeoutSeconds * 1000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LambdaTimeoutError(`${spec.name} timed out after ${spec.timeoutSeconds} s`)), spec.timeoutSeconds * 1000);
  });
  const started = performance.now();
  try {
    return await Promise.race([handler(event, contextFor(spec, deadline)), timeout]);
  } finally {
    clearTimeout(timer);
    // Billed duration in AWS; here the cost model reads it (bench/cost.ts) from GET /metrics.
    localCounters.observe('sieve_local_invocation_milliseconds', 'Handler invocation time in the local runtime', performance.now() - started, {
      function: spec.name,
    });
  }
};

/** Imports a function's module from its manifest entry (after the environment is set). */
export const loadHandler = async (repoRoot: string, spec: FunctionSpec): Promise<LambdaHandler> => {
  const module = (await import(new URL(spec.entry, `file://${repoRoot}/`).href)) as { handler?: LambdaHandler };
  if (typeof module.handler !== 'function') throw new Error(`${spec.entry} does not export a handler`);
  return module.handler;
};
