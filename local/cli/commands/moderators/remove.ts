// `sieve moderators remove USERNAME`: the account stops working at its next sign-in.

import { parseCommandArgs } from '../../args.ts';
import { CommandError, EXIT_OK, UsageError, type Command } from '../../command.ts';
import { jsonOutput } from '../../table-output.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const help = `Usage: sieve moderators remove USERNAME [--json] [--stage NAME]

Deletes the moderator's account: they cannot sign in again. A token they already hold
stays valid until it expires (at most an hour). Their past decisions keep their name.

  --json   print {username, removed: true}

${TARGET_HELP}
Exit status: 0 removed; 1 no such moderator or the target failed; 2 usage error.
`;

export const moderatorsRemove: Command = {
  name: 'moderators remove',
  summary: "delete a moderator's account",
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...TARGET_OPTIONS, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
      io.stdout.write(help);
      return EXIT_OK;
    }
    if (positionals.length !== 1) throw new UsageError('expected one USERNAME');
    const [username] = positionals;

    const removed = await withTarget(values, async (target) => (await target.moderators()).remove(username));
    if (!removed) throw new CommandError(`no moderator "${username}"`);

    io.stdout.write(values.json ? jsonOutput({ username, removed: true }) : `Removed moderator "${username}".\n`);
    return EXIT_OK;
  },
};
