// A command made of subcommands (`sieve sites create`, `sieve sites list`): routes to the
// subcommand and lists them in its help (or, given a fallback, runs that for anything else).
// Each subcommand is an ordinary Command whose name includes the group's, so its errors and
// help read `sieve sites create: …`.

import { EXIT_OK, EXIT_USAGE, UsageError, type Command } from './command.ts';
import { runCommand, wantsJson } from './dispatch.ts';

export interface GroupOptions {
  /**
   * Runs when the first argument names no subcommand (`sieve learn FILE --out m.json`), so a
   * command that gains subcommands keeps its own form; its help opens the group's help.
   */
  fallback?: Command;
}

export function commandGroup(name: string, summary: string, about: string, subcommands: readonly Command[], options: GroupOptions = {}): Command {
  const { fallback } = options;
  const width = Math.max(...subcommands.map((c) => c.name.length)) + 2;
  const list = [
    'Subcommands:',
    ...subcommands.map((c) => `  sieve ${c.name.padEnd(width)}${c.summary}`),
    '',
    `Run "sieve ${name} <subcommand> --help" for its options.`,
    '',
  ];
  const help = (
    fallback
      ? [fallback.help.trimEnd(), '', about.trimEnd(), '', ...list]
      : [`Usage: sieve ${name} <subcommand> [options]`, '', about.trimEnd(), '', ...list]
  ).join('\n');
  return {
    name,
    summary,
    help,
    async run(args, io) {
      const [sub, ...rest] = args;
      if (sub === '-h' || sub === '--help' || sub === 'help') {
        io.stdout.write(help);
        return EXIT_OK;
      }
      const command = sub === undefined ? undefined : subcommands.find((c) => c.name === `${name} ${sub}`);
      if (command) return runCommand(command, rest, io);
      if (fallback) return runCommand(fallback, args, io);
      // Thrown, so the dispatcher answers it as JSON.
      if (wantsJson(args)) throw new UsageError(sub === undefined ? 'expected a subcommand' : `unknown subcommand "${sub}"`);
      if (sub === undefined) {
        io.stderr.write(help);
        return EXIT_USAGE;
      }
      io.stderr.write(`sieve ${name}: unknown subcommand "${sub}"\n\n${help}`);
      return EXIT_USAGE;
    },
  };
}
