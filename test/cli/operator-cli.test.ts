import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { bootStack, request } from '../support/local-stack.ts';
import { runSieve, type SieveRun } from './run-sieve.ts';

// The operator's view of the CLI against a running stack: it says which data folder it acts on,
// warns when the stack runs on another one, and looks into the dead-letter queue without
// changing it. One stack, and tests in order: purge empties the queue the others fill.

let stack: LocalStack;
let dataDir: string;
let runningDir: string;

const sieve = (args: string[], env: Record<string, string> = {}): Promise<SieveRun> =>
  runSieve(args, '', { env: { SIEVE_DATA_DIR: dataDir, SIEVE_RUNNING_DIR: runningDir, ...env } });
const sieveJson = async (...args: string[]) => {
  const run = await sieve([...args, '--json']);
  if (run.code !== 0) throw new Error(`sieve ${args.join(' ')} exited ${run.code}: ${run.stderr}${run.stdout}`);
  return JSON.parse(run.stdout);
};

/** A dead letter as the worker leaves one: a moderation message, straight in the DLQ. */
const deadLetter = async (commentId: string, correlationId: string): Promise<string> => {
  const { MessageId } = await stack.sqs.send(
    new SendMessageCommand({ QueueUrl: stack.queues.moderation.deadLetterUrl, MessageBody: JSON.stringify({ commentId, siteId: 'dlq-site', correlationId }) }),
  );
  return MessageId!;
};

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sieve-opcli-'));
  runningDir = mkdtempSync(join(tmpdir(), 'sieve-running-'));
  process.env.SIEVE_RUNNING_DIR = runningDir;
  stack = await bootStack({ dataDir });
}, 30_000);

afterAll(async () => {
  await stack?.stop();
  delete process.env.SIEVE_RUNNING_DIR;
});

describe('which system a command acts on', () => {
  it('names the data folder and the running stack on stderr, keeping stdout for the output', async () => {
    // Act
    const run = await sieve(['sites', 'list', '--json']);

    // Assert
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`sieve sites list: acting on local data folder ${dataDir} (the stack running at ${stack.url})`);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it('warns when the stack runs on another data folder than the one the command changes', async () => {
    // Prepare
    const other = mkdtempSync(join(tmpdir(), 'sieve-other-'));

    // Act
    const run = await sieve(['sites', 'list'], { SIEVE_DATA_DIR: other });

    // Assert
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`acting on local data folder ${other} (no stack runs on it`);
    expect(run.stderr).toContain(`warning: a stack is running at ${stack.url} on another data folder, ${dataDir}`);
  });
});

describe('sites enable', () => {
  it('makes a disabled site active again with a new key; the ended keys stay ended', async () => {
    // Prepare
    const { apiKey: oldKey } = await sieveJson('sites', 'create', 'op-enable', '--name', 'Enable Test');
    await sieveJson('sites', 'disable', 'op-enable');
    const post = (key: string) => request(stack, 'POST', '/v1/comments', { key, json: { postId: 'p1', author: { name: 'Reader' }, text: 'Back again.' } });

    // Act
    const enabled = await sieveJson('sites', 'enable', 'op-enable');
    const [withNew, withOld] = [await post(enabled.apiKey), await post(oldKey)];
    const again = await sieve(['sites', 'enable', 'op-enable']);
    const listed = await sieveJson('sites', 'list');

    // Assert
    expect(enabled).toMatchObject({ siteId: 'op-enable', status: 'active', apiKey: expect.stringMatching(/^sk_/) });
    expect(withNew.status).toBe(202);
    expect(withOld.status).toBe(403);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already active');
    expect(listed.find((s: { siteId: string }) => s.siteId === 'op-enable')).toMatchObject({ status: 'active', keys: [{ hint: enabled.keyHint }] });
  });
});

describe('the dead-letter queue', () => {
  it('is listed without receiving: counts stay put, and the table shows what --json shows, with the correlation id', async () => {
    // Prepare
    const messageId = await deadLetter('c_listed', 'corr-listed-1');

    // Act
    const first = await sieveJson('dlq', 'list');
    const table = await sieve(['dlq', 'list']);
    const second = await sieveJson('dlq', 'list');

    // Assert
    const [before, after] = [first, second].map((all) => all.find((d: { messageId: string }) => d.messageId === messageId));
    expect(before).toMatchObject({ commentId: 'c_listed', correlationId: 'corr-listed-1', receiveCount: 0 });
    expect(after.receiveCount).toBe(before.receiveCount);
    const row = table.stdout.split('\n').find((line) => line.startsWith(messageId));
    expect(table.stdout.split('\n')[0]).toMatch(/MESSAGE\s+COMMENT\s+SITE\s+CORRELATION\s+RECEIVES\s+FIRST SENT/);
    expect(row?.split(/\s+/).slice(0, 5)).toEqual([messageId, 'c_listed', 'dlq-site', 'corr-listed-1', String(before.receiveCount)]);
  });

  it('deletes messages by id only when confirmed, and says which ids were not there', async () => {
    // Prepare
    const [doomed, kept] = [await deadLetter('c_doomed', 'corr-doomed'), await deadLetter('c_kept', 'corr-kept')];

    // Act
    const unconfirmed = await sieve(['dlq', 'delete', doomed]);
    const confirmed = await sieve(['dlq', 'delete', doomed, 'no-such-id', '--yes', '--json']);
    const left = (await sieveJson('dlq', 'list')).map((d: { messageId: string }) => d.messageId);

    // Assert
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toContain('pass --yes');
    expect(confirmed.code).toBe(1);
    expect(JSON.parse(confirmed.stdout)).toEqual({
      deleted: [{ messageId: doomed, commentId: 'c_doomed', siteId: 'dlq-site', correlationId: 'corr-doomed' }],
      notFound: ['no-such-id'],
    });
    expect(left).toContain(kept);
    expect(left).not.toContain(doomed);
  });

  it('purges every message once confirmed', async () => {
    // Prepare
    await deadLetter('c_purged', 'corr-purged');

    // Act
    const unconfirmed = await sieve(['dlq', 'purge']);
    const stillThere = await sieveJson('dlq', 'list');
    const purged = await sieveJson('dlq', 'purge', '--yes');
    const after = await sieveJson('dlq', 'list');

    // Assert
    expect(unconfirmed.code).toBe(2);
    expect(stillThere.length).toBeGreaterThan(0);
    expect(purged.deleted.length).toBe(stillThere.length);
    expect(after).toEqual([]);
  });
});
