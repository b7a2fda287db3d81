import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/local-stack.ts';

// `npm start` as an operator runs it (node local/main.ts, on a free port and a fresh folder):
// its log is one JSON line per event, which grep and jq can read, without Powertools'
// "No application metrics" warning after every request that records none.

const MAIN = fileURLToPath(new URL('../../local/main.ts', import.meta.url));

const start = (env: Record<string, string>) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sieve-start-'));
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: '0', SIEVE_DATA_DIR: dataDir, SIEVE_RUNNING_DIR: join(dataDir, 'running'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output.stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output.stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, output, exited };
};

const started: ChildProcess[] = [];

afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGINT');
});

describe('npm start logs', () => {
  it('writes one JSON line per event and no empty-metrics warnings', async () => {
    // Prepare
    const { child, output, exited } = start({});
    started.push(child);
    const { url, key } = await eventually(async () => {
      const url = /Sieve is running at (http:\S+)/.exec(output.stdout)?.[1];
      const key = /\b(sk_[\w-]+)/.exec(output.stdout)?.[1];
      return url && key ? { url, key } : undefined;
    }, 'the stack to start', 30_000);
    const post = () =>
      fetch(`${url}/v1/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key, 'idempotency-key': 'logs-1' },
        body: JSON.stringify({ postId: 'p1', author: { name: 'Ada' }, text: 'A calm remark about the weather.' }),
      });

    // Act: a new comment, its replay (which records no metric), and reads.
    const first = await post();
    const replay = await post();
    await eventually(async () => (output.stdout.includes('"Comment decided"') ? true : undefined), 'the decision to be logged', 20_000);
    child.kill('SIGINT');
    await exited;

    // Assert
    expect([first.status, replay.status]).toEqual([202, 202]);
    const lines = output.stdout.split('\n');
    const events = lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { message: string });
    // Indented JSON would leave lines holding one `"key": value` each.
    expect(lines.filter((line) => /^\s+"[\w-]+": /.test(line))).toEqual([]);
    expect(events.map((e) => e.message)).toEqual(expect.arrayContaining(['Comment accepted', 'Comment decided']));
    expect(output.stdout + output.stderr).not.toContain('No application metrics');
  }, 60_000);

  it('refuses an unknown SIEVE_LOG_FORMAT, naming the choices', async () => {
    // Act
    const { output, exited } = start({ SIEVE_LOG_FORMAT: 'fancy' });
    const code = await exited;

    // Assert
    expect(code).toBe(2);
    expect(output.stderr).toContain('SIEVE_LOG_FORMAT must be "line" (the default) or "pretty"');
  });
});
