// A command made of subcommands (`sieve sites create`, `sieve sites list`): routes to the
// subcommand and lists them in its help. Each subcommand is an ordinary Command whose
// name includes the group's, so its errors and help read `sieve sites create: …`.

import { EXIT_OK, EXIT_USAGE, type Command } from './command.ts';
import { runCommand } from './dispatch.ts';

export function commandGroup(name: string, summary: string, about: string, subcommands: readonly Command[]): Command {
  const width = Math.max(...subcommands.map((c) => c.name.length)) + 2;
  const help = [
    `Usage: sieve ${name} <subcommand> [options]`,
    '',
    about.trimEnd(),
    '',
    'Subcommands:',
    ...subcommands.map((c) => `  sieve ${c.name.padEnd(width)}${c.summary}`),
    '',
    `Run "sieve ${name} <subcommand> --help" for its options.`,
    '',
  ].join('\n');
  return {
    name,
    summary,
    help,
    async run(args, io) {
      const [sub, ...rest] = args;
      if (sub === undefined) {
        io.stderr.write(help);
        return EXIT_USAGE;
      }
      if (sub === '-h' || sub === '--help' || sub === 'help') {
        io.stdout.write(help);
        return EXIT_OK;
      }
      const command = subcommands.find((c) => c.name === `${name} ${sub}`);
      if (!command) {
        io.stderr.write(`sieve ${name}: unknown subcommand "${sub}"\n\n${help}`);
        return EXIT_USAGE;
      }
      return runCommand(command, rest, io);
    },
  };
}
