// `sieve sites disable ID`: the site stops accepting comments; all its keys end now.

import { disableSite } from '../../../../shared/admin/site-admin.ts';
import { parseCommandArgs } from '../../args.ts';
import { EXIT_OK, UsageError, type Command } from '../../command.ts';
import { siteAdminPorts } from '../../admin-ports.ts';
import { jsonOutput } from '../../table-output.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const help = `Usage: sieve sites disable ID [--json] [--stage NAME]

Marks the site disabled and ends all of its API keys now, so its backend can no longer
post or read comments. Stored comments and moderators' access are kept.

  --json   print {siteId, status, ended: [{hint, expiresAt}]}

A deployed API caches a key's answer for up to a minute, so a key may be accepted that
much longer.

${TARGET_HELP}
Exit status: 0 disabled; 1 unknown site or the target failed; 2 usage error.
`;

export const sitesDisable: Command = {
  name: 'sites disable',
  summary: 'disable a site and end all of its keys now',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...TARGET_OPTIONS, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
      io.stdout.write(help);
      return EXIT_OK;
    }
    if (positionals.length !== 1) throw new UsageError('expected one site ID');

    const { site, ended } = await withTarget(values, async (target) =>
      disableSite({ siteId: positionals[0], now: new Date() }, siteAdminPorts(await target.table())),
    );

    if (values.json) {
      io.stdout.write(jsonOutput({ siteId: site.siteId, status: site.status, ended }));
    } else {
      io.stdout.write(`Site "${site.siteId}" is disabled; ${ended.length} key${ended.length === 1 ? '' : 's'} stopped working.\n`);
    }
    return EXIT_OK;
  },
};
