import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonl, parseLines, runSieve } from './run-sieve.ts';

const at = (minute: number, second = 0) =>
  new Date(Date.UTC(2024, 2, 4, 9, minute, second)).toISOString();

function tempFile(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'sieve-cli-')), name);
  writeFileSync(file, content);
  return file;
}

describe('sieve check', () => {
  it('prints one decision per comment, in input order', async () => {
    // Prepare
    const ids = ['z-first', 'a-second', 'm-third', 'b-fourth', 'y-fifth'];
    const input = jsonl(
      ...ids.map((id, i) => ({ id, text: `Comment number ${i} about the new bus timetable.`, createdAt: at(i) })),
    );

    // Act
    const run = await runSieve(['check', '-'], input);

    // Assert
    expect(run.code).toBe(0);
    const lines = parseLines(run.stdout);
    expect(lines.map((l) => l.id)).toEqual(ids);
    for (const line of lines) {
      expect(['approve', 'flag', 'reject']).toContain(line.decision);
      expect(line.scores).toBeTypeOf('object');
      expect(Array.isArray(line.reasons)).toBe(true);
      expect(line.policyVersion).toBeTypeOf('string');
    }
  });

  it('reads a file operand as well as stdin, with the same decisions', async () => {
    // Prepare
    const input = jsonl({ id: 'f1', text: 'Lovely photos of the harbour.' }, { id: 'f2', text: 'ur a moron' });
    const file = tempFile('in.jsonl', input);

    // Act
    const fromFile = await runSieve(['check', file]);
    const fromStdin = await runSieve(['check'], input);

    // Assert
    expect(fromFile.code).toBe(0);
    const strip = (out: string) => parseLines(out).map(({ id, decision, reasons }) => ({ id, decision, reasons }));
    expect(strip(fromFile.stdout)).toEqual(strip(fromStdin.stdout));
    expect(strip(fromFile.stdout).map((l) => l.decision)).toEqual(['approve', expect.not.stringMatching('approve')]);
  });

  it('catches the same text posted again by other authors within minutes', async () => {
    // Prepare
    const text = 'The council has ignored residents on this for years, share this with everyone.';
    const input = jsonl(
      ...[0, 1, 2, 3].map((i) => ({ id: `copy-${i}`, text, author: { name: `Reader ${i}`, id: `r${i}` }, createdAt: at(i) })),
    );

    // Act
    const run = await runSieve(['check'], input);

    // Assert
    const [first, ...copies] = parseLines(run.stdout);
    expect(first.decision).toBe('approve');
    expect(first.reasons.some((r: { category: string }) => r.category === 'duplicate')).toBe(false);
    const last = copies.at(-1)!;
    expect(last.decision).not.toBe('approve');
    expect(last.reasons.some((r: { category: string }) => r.category === 'duplicate')).toBe(true);
  });

  it('catches one author posting many times within a minute', async () => {
    // Prepare
    const texts = ['so true', 'agreed', 'this!!', 'love it', 'same here', 'exactly', 'lmao', 'yep', 'haha yes', 'indeed', 'ok then', 'wow'];
    const input = jsonl(
      ...texts.map((text, i) => ({ id: `f${i}`, text, author: { name: 'Quick Poster', id: 'q1' }, createdAt: at(0, i * 4) })),
    );

    // Act
    const run = await runSieve(['check'], input);

    // Assert
    const lines = parseLines(run.stdout);
    expect(lines[0].decision).toBe('approve');
    expect(lines.at(-1)!.decision).not.toBe('approve');
    expect(lines.at(-1)!.reasons.some((r: { category: string }) => r.category === 'flood')).toBe(true);
  });

  it('carries the clock forward for lines without createdAt, so they stay in one window', async () => {
    // Prepare: only the first line has a time; without carrying it the copies would be a day apart or unordered.
    const text = 'Everyone should read the full report before the vote on Thursday evening.';
    const input = jsonl(
      { id: 't0', text, author: { id: 'a0' }, createdAt: '2020-01-01T10:00:00Z' },
      ...[1, 2, 3].map((i) => ({ id: `t${i}`, text, author: { id: `a${i}` } })),
    );

    // Act
    const run = await runSieve(['check'], input);

    // Assert
    const last = parseLines(run.stdout).at(-1)!;
    expect(last.reasons.some((r: { category: string }) => r.category === 'duplicate')).toBe(true);
  });

  it('reports a bad line on stderr, naming it, and moderates the rest', async () => {
    // Prepare
    const input = [
      JSON.stringify({ id: 'good-1', text: 'Nice write-up.' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'bad-time', text: 'hello', createdAt: 'yesterday' }),
      JSON.stringify({ text: 'no id here' }),
      JSON.stringify({ id: 'good-2', text: 'Thanks for the update.' }),
    ].join('\n');

    // Act
    const run = await runSieve(['check'], input);

    // Assert
    expect(parseLines(run.stdout).map((l) => l.id)).toEqual(['good-1', 'good-2']);
    expect(run.stderr).toMatch(/line 2: invalid JSON/);
    expect(run.stderr).toMatch(/line 3 \(id "no-text"\): text: /);
    expect(run.stderr).toMatch(/line 4 \(id "bad-time"\): createdAt: /);
    expect(run.stderr).toMatch(/line 5: id: /);
    expect(run.code).toBe(1);
  });

  it('reads a raw U+2028 or U+2029 inside a JSON string as text, not as a line break', async () => {
    // Prepare: JSON.stringify leaves both characters raw, as JSON allows.
    const input = jsonl({ id: 'sep', text: 'first part\u2028second part\u2029third' }, { id: 'after', text: 'Nice write-up.' });

    // Act
    const run = await runSieve(['check'], input);

    // Assert
    expect(run.stderr).not.toMatch(/invalid JSON/);
    expect(parseLines(run.stdout).map((l) => l.id)).toEqual(['sep', 'after']);
    expect(run.code).toBe(0);
  });

  it('reports a line over the size limit as a bad line and moderates the rest', async () => {
    // Prepare
    const input = [
      JSON.stringify({ id: 'before', text: 'Nice write-up.' }),
      JSON.stringify({ id: 'huge', text: 'x'.repeat(1024 * 1024 + 1) }),
      JSON.stringify({ id: 'after', text: 'Thanks for the update.' }),
    ].join('\r\n');

    // Act
    const run = await runSieve(['check'], input);

    // Assert
    expect(parseLines(run.stdout).map((l) => l.id)).toEqual(['before', 'after']);
    expect(run.stderr).toMatch(/line 2: longer than 1048576 characters; skipped/);
    expect(run.code).toBe(1);
  });

  it('rejects an unknown option with usage exit code 2', async () => {
    // Act
    const run = await runSieve(['check', '--polcy', 'x.json'], '');

    // Assert
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--polcy/);
    expect(run.stdout).toBe('');
  });

  it('fails with exit code 2 when the input file does not exist', async () => {
    // Act
    const run = await runSieve(['check', '/nonexistent/comments.jsonl']);

    // Assert
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot read \/nonexistent\/comments.jsonl: no such file/);
  });

  it('prints its help with --help and exits 0', async () => {
    // Act
    const run = await runSieve(['check', '--help']);

    // Assert
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: sieve check/);
  });

  it('applies a policy file as overrides of the default policy', async () => {
    // Prepare
    const policy = tempFile('site.json', JSON.stringify({
      version: 'site-7',
      words: [{ term: 'pineapple', action: 'reject', category: 'spam' }],
    }));
    const input = jsonl({ id: 'p1', text: 'Pineapple on pizza is great.' });

    // Act
    const byDefault = parseLines((await runSieve(['check'], input)).stdout)[0];
    const run = await runSieve(['check', '--policy', policy], input);

    // Assert
    expect(byDefault.decision).toBe('approve');
    const [line] = parseLines(run.stdout);
    expect(line).toMatchObject({ decision: 'reject', policyVersion: 'site-7' });
    expect(line.reasons[0].spans).toEqual([[0, 9]]);
  });

  it('refuses an invalid policy with exit code 2, naming each bad field', async () => {
    // Prepare
    const policy = tempFile('bad.json', JSON.stringify({ thresholds: { insult: { flag: 'high' } }, linkz: {} }));

    // Act
    const run = await runSieve(['check', '--policy', policy], jsonl({ id: 'a', text: 'hi' }));

    // Assert
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`policy ${policy} is not valid`);
    expect(run.stderr).toMatch(/thresholds\.insult\.flag: expected a number/);
    expect(run.stderr).toMatch(/linkz: unknown field/);
    expect(run.stdout).toBe('');
  });

  it('refuses a policy file that is not JSON, naming the file', async () => {
    // Prepare
    const policy = tempFile('policy.json', '{ "version": ');

    // Act
    const run = await runSieve(['check', '--policy', policy], jsonl({ id: 'a', text: 'hi' }));

    // Assert
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`policy ${policy}: invalid JSON`);
    expect(run.stdout).toBe('');
  });
});

describe('sieve', () => {
  it('lists its commands and exits 2 when no command is given', async () => {
    // Act
    const run = await runSieve([]);

    // Assert
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/check\s+moderate/);
    expect(run.stderr).toMatch(/eval\s+score/);
  });

  it('names an unknown command', async () => {
    // Act
    const run = await runSieve(['chekc']);

    // Assert
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command "chekc"/);
  });
});
