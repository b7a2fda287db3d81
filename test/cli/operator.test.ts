import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { createDocumentClient } from '../../shared/store/client.ts';
import { siteKey } from '../../shared/store/keys.ts';
import { bearer, bootStack, decided, eventually, request } from '../support/local-stack.ts';
import { startFakeCloudFormation } from './fake-cloudformation.ts';
import { runSieve, type SieveRun } from './run-sieve.ts';

// The operator commands as an operator runs them: the real CLI in a child process against
// a local stack running in this process on a temporary data folder (the CLI finds it
// through the folder's endpoints.json). Each test works on its own site, so they run
// side by side.

let stack: LocalStack;
let dataDir: string;

const sieve = (...args: string[]): Promise<SieveRun> => runSieve(args, '', { env: { SIEVE_DATA_DIR: dataDir } });
const sieveJson = async (...args: string[]) => {
  const run = await sieve(...args, '--json');
  if (run.code !== 0) throw new Error(`sieve ${args.join(' ')} exited ${run.code}: ${run.stderr}${run.stdout}`);
  return JSON.parse(run.stdout);
};

const tempFile = (name: string, content: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'sieve-op-')), name);
  writeFileSync(file, content);
  return file;
};

const comment = (postId: string, text: string, author = 'Reader') => ({ postId, author: { name: author, id: author.toLowerCase() }, text });

const post = (key: string, body: unknown) => request(stack, 'POST', '/v1/comments', { key, json: body });

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'sieve-operator-'));
  stack = await bootStack({ dataDir });
}, 30_000);

afterAll(async () => {
  await stack?.stop();
});

describe.concurrent('operating a running local stack', () => {
  it('creates a site whose key posts comments at once, and lists it', async () => {
    // Act
    const created = await sieveJson('sites', 'create', 'op-create', '--name', 'Create Test');
    const accepted = await post(created.apiKey, comment('p1', 'A thoughtful note about the harbour walk.'));
    const listed = await sieveJson('sites', 'list');

    // Assert
    expect(created).toMatchObject({ siteId: 'op-create', name: 'Create Test', status: 'active', apiKey: expect.stringMatching(/^sk_/) });
    expect(accepted.status).toBe(202);
    expect(listed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ siteId: 'op-create', status: 'active', policyVersion: null, keys: [expect.objectContaining({ hint: created.keyHint, expiresAt: null })] }),
      ]),
    );
    // The key itself is never stored or listed.
    expect(JSON.stringify(listed)).not.toContain(created.apiKey);
  });

  it('rotates a key: both keys work during the grace period, only the new one after it', async () => {
    // Prepare
    const { apiKey: oldKey } = await sieveJson('sites', 'create', 'op-rotate', '--name', 'Rotate Test');

    // Act
    const rotated = await sieveJson('sites', 'rotate-key', 'op-rotate', '--grace', '3s');
    const duringGrace = await Promise.all([oldKey, rotated.apiKey].map((key) => post(key, comment('p1', 'Still here during the switch-over.'))));
    const graceEnds = Date.parse(rotated.ending[0].expiresAt);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, graceEnds - Date.now()) + 200));
    const [oldAfter, newAfter] = await Promise.all([oldKey, rotated.apiKey].map((key) => post(key, comment('p1', 'After the switch-over.'))));

    // Assert
    expect(rotated.apiKey).not.toBe(oldKey);
    expect(rotated.ending).toEqual([{ hint: expect.any(String), expiresAt: expect.any(String) }]);
    expect(duringGrace.map((r) => r.status)).toEqual([202, 202]);
    expect(oldAfter.status).toBe(403);
    expect(newAfter.status).toBe(202);
  });

  it('disables a site: its keys stop working now', async () => {
    // Prepare
    const { apiKey } = await sieveJson('sites', 'create', 'op-disable', '--name', 'Disable Test');

    // Act
    const disabled = await sieveJson('sites', 'disable', 'op-disable');
    const after = await post(apiKey, comment('p1', 'Anyone there?'));

    // Assert
    expect(disabled).toMatchObject({ siteId: 'op-disable', status: 'disabled', ended: [expect.objectContaining({ hint: expect.any(String) })] });
    expect(after.status).toBe(403);
  });

  it('refuses an invalid policy with exit 2, naming each bad field, and stores nothing', async () => {
    // Prepare
    await sieveJson('sites', 'create', 'op-badpolicy', '--name', 'Bad Policy Test');
    const bad = tempFile('bad.yaml', 'links:\n  max: lots\nthresholds:\n  spam:\n    flag: 3\n    reject: 1\nwordz: []\n');

    // Act
    const run = await sieve('policy', 'set', 'op-badpolicy', bad);
    const after = await sieveJson('policy', 'get', 'op-badpolicy');

    // Assert
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('links.max: expected a number');
    expect(run.stderr).toContain('thresholds.spam.flag: flag must not be above reject');
    expect(run.stderr).toContain('wordz: unknown field');
    expect(after).toMatchObject({ current: null, versions: [] });
  });

  it('stores each policy as a new version that decisions then record', async () => {
    // Prepare
    const { apiKey } = await sieveJson('sites', 'create', 'op-versions', '--name', 'Versions Test');
    const first = tempFile('first.json', JSON.stringify({ links: { max: 1 } }));
    const second = tempFile('second.yaml', 'words:\n  - term: zorblat\n    action: reject\n');

    // Act
    const v1 = await sieveJson('policy', 'set', 'op-versions', first);
    const v2 = await sieveJson('policy', 'set', 'op-versions', second);
    const view = await sieveJson('policy', 'get', 'op-versions');
    const older = await sieveJson('policy', 'get', 'op-versions', '--version', 'v1', '--effective');
    const accepted = await post(apiKey, comment('p1', 'The zorblat stall is back at the market.'));
    const result = await decided(stack, apiKey, accepted.body.id);

    // Assert
    expect([v1.version, v2.version]).toEqual(['v1', 'v2']);
    expect(v2.previous).toBe('v1');
    expect(view).toMatchObject({ current: 'v2', version: 'v2', document: { version: 'v2', words: [{ term: 'zorblat', action: 'reject' }] } });
    expect(view.versions.map((v: { version: string; current: boolean }) => [v.version, v.current])).toEqual([['v1', false], ['v2', true]]);
    expect(older.effective.links.max).toBe(1);
    expect(result.status).toBe('rejected');
    expect(result.decision.policyVersion).toBe('v2');
  });

  it("diffs a policy file against the site's policy, field by field", async () => {
    // Prepare
    await sieveJson('sites', 'create', 'op-diff', '--name', 'Diff Test');
    await sieveJson('policy', 'set', 'op-diff', tempFile('now.json', JSON.stringify({ links: { max: 3 } })));
    const proposed = tempFile('next.json', JSON.stringify({ links: { max: 1 }, words: [{ term: 'zorblat', action: 'flag' }] }));

    // Act
    const json = await sieveJson('policy', 'diff', 'op-diff', proposed);
    const text = await sieve('policy', 'diff', 'op-diff', proposed);

    // Assert
    expect(json.from).toBe('v1');
    expect(json.changes).toEqual([
      { path: 'links.max', from: 3, to: 1 },
      expect.objectContaining({ path: 'words', added: [expect.objectContaining({ term: 'zorblat', action: 'flag' })], removed: [] }),
    ]);
    expect(text.stdout).toContain('links.max: 3 -> 1');
  });

  it('backtests a proposed policy over stored comments and lists the decisions that flip', async () => {
    // Prepare: four comments decided under the default policy.
    const { apiKey } = await sieveJson('sites', 'create', 'op-backtest', '--name', 'Backtest Test');
    const texts = {
      link: 'The new timetable is posted at https://buses.example.org/route-4 for anyone who missed it.',
      word: 'The zorblat at the corner shop is back in stock.',
      plainA: 'Thanks for the write-up on the library opening hours.',
      plainB: 'I walked the coastal path last weekend and it was lovely.',
    };
    const ids: Record<string, string> = {};
    for (const [name, text] of Object.entries(texts)) {
      const accepted = await post(apiKey, comment('p1', text, `author-${name.toLowerCase()}`));
      if (accepted.status !== 202) throw new Error(JSON.stringify(accepted.body));
      ids[name] = accepted.body.id;
      await decided(stack, apiKey, accepted.body.id);
    }
    const proposed = tempFile('tighter.json', JSON.stringify({ links: { max: 0 }, words: [{ term: 'zorblat', action: 'flag' }] }));

    // Act
    const result = await sieveJson('policy', 'backtest', 'op-backtest', proposed, '--since', '1d');
    const text = await sieve('policy', 'backtest', 'op-backtest', proposed);
    const view = await sieveJson('policy', 'get', 'op-backtest');

    // Assert
    expect(result.comments).toBe(4);
    expect(result.current).toEqual({ version: 'default-3', counts: { approve: 4, flag: 0, reject: 0 } });
    expect(result.proposed.counts).toEqual({ approve: 2, flag: 2, reject: 0 });
    expect(result.flips).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: ids.link, text: texts.link, from: 'approve', to: 'flag', reason: expect.objectContaining({ rule: 'spam.links.count' }) }),
        expect.objectContaining({ id: ids.word, text: texts.word, from: 'approve', to: 'flag', reason: expect.objectContaining({ rule: 'policy.words.flag' }), toReason: expect.objectContaining({ rule: 'policy.words.flag' }) }),
      ]),
    );
    expect(result.flips).toHaveLength(2);
    expect(text.stdout).toMatch(new RegExp(`${ids.word}\\s+approve\\s+flag\\s+policy\\.words\\.flag: .*The zorblat at the corner shop`));
    expect(text.stdout).toContain('Nothing was changed');
    // A backtest switches nothing on.
    expect(view.current).toBeNull();
  });

  it('lists a poisoned message in the DLQ and, once the cause is fixed, redrives it to a decision', async () => {
    // Prepare: the site points at a policy version whose document is not stored (as after a
    // partial restore), so the worker fails on every comment of the site until it is fixed.
    const { apiKey } = await sieveJson('sites', 'create', 'op-poison', '--name', 'Poison Test');
    const doc = createDocumentClient();
    await doc.send(new UpdateCommand({ TableName: stack.tableName, Key: siteKey('op-poison'), UpdateExpression: 'SET policyVersion = :v', ExpressionAttributeValues: { ':v': 'v1' } }));
    const accepted = await post(apiKey, comment('p1', 'A perfectly ordinary remark about the weather.'));
    const dlqUrl = stack.queues.moderation.deadLetterUrl;
    await eventually(async () => {
      const { Attributes } = await stack.sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlqUrl, AttributeNames: ['ApproximateNumberOfMessages'] }));
      return Number(Attributes?.ApproximateNumberOfMessages) > 0 ? true : undefined;
    }, 'the message to reach the DLQ', 25_000);

    // Act
    const listed = await sieveJson('dlq', 'list');
    const listedAgain = await sieveJson('dlq', 'list');
    const letter = listed.find((d: { commentId: string }) => d.commentId === accepted.body.id);
    const fixed = await sieve('policy', 'set', 'op-poison', tempFile('fix.json', JSON.stringify({ links: { max: 2 } })));
    const redriven = await sieveJson('dlq', 'redrive', letter.messageId);
    const result = await decided(stack, apiKey, accepted.body.id);
    const after = await sieveJson('dlq', 'list');

    // Assert
    expect(letter).toMatchObject({ siteId: 'op-poison', receiveCount: expect.any(Number), firstSentAt: expect.any(String) });
    expect(letter.receiveCount).toBeGreaterThanOrEqual(5);
    // Listing does not consume: the message is still there for the second look.
    expect(listedAgain.map((d: { messageId: string }) => d.messageId)).toContain(letter.messageId);
    expect(fixed.code).toBe(0);
    expect(redriven).toEqual({ redriven: [expect.objectContaining({ messageId: letter.messageId, commentId: accepted.body.id })], notFound: [] });
    expect(result.status).toBe('approved');
    expect(result.decision.policyVersion).toBe('v1');
    expect(after.map((d: { messageId: string }) => d.messageId)).not.toContain(letter.messageId);
  }, 60_000);

  it('adds a moderator who can then sign in and sees their sites', async () => {
    // Prepare
    await sieveJson('sites', 'create', 'op-mods', '--name', 'Moderators Test');

    // Act
    const added = await sieveJson('moderators', 'add', 'olga', '--site', 'op-mods');
    const signIn = await fetch(`${stack.url}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'olga', password: added.password }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const me = await request(stack, 'GET', '/v1/moderation/me', { headers: bearer(token) });
    const listed = await sieveJson('moderators', 'list');
    const removed = await sieve('moderators', 'remove', 'olga');
    const signInAfter = await fetch(`${stack.url}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'olga', password: added.password }),
    });

    // Assert
    expect(added).toMatchObject({ username: 'olga', sites: ['op-mods'], admin: false, password: expect.any(String) });
    expect(signIn.status).toBe(200);
    expect(me.body).toEqual({ username: 'olga', sites: ['op-mods'], admin: false });
    expect(listed).toEqual(expect.arrayContaining([expect.objectContaining({ username: 'olga', sites: ['op-mods'] })]));
    expect(removed.code).toBe(0);
    expect(signInAfter.status).toBe(401);
  });

  it("replays a JSONL file's comments in time order with --input", async () => {
    // Prepare
    await sieveJson('sites', 'create', 'op-backtest-file', '--name', 'Backtest File Test');
    const minute = (m: number) => new Date(Date.UTC(2024, 2, 4, 9, m)).toISOString();
    const input = tempFile(
      'comments.jsonl',
      [
        { id: 'late', text: 'The zorblat is back at the bakery.', createdAt: minute(5) },
        { id: 'early', text: 'The bus timetable changes on Monday.', createdAt: minute(1) },
        { id: 'old', text: 'A zorblat from last year.', createdAt: '2023-01-01T00:00:00Z' },
      ].map((c) => JSON.stringify(c)).join('\n'),
    );
    const proposed = tempFile('words.json', JSON.stringify({ words: [{ term: 'zorblat', action: 'reject' }] }));

    // Act
    const result = await sieveJson('policy', 'backtest', 'op-backtest-file', proposed, '--input', input, '--since', '2024-01-01');

    // Assert
    expect(result.comments).toBe(2);
    expect(result.proposed.counts).toEqual({ approve: 1, flag: 0, reject: 1 });
    expect(result.flips).toEqual([expect.objectContaining({ id: 'late', from: 'approve', to: 'reject' })]);
  });

  it('acts on a deployed stage found through its CloudFormation outputs, and names a missing stack', async () => {
    // Prepare: a "stage" whose outputs point at this local stack's table and queues.
    const cloudFormation = await startFakeCloudFormation({
      'Sieve-fake': {
        TableName: stack.tableName,
        ModerationQueueUrl: stack.queues.moderation.url,
        ModerationDeadLetterQueueUrl: stack.queues.moderation.deadLetterUrl,
        UserPoolId: 'us-east-1_fake',
      },
    });
    const env = { AWS_ENDPOINT_URL_CLOUDFORMATION: cloudFormation.endpoint, SIEVE_DATA_DIR: join(dataDir, 'not-used') };
    try {
      await sieveJson('sites', 'create', 'op-stage', '--name', 'Stage Test');

      // Act
      const listed = await runSieve(['sites', 'list', '--stage', 'fake', '--region', 'us-east-1', '--json'], '', { env });
      const missing = await runSieve(['sites', 'list', '--stage', 'nope', '--region', 'us-east-1'], '', { env });

      // Assert
      expect(listed.code).toBe(0);
      expect(JSON.parse(listed.stdout)).toEqual(expect.arrayContaining([expect.objectContaining({ siteId: 'op-stage' })]));
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('no stack Sieve-nope in region us-east-1');
    } finally {
      await cloudFormation.stop();
    }
  });

  it('refuses a moderator for a site that does not exist', async () => {
    // Act
    const run = await sieve('moderators', 'add', 'pavel', '--site', 'op-nowhere', '--password', 'Correct-Horse-9');

    // Assert
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no site "op-nowhere"');
  });
});
