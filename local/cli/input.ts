// Opens the comment input (a file or stdin) and yields its lines one at a time, so a
// 100k-line file never sits in memory whole.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { UsageError, type CliIo } from './command.ts';

export interface InputLine {
  /** 1-based, counting blank lines, so errors point at the line an editor shows. */
  lineNo: number;
  raw: string;
}

/** `-` or no file means stdin. Throws UsageError when the file cannot be read. */
export async function openInput(file: string | undefined, io: CliIo): Promise<Readable> {
  if (file === undefined || file === '-') return io.stdin;
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  if (!info.isFile()) throw new UsageError(`cannot read ${file}: not a file`);
  return createReadStream(file, { encoding: 'utf8' });
}

/** Non-blank lines with their line numbers (CRLF files read the same as LF ones). */
export async function* readLines(input: Readable): AsyncGenerator<InputLine> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    // Editors on Windows save a byte-order mark that JSON.parse would reject.
    const raw = lineNo === 1 ? line.replace(/^\uFEFF/, '') : line;
    if (raw.trim() !== '') yield { lineNo, raw };
  }
}
