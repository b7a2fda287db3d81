// `sieve sites disable ID`: the site stops accepting comments; all its keys end now.

import { disableSite } from '../../../../shared/admin/site-admin.ts';
import { siteAdminPorts } from '../../admin-ports.ts';
import { defineCommand, exactly } from '../../define-command.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const help = `Usage: sieve sites disable ID [--json] [--stage NAME]

Marks the site disabled and ends all of its API keys now, so its backend can no longer
post or read comments. Stored comments and moderators' access are kept. "sieve sites
enable ID" undoes it, with a new key.

  --json   print {siteId, status, ended: [{hint, expiresAt}]}

A deployed API caches a key's answer for up to a minute, so a key may be accepted that
much longer.

${TARGET_HELP}
Exit status: 0 disabled; 1 unknown site or the target failed; 2 usage error.
`;

export const sitesDisable = defineCommand({
  name: 'sites disable',
  summary: 'disable a site and end all of its keys now',
  help,
  options: TARGET_OPTIONS,
  json: true,
  positionals: exactly(1, 'expected one site ID'),
  async run({ values, positionals: [siteId] }) {
    const { site, ended } = await withTarget(values, async (target) =>
      disableSite({ siteId, now: new Date() }, siteAdminPorts(await target.table())),
    );

    return {
      json: { siteId: site.siteId, status: site.status, ended },
      text: `Site "${site.siteId}" is disabled; ${ended.length} key${ended.length === 1 ? '' : 's'} stopped working.\n`,
    };
  },
});
