// `sieve sites enable ID`: a disabled site accepts comments again, with a new key.

import { randomBytes } from 'node:crypto';
import { enableSite } from '../../../../shared/admin/site-enable.ts';
import { siteAdminPorts } from '../../admin-ports.ts';
import { defineCommand, exactly } from '../../define-command.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const help = `Usage: sieve sites enable ID [--json] [--stage NAME]

Marks a disabled site active again and gives it a new API key, printed this once: the keys
that "sites disable" ended stay ended (one of them may be why the site was disabled). Put
the new key in the blog backend's secrets.

  --json   print {siteId, status, apiKey, keyHint}

${TARGET_HELP}
Exit status: 0 enabled; 1 unknown site, a site that is already active, or the target
failed; 2 usage error.
`;

export const sitesEnable = defineCommand({
  name: 'sites enable',
  summary: 'enable a disabled site again, with a new API key (printed once)',
  help,
  options: TARGET_OPTIONS,
  json: true,
  positionals: exactly(1, 'expected one site ID'),
  async run({ values, positionals: [siteId] }) {
    const { site, apiKey, hint } = await withTarget(values, async (target) =>
      enableSite({ siteId, now: new Date(), keyBytes: randomBytes(32) }, siteAdminPorts(await target.table())),
    );
    return {
      json: { siteId: site.siteId, status: site.status, apiKey, keyHint: hint },
      text: `Site "${site.siteId}" is active again. Its new API key is shown this once; store it in the blog backend's secrets:\n\n  ${apiKey}\n\n`,
    };
  },
});
