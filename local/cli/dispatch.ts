// Routes `sieve <command> ...` to its command and turns failures into exit codes and
// messages, so no command has to repeat that. With --json anywhere on the command line a
// failure is JSON on stdout too (`{"error": {"code", "message"}}`, the API's error shape), so
// a script that asked for JSON never has to parse prose.

import { readFileSync } from 'node:fs';
import { AdminError } from '../../shared/admin/errors.ts';
import { DomainError } from '../../shared/errors.ts';
import { CommandError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError, type CliIo, type Command } from './command.ts';
import { jsonOutput } from './table-output.ts';

/** The version in package.json: what `sieve --version` prints. */
export const SIEVE_VERSION: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export async function dispatch(argv: string[], commands: readonly Command[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr.write(overview(commands));
    return EXIT_USAGE;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.stdout.write(wantsJson(args) ? jsonOutput({ version: SIEVE_VERSION }) : `sieve ${SIEVE_VERSION}\n`);
    return EXIT_OK;
  }
  if (name === '-h' || name === '--help' || name === 'help') {
    const topic = commands.find((c) => c.name === args[0]);
    if (topic && args.length > 1) return runCommand(topic, [...args.slice(1), '--help'], io);
    io.stdout.write(topic ? topic.help : overview(commands));
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    if (wantsJson(args)) return reportFailure('', new UsageError(`unknown command "${name}" (sieve --help lists them)`), true, io);
    io.stderr.write(`sieve: unknown command "${name}"\n\n${overview(commands)}`);
    return EXIT_USAGE;
  }
  return runCommand(command, args, io);
}

/** True when the options (before any `--`) ask for --json. */
export const wantsJson = (args: readonly string[]): boolean => {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).includes('--json');
};

/** Runs one command (or subcommand) and maps what it throws to a message and an exit code. */
export async function runCommand(command: Command, args: string[], io: CliIo): Promise<number> {
  try {
    return await command.run(args, io);
  } catch (error) {
    return reportFailure(command.name, error, wantsJson(args), io);
  }
}

interface Failure {
  code: 'usage_error' | 'command_failed' | 'internal_error';
  exitCode: number;
  message: string;
}

const failureOf = (error: unknown): Failure => {
  if (error instanceof UsageError) return { code: 'usage_error', exitCode: EXIT_USAGE, message: error.message };
  if (error instanceof CommandError || error instanceof AdminError || error instanceof DomainError || isAwsError(error)) {
    return { code: 'command_failed', exitCode: EXIT_FAILURE, message: (error as Error).message };
  }
  return { code: 'internal_error', exitCode: EXIT_FAILURE, message: (error as Error)?.message ?? String(error) };
};

function reportFailure(name: string, error: unknown, json: boolean, io: CliIo): number {
  const failure = failureOf(error);
  const prefix = name ? `sieve ${name}` : 'sieve';
  if (json) {
    io.stdout.write(jsonOutput({ error: { code: failure.code, message: failure.message } }));
    // The stack of a bug still reaches a person, on stderr.
    if (failure.code === 'internal_error') io.stderr.write(`${prefix}: ${(error as Error)?.stack ?? String(error)}\n`);
  } else if (failure.code === 'usage_error') {
    io.stderr.write(`${prefix}: ${failure.message}\nRun "${prefix} --help" for usage.\n`);
  } else if (failure.code === 'command_failed') {
    io.stderr.write(`${prefix}: ${failure.message}\n`);
  } else {
    io.stderr.write(`${prefix}: ${(error as Error)?.stack ?? String(error)}\n`);
  }
  return failure.exitCode;
}

/** Errors from AWS (service answers, missing credentials) explain themselves; their stacks do not. */
const isAwsError = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  ('$metadata' in error || (error as Error).name === 'CredentialsProviderError');

function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'Usage: sieve <command> [options]',
    '       sieve --version',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Commands that manage a deployment (sites, policy, model, shadow, dlq, moderators) act',
    'on the local runtime\'s data folder (SIEVE_DATA_DIR, default .sieve; a running `npm start`',
    'is used, else its emulators are started for the command), or on a deployed stage with',
    '--stage NAME [--region R]. Each says on stderr which one it acted on.',
    '',
    'Every command takes --json: its output, and any error, is then JSON on stdout.',
    '',
    'Run "sieve <command> --help" for the options of one command.',
    '',
  ].join('\n');
}
