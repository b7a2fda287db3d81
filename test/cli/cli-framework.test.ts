import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonl, parseLines, runSieve } from './run-sieve.ts';

// What every `sieve` command shares, run as an operator would with no stack: --version, --json
// output that is JSON even when the command fails, and deploy settings checked by the deploy's rules.

const tempFile = (name: string, content: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'sieve-fw-')), name);
  writeFileSync(file, content);
  return file;
};

const PACKAGE_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('the sieve CLI', () => {
  it('prints its version', async () => {
    // Act
    const run = await runSieve(['--version']);

    // Assert
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`sieve ${PACKAGE_VERSION}\n`);
  });

  it('answers --json with a JSON error when the command fails, keeping the exit code', async () => {
    // Prepare
    const bad = tempFile('bad.yaml', 'links:\n  max: -1\n');

    // Act
    const runs = await Promise.all([
      runSieve(['policy', 'validate', bad, '--json']),
      runSieve(['policy', 'validate', tempFile('gone.yaml', ''), '--json', '--no-such-option']),
      runSieve(['sites', 'explode', '--json']),
      runSieve(['check', '--json', '/no/such/file.jsonl']),
    ]);

    // Assert
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 2]);
    const errors = runs.map((r) => JSON.parse(r.stdout));
    expect(errors[0]).toEqual({ error: { code: 'usage_error', message: expect.stringContaining('links.max: must be 0 or more') } });
    expect(errors[1].error.message).toContain("Unknown option '--no-such-option'");
    expect(errors[2].error.message).toContain('unknown subcommand "explode"');
    expect(errors[3].error.code).toBe('usage_error');
  });

  it('refuses a --stage name that a deploy would refuse, before asking AWS', async () => {
    // Act
    const run = await runSieve(['sites', 'list', '--stage', 'PROD', '--region', 'eu-west-1']);

    // Assert
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--stage must be 1-16 characters of lowercase letters, digits and hyphens');
    expect(run.stderr).toContain('"PROD"');
  });
});

describe('sieve check --policy', () => {
  it("records the policy file's own version, or file:<name> when it gives none, for JSON and YAML alike", async () => {
    // Prepare
    const input = jsonl({ id: 'a', text: 'The new bus timetable starts on Monday.' });
    const unnamed = tempFile('strict.yaml', 'links:\n  max: 0\n');
    const named = tempFile('named.json', JSON.stringify({ version: 'harbour-3', links: { max: 0 } }));

    // Act
    const [fromUnnamed, fromNamed] = await Promise.all([runSieve(['check', '--policy', unnamed], input), runSieve(['check', '--policy', named], input)]);
    const help = await runSieve(['check', '--help']);

    // Assert
    expect(parseLines(fromUnnamed.stdout)[0].policyVersion).toBe('file:strict.yaml');
    expect(parseLines(fromNamed.stdout)[0].policyVersion).toBe('harbour-3');
    expect(help.stdout).toContain('JSON or YAML');
  });
});
