// `sieve policy set SITE FILE`: store the file as the site's next policy version and use it.

import { setSitePolicy } from '../../../../shared/admin/policy-admin.ts';
import { policyAdminPorts } from '../../admin-ports.ts';
import { defineCommand, exactly } from '../../define-command.ts';
import { loadPolicyFile } from '../../policy-file.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const help = `Usage: sieve policy set SITE FILE [--json] [--stage NAME]

Validates FILE (JSON, or YAML when it ends in .yaml/.yml: the site's overrides of the
default policy), stores it as the site's next version (v1, v2, …) and points the site at
it. Earlier versions are kept. The document's own "version" field is set to the stored
version, so every decision records which one it was made under. The worker picks up the
change within a minute.

Try it first: sieve policy diff SITE FILE, then sieve policy backtest SITE FILE.

  --json   print {siteId, version, previous}

${TARGET_HELP}
Exit status: 0 stored and in use; 1 unknown site or the target failed; 2 usage error or
an invalid policy (each bad field named by its path, nothing stored).
`;

export const policySet = defineCommand({
  name: 'policy set',
  summary: "validate a policy file and make it the site's next version",
  help,
  options: TARGET_OPTIONS,
  json: true,
  positionals: exactly(2, 'expected a site ID and a policy file'),
  async run({ values, positionals: [siteId, file] }) {
    const { overrides } = await loadPolicyFile(file);

    const result = await withTarget(values, async (target) =>
      setSitePolicy({ siteId, document: overrides, now: new Date() }, policyAdminPorts(await target.table())),
    );

    return {
      json: { siteId, version: result.version, previous: result.previous ?? null },
      text:
        `Site "${siteId}" now uses policy ${result.version}` +
        `${result.previous ? ` (was ${result.previous}; it stays stored)` : ' (was the default policy)'}.\n`,
    };
  },
});
