// `sieve sites rotate-key ID [--grace 24h]`: a new key now, the old ones ending after a grace period.

import { randomBytes } from 'node:crypto';
import { DurationError, formatDuration, parseDuration } from '../../../../shared/admin/duration.ts';
import { MAX_GRACE_MS, rotateSiteKey } from '../../../../shared/admin/site-admin.ts';
import { siteAdminPorts } from '../../admin-ports.ts';
import { UsageError } from '../../command.ts';
import { defineCommand, exactly } from '../../define-command.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const help = `Usage: sieve sites rotate-key ID [--grace DURATION] [--json] [--stage NAME]

Creates a new API key for the site (printed this once) and gives the site's current keys
an end: they keep working for the grace period, so the blog backend can switch over.

  --grace DURATION   how long the old keys keep working: 24h (default), 90m, 7d, 1h30m,
                     or 0 to end them now; at most 365d (checked before anything is stored)
  --json             print {siteId, apiKey, keyHint, ending: [{hint, expiresAt}]}

A deployed API caches a key's answer for up to a minute, so an ended key may be
accepted that much longer.

${TARGET_HELP}
Exit status: 0 rotated; 1 unknown or disabled site, or the target failed; 2 usage error.
`;

export const sitesRotateKey = defineCommand({
  name: 'sites rotate-key',
  summary: 'issue a new API key; old keys end after a grace period',
  help,
  options: { ...TARGET_OPTIONS, grace: { type: 'string', default: '24h' } },
  json: true,
  positionals: exactly(1, 'expected one site ID'),
  async run({ values, positionals: [siteId] }) {
    let graceMs: number;
    try {
      graceMs = parseDuration(values.grace);
    } catch (error) {
      if (error instanceof DurationError) throw new UsageError(`--grace: ${error.message}`);
      throw error;
    }
    if (graceMs > MAX_GRACE_MS) throw new UsageError(`--grace: at most ${formatDuration(MAX_GRACE_MS)}; nothing was changed`);

    const rotation = await withTarget(values, async (target) =>
      rotateSiteKey({ siteId, now: new Date(), graceMs, keyBytes: randomBytes(32) }, siteAdminPorts(await target.table())),
    );

    const lines = [`New API key for site "${rotation.site.siteId}", shown this once:`, '', `  ${rotation.apiKey}`, ''];
    if (!rotation.ending.length) lines.push('The site had no other working key.');
    for (const key of rotation.ending) {
      lines.push(
        graceMs === 0
          ? `Key ${key.hint} stopped working now.`
          : `Key ${key.hint} keeps working until ${key.expiresAt} (${formatDuration(graceMs)}).`,
      );
    }
    return {
      json: { siteId: rotation.site.siteId, apiKey: rotation.apiKey, keyHint: rotation.hint, ending: rotation.ending },
      text: `${lines.join('\n')}\n`,
    };
  },
});
