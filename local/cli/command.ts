// What every `sieve` subcommand looks like, so the dispatcher can list, route and run them
// without knowing any of them.

import type { Readable, Writable } from 'node:stream';

export const EXIT_OK = 0;
/** The command ran but something failed (a bad input line, an I/O error). */
export const EXIT_FAILURE = 1;
/** The command line itself is wrong: unknown option, missing operand, unusable file. */
export const EXIT_USAGE = 2;

/** The process's streams, passed in so a command never reaches for globals. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable;
  stderr: Writable;
}

export interface Command {
  name: string;
  /** One line for `sieve --help`. */
  summary: string;
  /** Full text for `sieve <name> --help`. */
  help: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Thrown for mistakes in what the user typed; the dispatcher prints it with a hint and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * The command was understood but cannot be done (an unknown site, no such stack). The
 * dispatcher prints the message alone, no stack trace, and exits 1.
 */
export class CommandError extends Error {
  override name = 'CommandError';
}
