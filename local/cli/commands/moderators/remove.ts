// `sieve moderators remove USERNAME`: the account stops working at its next sign-in.

import { CommandError } from '../../command.ts';
import { defineCommand, exactly } from '../../define-command.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const help = `Usage: sieve moderators remove USERNAME [--json] [--stage NAME]

Deletes the moderator's account: they cannot sign in again. A token they already hold
stays valid until it expires (at most an hour). Their past decisions keep their name.

  --json   print {username, removed: true}

${TARGET_HELP}
Exit status: 0 removed; 1 no such moderator or the target failed; 2 usage error.
`;

export const moderatorsRemove = defineCommand({
  name: 'moderators remove',
  summary: "delete a moderator's account",
  help,
  options: TARGET_OPTIONS,
  json: true,
  positionals: exactly(1, 'expected one USERNAME'),
  async run({ values, positionals: [username] }) {
    const removed = await withTarget(values, async (target) => (await target.moderators()).remove(username));
    if (!removed) throw new CommandError(`no moderator "${username}"`);

    return { json: { username, removed: true }, text: `Removed moderator "${username}".\n` };
  },
});
