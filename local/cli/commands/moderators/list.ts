// `sieve moderators list`: who may moderate which sites.

import { parseCommandArgs } from '../../args.ts';
import { EXIT_OK, UsageError, type Command } from '../../command.ts';
import { formatTable, jsonOutput } from '../../table-output.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const help = `Usage: sieve moderators list [--json] [--stage NAME]

Lists the moderators: username, the sites they moderate (or "all" for admins), when they
were created and, on a stage, their Cognito status.

  --json   print [{username, sites, admin, createdAt, status?}]

${TARGET_HELP}`;

export const moderatorsList: Command = {
  name: 'moderators list',
  summary: 'list moderators and the sites they moderate',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...TARGET_OPTIONS, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
      io.stdout.write(help);
      return EXIT_OK;
    }
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);

    const accounts = await withTarget(values, async (target) => (await target.moderators()).list());
    accounts.sort((a, b) => a.username.localeCompare(b.username));

    if (values.json) {
      io.stdout.write(jsonOutput(accounts));
      return EXIT_OK;
    }
    if (!accounts.length) {
      io.stdout.write('No moderators yet. Add one with: sieve moderators add USERNAME --site ID\n');
      return EXIT_OK;
    }
    const withStatus = accounts.some((a) => a.status);
    io.stdout.write(
      formatTable(
        ['USERNAME', 'SITES', 'CREATED', ...(withStatus ? ['STATUS'] : [])],
        accounts.map((a) => [
          a.username,
          [...(a.admin ? ['all (admin)'] : []), ...a.sites].join(', ') || '-',
          a.createdAt ?? '-',
          ...(withStatus ? [a.status ?? '-'] : []),
        ]),
      ),
    );
    return EXIT_OK;
  },
};
