// `sieve model rollback --site SITE [--to mN]`: back to an earlier model version.

import { rollbackModel } from '../../../../shared/admin/model-admin.ts';
import { modelAdminPorts } from '../../admin-ports.ts';
import { defineCommand } from '../../define-command.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';
import { requiredSite, SITE_OPTION } from './site-option.ts';

const help = `Usage: sieve model rollback --site SITE [--to VERSION] [--json] [--stage NAME]

Makes an earlier model version the active one again: by default the one that was active
before the current one (repeat to go further back), or the stored VERSION named by --to
(m1, m2, ...; see sieve model status). The worker decides with it within a minute. The
trainer does not undo a rollback: it trains again only when new labels arrive. To stop
using a learned model altogether: sieve model mode --site SITE off.

  --to VERSION   the version to go back to
  --json         print {siteId, from, to}

${TARGET_HELP}
Exit status: 0 rolled back; 1 unknown site, nothing earlier, a version not stored, or the
target failed; 2 usage error.
`;

export const modelRollback = defineCommand({
  name: 'model rollback',
  summary: 'go back to the previous (or a named) model version',
  help,
  options: { ...TARGET_OPTIONS, ...SITE_OPTION, to: { type: 'string' } },
  json: true,
  async run({ values }) {
    const siteId = requiredSite(values.site);
    const move = await withTarget(values, async (target) => rollbackModel(siteId, values.to, modelAdminPorts(await target.table())));
    return {
      json: { siteId, from: move.from ?? null, to: move.to },
      text: `Site "${siteId}" now decides with model ${move.to}${move.from ? ` (was ${move.from}; it stays stored)` : ''}. The worker picks it up within a minute.\n`,
    };
  },
});
