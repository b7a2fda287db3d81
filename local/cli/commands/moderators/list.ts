// `sieve moderators list`: who may moderate which sites.

import { defineCommand } from '../../define-command.ts';
import { formatTable } from '../../table-output.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const help = `Usage: sieve moderators list [--json] [--stage NAME]

Lists the moderators: username, the sites they moderate (or "all" for admins), when they
were created and, on a stage, their Cognito status.

  --json   print [{username, sites, admin, createdAt, status?}]

${TARGET_HELP}`;

export const moderatorsList = defineCommand({
  name: 'moderators list',
  summary: 'list moderators and the sites they moderate',
  help,
  options: TARGET_OPTIONS,
  json: true,
  async run({ values }) {
    const accounts = await withTarget(values, async (target) => (await target.moderators()).list());
    accounts.sort((a, b) => a.username.localeCompare(b.username));

    const withStatus = accounts.some((a) => a.status);
    const rows = accounts.map((a) => [
      a.username,
      [...(a.admin ? ['all (admin)'] : []), ...a.sites].join(', ') || '-',
      a.createdAt ?? '-',
      ...(withStatus ? [a.status ?? '-'] : []),
    ]);
    return {
      json: accounts,
      text: accounts.length
        ? formatTable(['USERNAME', 'SITES', 'CREATED', ...(withStatus ? ['STATUS'] : [])], rows)
        : 'No moderators yet. Add one with: sieve moderators add USERNAME --site ID\n',
    };
  },
});
