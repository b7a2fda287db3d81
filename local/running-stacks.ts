// Which local stacks run on this machine, and on which data folder. endpoints.json lives inside
// a data folder, so the CLI could only see a stack on the folder it was pointed at; this small
// per-user directory lets it notice a stack on another folder (an `npm start` with another
// SIEVE_DATA_DIR) and warn before it changes a folder that nothing serves.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface RunningStack {
  pid: number;
  dataDir: string;
  url: string;
}

/** SIEVE_RUNNING_DIR overrides it (tests keep theirs apart). */
export const runningStacksDir = (env: NodeJS.ProcessEnv = process.env): string =>
  env.SIEVE_RUNNING_DIR ?? join(tmpdir(), `sieve-${userInfo().username}`, 'running');

const entryFile = (pid: number, dataDir: string, env: NodeJS.ProcessEnv): string =>
  join(runningStacksDir(env), `${pid}-${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}.json`);

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Best effort: a stack that cannot write here still runs; the CLI then just cannot warn. */
export const registerRunningStack = (stack: RunningStack, env: NodeJS.ProcessEnv = process.env): void => {
  try {
    mkdirSync(runningStacksDir(env), { recursive: true, mode: 0o700 });
    writeFileSync(entryFile(stack.pid, stack.dataDir, env), JSON.stringify(stack));
  } catch {
    // see above
  }
};

export const unregisterRunningStack = (pid: number, dataDir: string, env: NodeJS.ProcessEnv = process.env): void =>
  rmSync(entryFile(pid, dataDir, env), { force: true });

/** The stacks running now (entries a crash left behind are skipped). */
export const runningStacks = (env: NodeJS.ProcessEnv = process.env): RunningStack[] => {
  let names: string[];
  try {
    names = readdirSync(runningStacksDir(env));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    try {
      const stack = JSON.parse(readFileSync(join(runningStacksDir(env), name), 'utf8')) as RunningStack;
      return alive(stack.pid) ? [stack] : [];
    } catch {
      return [];
    }
  });
};
