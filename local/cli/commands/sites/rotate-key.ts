// `sieve sites rotate-key ID [--grace 24h]`: a new key now, the old ones ending after a grace period.

import { randomBytes } from 'node:crypto';
import { DurationError, formatDuration, parseDuration } from '../../../../shared/admin/duration.ts';
import { rotateSiteKey } from '../../../../shared/admin/site-admin.ts';
import { parseCommandArgs } from '../../args.ts';
import { EXIT_OK, UsageError, type Command } from '../../command.ts';
import { siteAdminPorts } from '../../admin-ports.ts';
import { jsonOutput } from '../../table-output.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const help = `Usage: sieve sites rotate-key ID [--grace DURATION] [--json] [--stage NAME]

Creates a new API key for the site (printed this once) and gives the site's current keys
an end: they keep working for the grace period, so the blog backend can switch over.

  --grace DURATION   how long the old keys keep working: 24h (default), 90m, 7d, 1h30m,
                     or 0 to end them now
  --json             print {siteId, apiKey, keyHint, ending: [{hint, expiresAt}]}

A deployed API caches a key's answer for up to a minute, so an ended key may be
accepted that much longer.

${TARGET_HELP}
Exit status: 0 rotated; 1 unknown or disabled site, or the target failed; 2 usage error.
`;

export const sitesRotateKey: Command = {
  name: 'sites rotate-key',
  summary: 'issue a new API key; old keys end after a grace period',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...TARGET_OPTIONS,
      grace: { type: 'string', default: '24h' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.stdout.write(help);
      return EXIT_OK;
    }
    if (positionals.length !== 1) throw new UsageError('expected one site ID');
    let graceMs: number;
    try {
      graceMs = parseDuration(values.grace);
    } catch (error) {
      if (error instanceof DurationError) throw new UsageError(`--grace: ${error.message}`);
      throw error;
    }

    const rotation = await withTarget(values, async (target) =>
      rotateSiteKey({ siteId: positionals[0], now: new Date(), graceMs, keyBytes: randomBytes(32) }, siteAdminPorts(await target.table())),
    );

    if (values.json) {
      io.stdout.write(jsonOutput({ siteId: rotation.site.siteId, apiKey: rotation.apiKey, keyHint: rotation.hint, ending: rotation.ending }));
      return EXIT_OK;
    }
    const lines = [`New API key for site "${rotation.site.siteId}", shown this once:`, '', `  ${rotation.apiKey}`, ''];
    if (!rotation.ending.length) lines.push('The site had no other working key.');
    for (const key of rotation.ending) {
      lines.push(
        graceMs === 0
          ? `Key ${key.hint} stopped working now.`
          : `Key ${key.hint} keeps working until ${key.expiresAt} (${formatDuration(graceMs)}).`,
      );
    }
    io.stdout.write(`${lines.join('\n')}\n`);
    return EXIT_OK;
  },
};
