import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bootStack, decided, request } from '../support/local-stack.ts';
import { runSieve } from './run-sieve.ts';

// With no `npm start` running, the operator commands start the embedded emulators on the
// data folder themselves; what they write is what the stack finds when it starts later.

describe('operator commands with no stack running', () => {
  it('work on the data folder directly, and a stack started later serves what they wrote', async () => {
    // Prepare
    const dataDir = mkdtempSync(join(tmpdir(), 'sieve-offline-'));
    const env = { env: { SIEVE_DATA_DIR: dataDir } };
    const policy = join(dataDir, 'policy.json');
    writeFileSync(policy, JSON.stringify({ words: [{ term: 'zorblat', action: 'reject' }] }));

    // Act
    const created = await runSieve(['sites', 'create', 'offline', '--name', 'Offline Blog', '--json'], '', env);
    const set = await runSieve(['policy', 'set', 'offline', policy], '', env);
    const dlq = await runSieve(['dlq', 'list', '--json'], '', env);
    const { apiKey } = JSON.parse(created.stdout);
    const stack = await bootStack({ dataDir });
    try {
      const accepted = await request(stack, 'POST', '/v1/comments', {
        key: apiKey,
        json: { postId: 'p1', author: { name: 'Reader' }, text: 'The zorblat is back on the menu.' },
      });
      expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
      const result = await decided(stack, apiKey, accepted.body.id);

      // Assert
      expect(created.code).toBe(0);
      expect(set.code).toBe(0);
      expect(set.stdout).toContain('now uses policy v1');
      expect(dlq.code).toBe(0);
      expect(JSON.parse(dlq.stdout)).toEqual([]);
      expect(accepted.status).toBe(202);
      expect(result.status).toBe('rejected');
      expect(result.decision.policyVersion).toBe('v1');
    } finally {
      await stack.stop();
    }
  }, 45_000);

  it('reports a bad option or operand with exit code 2 and the command to ask for help', async () => {
    // Act
    const noName = await runSieve(['sites', 'create', 'x-site']);
    const badGrace = await runSieve(['sites', 'rotate-key', 'x-site', '--grace', 'soon']);
    const hugeGrace = await runSieve(['sites', 'rotate-key', 'x-site', '--grace', '99999999999999w']);
    const unknown = await runSieve(['sites', 'explode']);
    const regionAlone = await runSieve(['sites', 'list', '--region', 'eu-west-1']);

    // Assert
    expect(noName.code).toBe(2);
    expect(noName.stderr).toContain('--name is required');
    expect(noName.stderr).toContain('sieve sites create --help');
    expect(badGrace.code).toBe(2);
    expect(badGrace.stderr).toContain('--grace: "soon" is not a duration');
    expect(hugeGrace.code).toBe(2);
    expect(hugeGrace.stderr).toMatch(/--grace: .*too long/);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown subcommand "explode"');
    expect(regionAlone.code).toBe(1);
    expect(regionAlone.stderr).toContain('--region only applies with --stage');
  });

  it('validates a YAML policy file without any stack, naming each bad field', async () => {
    // Prepare
    const dir = mkdtempSync(join(tmpdir(), 'sieve-validate-'));
    const good = join(dir, 'good.yml');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(good, 'links:\n  max: 1\n  blockedDomains: [spam.example]\n');
    writeFileSync(bad, 'links:\n  max: -1\ntrust:\n  factor: 2\n');

    // Act
    const ok = await runSieve(['policy', 'validate', good]);
    const notOk = await runSieve(['policy', 'validate', bad]);

    // Assert
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('valid policy (overrides links)');
    expect(notOk.code).toBe(2);
    expect(notOk.stderr).toContain('links.max: must be 0 or more');
    expect(notOk.stderr).toContain('trust.factor: must be between 0 and 1');
  });
});
