// Routes `sieve <command> ...` to its command and turns failures into exit codes and
// stderr messages, so no command has to repeat that.

import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError, type CliIo, type Command } from './command.ts';

export async function dispatch(argv: string[], commands: readonly Command[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.stderr.write(overview(commands));
    return EXIT_USAGE;
  }
  if (name === '-h' || name === '--help' || name === 'help') {
    const topic = commands.find((c) => c.name === args[0]);
    io.stdout.write(topic ? topic.help : overview(commands));
    return EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`sieve: unknown command "${name}"\n\n${overview(commands)}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`sieve ${command.name}: ${error.message}\nRun "sieve ${command.name} --help" for usage.\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`sieve ${command.name}: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT_FAILURE;
  }
}

function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'Usage: sieve <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Run "sieve <command> --help" for the options of one command.',
    '',
  ].join('\n');
}
