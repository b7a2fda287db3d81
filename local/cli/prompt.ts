// Reads a secret without echoing it: from the terminal (asked twice, to catch typos) or,
// when stdin is a pipe, its first line, so scripts can pass one without putting it on the
// command line where `ps` and shell history would show it.

import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { UsageError, type CliIo } from './command.ts';

const readLine = async (io: CliIo, question: string): Promise<string> => {
  // Terminal mode so the line editor works, with its echo sent nowhere.
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: io.stdin, output: silent, terminal: true });
  io.stderr.write(question);
  try {
    return await new Promise<string>((resolve) => rl.once('line', resolve));
  } finally {
    rl.close();
    io.stderr.write('\n');
  }
};

export async function promptSecret(io: CliIo, label: string): Promise<string> {
  if (!io.stdin.isTTY) {
    const rl = createInterface({ input: io.stdin, crlfDelay: Infinity });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    throw new UsageError(`expected the ${label} on stdin`);
  }
  const first = await readLine(io, `${label}: `);
  const again = await readLine(io, `${label} (again): `);
  if (first !== again) throw new UsageError(`the two ${label}s differ`);
  return first;
}

/**
 * Asks before something that cannot be undone. `--yes` answers for a script; without it the
 * question needs a terminal, so a pipe cannot confirm by accident.
 */
export async function confirm(io: CliIo, question: string, yes: boolean | undefined): Promise<boolean> {
  if (yes) return true;
  if (!io.stdin.isTTY) throw new UsageError(`${question.replace(/\?$/, '')}: stdin is not a terminal to confirm on; pass --yes`);
  io.stderr.write(`${question} [y/N] `);
  const rl = createInterface({ input: io.stdin, terminal: false });
  try {
    const answer = await new Promise<string>((resolve) => {
      rl.once('line', resolve);
      rl.once('close', () => resolve(''));
    });
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
