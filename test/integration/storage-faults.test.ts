import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { addSite, bootStack, decided, request } from '../support/local-stack.ts';

// The local stack on a disk that fills up: a small tmpfs, filled by a file and emptied again.
// Mounting needs root (CI runs as root); elsewhere these tests are skipped, loudly, and in CI
// a refused mount fails them instead.

const MAIN = fileURLToPath(new URL('../../local/main.ts', import.meta.url));

const mountTmpfs = (sizeMb: number): string | undefined => {
  const dir = mkdtempSync(join(tmpdir(), 'sieve-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    if (process.env.CI) throw new Error('the storage-fault tests mount a tmpfs, which needs root: run CI as root');
    console.warn('[storage-faults] skipped: mounting a tmpfs needs root');
    return undefined;
  }
};

const unmount = (dir: string | undefined) => {
  if (!dir) return;
  execFileSync('umount', [dir], { stdio: 'ignore' });
  rmSync(dir, { recursive: true, force: true });
};

/** Fills the disk: writes until the device refuses. */
const fill = (dir: string): string => {
  const filler = join(dir, 'filler');
  try {
    writeFileSync(filler, Buffer.alloc(64 * 1024 * 1024));
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
  }
  return filler;
};

/** `npm start` as a process: its exit code and what it printed to stderr. */
const start = (env: Record<string, string>): Promise<{ code: number | null; stderr: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, PORT: '0', POWERTOOLS_LOG_LEVEL: 'SILENT', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    child.stdout.resume();
    child.on('error', reject);
    const timer = setTimeout(() => child.kill('SIGTERM'), 30_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });

const comment = (text: string) => ({ postId: 'p-disk', author: { name: 'Ada' }, text });

describe('a disk that fills up under a running stack', () => {
  let disk: string | undefined;
  let stack: LocalStack;
  let key: string;
  const errors: unknown[] = [];

  beforeAll(async () => {
    disk = mountTmpfs(16);
    if (!disk) return;
    stack = await bootStack({ dataDir: join(disk, 'data'), onError: (e) => errors.push(e) });
    key = await addSite(stack, 'disk');
  }, 30_000);

  afterAll(async () => {
    await stack?.stop();
    unmount(disk);
  });

  it('answers intake 503 storage_unavailable, keeps serving reads, and accepts comments again once space returns', async (ctx) => {
    if (!disk) return ctx.skip();
    const before = await request(stack, 'POST', '/v1/comments', { key, json: comment('Written while the disk had room.') });
    expect(before.status).toBe(202);
    await decided(stack, key, before.body.id);

    const filler = fill(disk);
    const refused = [];
    for (let i = 0; i < 5; i++) refused.push(await request(stack, 'POST', '/v1/comments', { key, json: comment(`Written to a full disk, number ${i}. ${'x'.repeat(4000)}`) }));
    const read = await request(stack, 'GET', `/v1/comments/${before.body.id}`, { key });
    const listed = await request(stack, 'GET', '/v1/posts/p-disk/comments', { key });

    expect(refused.map((r) => r.status)).toContain(503);
    for (const r of refused.filter((r) => r.status !== 202)) {
      expect(r.status).toBe(503);
      expect(r.body.error.code).toBe('storage_unavailable');
      expect(r.headers.get('retry-after')).toBe('5');
    }
    expect(read.status).toBe(200);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((c: { id: string }) => c.id)).toContain(before.body.id);

    rmSync(filler);
    await new Promise((r) => setTimeout(r, 1100));
    const after = await request(stack, 'POST', '/v1/comments', { key, json: comment('Written once the disk had room again.') });
    expect(after.status).toBe(202);
    expect((await decided(stack, key, after.body.id)).status).toBe('approved');
  }, 60_000);
});

describe('npm start on a data folder it cannot use', () => {
  let disk: string | undefined;

  beforeAll(() => {
    disk = mountTmpfs(4);
  });

  afterAll(() => {
    if (disk) execFileSync('mount', ['-o', 'remount,rw', disk], { stdio: 'ignore' });
    unmount(disk);
  });

  it('says in one line that the folder is full', async (ctx) => {
    if (!disk) return ctx.skip();
    const dataDir = join(disk, 'full');
    mkdirSync(dataDir);
    const filler = fill(disk);

    const run = await start({ SIEVE_DATA_DIR: dataDir });
    rmSync(filler);

    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([`Sieve could not start: the data folder ${dataDir} is full (no space left on its device); free some space or start with another SIEVE_DATA_DIR`]);
  }, 40_000);

  it('says in one line that the folder is read-only', async (ctx) => {
    if (!disk) return ctx.skip();
    const dataDir = join(disk, 'ro');
    mkdirSync(dataDir);
    execFileSync('mount', ['-o', 'remount,ro', disk], { stdio: 'ignore' });

    const run = await start({ SIEVE_DATA_DIR: dataDir });
    execFileSync('mount', ['-o', 'remount,rw', disk], { stdio: 'ignore' });

    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([`Sieve could not start: the data folder ${dataDir} is read-only; make it writable or start with another SIEVE_DATA_DIR`]);
  }, 40_000);
});

describe('a second npm start on a data folder in use', () => {
  let stack: LocalStack;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sieve-in-use-'));
    stack = await bootStack({ dataDir });
  }, 30_000);

  afterAll(async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says the folder is in use, by which process and port, instead of a stack trace', async () => {
    const port = new URL(stack.url).port;

    const run = await start({ SIEVE_DATA_DIR: dataDir });

    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `Sieve could not start: the data folder ${dataDir} is in use by another Sieve (pid ${process.pid}, port ${port}: ${stack.url}); stop it, or start with another SIEVE_DATA_DIR or PORT`,
    ]);
  }, 40_000);
});
