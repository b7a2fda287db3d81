// Runs the real `sieve` CLI in a child process, as an operator would, and collects what it printed.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SIEVE = fileURLToPath(new URL('../../local/cli/sieve.ts', import.meta.url));

export interface SieveRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** Added to this process's environment (e.g. SIEVE_DATA_DIR). */
  env?: Record<string, string>;
}

export function runSieve(args: string[], stdin = '', options: RunOptions = {}): Promise<SieveRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SIEVE, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/**
 * The CLI against the local stack whose data folder `dataDir()` names (read at each call, so a
 * file can set it in beforeAll): `sieve` collects what a run printed, `sieveJson` runs with
 * --json, insists on success and parses the output.
 */
export function sieveAt(dataDir: () => string) {
  const sieve = (...args: string[]): Promise<SieveRun> => runSieve(args, '', { env: { SIEVE_DATA_DIR: dataDir() } });
  const sieveJson = async (...args: string[]) => {
    const run = await sieve(...args, '--json');
    if (run.code !== 0) throw new Error(`sieve ${args.join(' ')} exited ${run.code}: ${run.stderr}${run.stdout}`);
    return JSON.parse(run.stdout);
  };
  return { sieve, sieveJson };
}

/** JSON Lines text from objects. */
export function jsonl(...objects: unknown[]): string {
  return objects.map((o) => JSON.stringify(o)).join('\n') + '\n';
}

export function parseLines(stdout: string): Array<Record<string, any>> {
  return stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
}
