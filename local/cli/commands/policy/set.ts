// `sieve policy set SITE FILE [--shadow]`: store the file as the site's next policy version and
// use it, or put it in shadow. A file that gives the policy already there stores nothing.

import { setSitePolicy } from '../../../../shared/admin/policy-admin.ts';
import { policyAdminPorts } from '../../admin-ports.ts';
import { defineCommand } from '../../define-command.ts';
import { loadPolicyFile } from '../../policy-file.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';
import { afterSite, POLICY_SITE_OPTION, siteAndRest } from './site-arg.ts';

const help = `Usage: sieve policy set SITE FILE [--shadow] [--json] [--stage NAME]
       sieve policy set FILE --site SITE [--shadow] ...

Validates FILE (JSON, or YAML when it ends in .yaml/.yml: the site's overrides of the
default policy), stores it as the site's next version (v1, v2, …) and points the site at
it. Earlier versions are kept. The document's own "version" field is set to the stored
version, so every decision records which one it was made under. The worker picks up the
change within a minute. A FILE that gives the same policy as the version it would replace
stores nothing ("unchanged, still vN").

  --shadow   put the new version in shadow instead: the worker keeps deciding with the
             policy in use, and also records what this one would decide (sieve shadow
             report --site SITE), until sieve policy promote --site SITE
  --json     print {siteId, version, as, unchanged, previous}

Try it first: sieve policy diff SITE FILE, then sieve policy backtest SITE FILE.
Go back with: sieve policy rollback --site SITE, or sieve policy reset --site SITE.

${TARGET_HELP}
Exit status: 0 stored (or unchanged); 1 unknown site, the policy in use given with
--shadow, or the target failed; 2 usage error or an invalid policy (each bad field named by
its path, nothing stored).
`;

export const policySet = defineCommand({
  name: 'policy set',
  summary: "validate a policy file and make it the site's next version (or its shadow)",
  help,
  options: { ...TARGET_OPTIONS, ...POLICY_SITE_OPTION, shadow: { type: 'boolean' } },
  json: true,
  positionals: afterSite(1, 'FILE'),
  async run({ values, positionals }) {
    const { siteId, rest: [file] } = siteAndRest(values.site, positionals, 1);
    const { overrides } = await loadPolicyFile(file!);
    const as = values.shadow ? 'shadow' : 'active';

    const result = await withTarget(values, async (target) =>
      setSitePolicy({ siteId, document: overrides, now: new Date(), as }, policyAdminPorts(await target.table())),
    );

    const text = result.unchanged
      ? `Site "${siteId}": ${file} is unchanged, still ${result.version}${as === 'shadow' ? ' in shadow' : ''}; nothing was stored.\n`
      : as === 'shadow'
        ? `Site "${siteId}" has policy ${result.version} in shadow${result.previous ? ` (instead of ${result.previous})` : ''}: the worker records what it would decide, ` +
          `within a minute. See sieve shadow report --site ${siteId}, then sieve policy promote --site ${siteId}.\n`
        : `Site "${siteId}" now uses policy ${result.version}` +
          `${result.previous ? ` (was ${result.previous}; it stays stored)` : ' (was the default policy)'}.\n`;
    return {
      json: { siteId, version: result.version, as, unchanged: result.unchanged, previous: result.previous ?? null },
      text,
    };
  },
});
