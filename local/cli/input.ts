// Opens the comment input (a file or stdin) and yields its lines one at a time, so a
// 100k-line file never sits in memory whole.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { UsageError, type CliIo } from './command.ts';

/** Longest line read (in characters); anything longer is reported as a bad line and skipped, never held whole. */
export const MAX_LINE_CHARS = 1024 * 1024;

export type InputLine =
  /** lineNo is 1-based, counting blank lines, so errors point at the line an editor shows. */
  | { lineNo: number; raw: string; problem?: undefined }
  /** A line that could not be read: `problem` says why (it is too long). */
  | { lineNo: number; raw?: undefined; problem: string };

/** `-` or no file means stdin. Throws UsageError when the file cannot be read. */
export async function openInput(file: string | undefined, io: CliIo): Promise<Readable> {
  if (file === undefined || file === '-') return io.stdin;
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  if (!info.isFile()) throw new UsageError(`cannot read ${file}: not a file`);
  return createReadStream(file, { encoding: 'utf8' });
}

/**
 * Non-blank lines with their line numbers. JSON Lines ends a line at `\n` only (a trailing
 * `\r` is dropped, so CRLF files read the same): readline would also split at U+2028 and
 * U+2029, which are valid inside a JSON string. A line over MAX_LINE_CHARS is skipped to its
 * end and yielded as a problem, so one runaway line costs no more memory than the limit.
 */
export async function* readLines(input: Readable, maxChars = MAX_LINE_CHARS): AsyncGenerator<InputLine> {
  const decoder = new StringDecoder('utf8');
  let lineNo = 0;
  let pending = '';
  let overLong = false;
  const finish = (line: string): InputLine | undefined => {
    lineNo++;
    if (overLong || line.length > maxChars) {
      overLong = false;
      return { lineNo, problem: `line ${lineNo}: longer than ${maxChars} characters; skipped` };
    }
    // Editors on Windows save a byte-order mark that JSON.parse would reject.
    const raw = (lineNo === 1 ? line.replace(/^\uFEFF/, '') : line).replace(/\r$/, '');
    return raw.trim() === '' ? undefined : { lineNo, raw };
  };
  const take = function* (text: string): Generator<InputLine> {
    let from = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
      const line = finish(overLong ? '' : pending + text.slice(from, nl));
      pending = '';
      from = nl + 1;
      if (line) yield line;
    }
    if (!overLong) pending += text.slice(from);
    if (pending.length > maxChars) {
      overLong = true;
      pending = '';
    }
  };
  for await (const chunk of input) yield* take(typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
  yield* take(decoder.end());
  if (pending !== '' || overLong) {
    const line = finish(pending);
    if (line) yield line;
  }
}
