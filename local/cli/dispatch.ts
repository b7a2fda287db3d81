// Routes `sieve <command> ...` to its command and turns failures into exit codes and
// stderr messages, so no command has to repeat that.

import { AdminError } from '../../shared/admin/errors.ts';
import { CommandError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError, type CliIo, type Command } from './command.ts';

export async function dispatch(argv: string[], commands: readonly Command[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr.write(overview(commands));
    return EXIT_USAGE;
  }
  if (name === '-h' || name === '--help' || name === 'help') {
    const topic = commands.find((c) => c.name === args[0]);
    if (topic && args.length > 1) return runCommand(topic, [...args.slice(1), '--help'], io);
    io.stdout.write(topic ? topic.help : overview(commands));
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`sieve: unknown command "${name}"\n\n${overview(commands)}`);
    return EXIT_USAGE;
  }
  return runCommand(command, args, io);
}

/** Runs one command (or subcommand) and maps what it throws to a message and an exit code. */
export async function runCommand(command: Command, args: string[], io: CliIo): Promise<number> {
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`sieve ${command.name}: ${error.message}\nRun "sieve ${command.name} --help" for usage.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof CommandError || error instanceof AdminError || isAwsError(error)) {
      io.stderr.write(`sieve ${command.name}: ${(error as Error).message}\n`);
      return EXIT_FAILURE;
    }
    io.stderr.write(`sieve ${command.name}: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT_FAILURE;
  }
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
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Commands that manage a deployment (sites, policy, model, shadow, dlq, moderators) act',
    'on the local runtime\'s data folder (SIEVE_DATA_DIR, default .sieve; a running `npm start`',
    'is used, else its emulators are started for the command), or on a deployed stage with',
    '--stage NAME [--region R].',
    '',
    'Run "sieve <command> --help" for the options of one command.',
    '',
  ].join('\n');
}
