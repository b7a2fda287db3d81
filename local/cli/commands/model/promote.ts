// `sieve model promote --site SITE`: the version in shadow starts deciding.

import { promoteModel } from '../../../../shared/admin/model-admin.ts';
import { modelAdminPorts } from '../../admin-ports.ts';
import { defineCommand } from '../../define-command.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';
import { requiredSite, SITE_OPTION } from './site-option.ts';

const help = `Usage: sieve model promote --site SITE [--json] [--stage NAME]

Makes the site's shadow model version the active one: the worker decides with it within a
minute. The version it replaces stays stored; "sieve model rollback --site SITE" goes back
to it. Look first: sieve shadow report --site SITE.

  --json   print {siteId, from, to}

${TARGET_HELP}
Exit status: 0 promoted; 1 unknown site, no version in shadow, or the target failed; 2 usage error.
`;

export const modelPromote = defineCommand({
  name: 'model promote',
  summary: 'make the shadow model version the active one',
  help,
  options: { ...TARGET_OPTIONS, ...SITE_OPTION },
  json: true,
  async run({ values }) {
    const siteId = requiredSite(values.site);
    const move = await withTarget(values, async (target) => promoteModel(siteId, modelAdminPorts(await target.table())));
    return {
      json: { siteId, from: move.from ?? null, to: move.to },
      text: `Site "${siteId}" now decides with model ${move.to}${move.from ? ` (was ${move.from}; roll back with sieve model rollback --site ${siteId})` : ''}. The worker picks it up within a minute.\n`,
    };
  },
});
