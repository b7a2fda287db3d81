// `sieve policy diff SITE FILE`: what would change, field by field, if FILE became the site's policy.

import { effectivePolicy } from '../../../../shared/admin/policy-admin.ts';
import { noSuchSite } from '../../../../shared/admin/errors.ts';
import { diffPolicies, type PolicyChange } from '../../../../shared/admin/policy-diff.ts';
import { DEFAULT_POLICY } from '../../../../shared/engine/index.ts';
import { policyAdminPorts } from '../../admin-ports.ts';
import { defineCommand, exactly } from '../../define-command.ts';
import { loadPolicyFile } from '../../policy-file.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const help = `Usage: sieve policy diff SITE FILE [--json] [--stage NAME]

Compares the site's effective policy (the version in use, or the default) with the one
FILE would give, and prints each changed field as "path: old -> new"; for lists (words,
domains) the entries added (+) and removed (-). The version field is left out.

  --json   print {siteId, from, changes: [{path, from, to, added?, removed?}]}

${TARGET_HELP}
Exit status: 0 compared (changes or not); 1 unknown site or the target failed; 2 usage
error or an invalid policy file.
`;

const show = (value: unknown) => JSON.stringify(value);

export const formatChange = (change: PolicyChange): string[] => {
  if (change.added || change.removed) {
    return [
      `${change.path}:`,
      ...(change.removed ?? []).map((entry) => `  - ${show(entry)}`),
      ...(change.added ?? []).map((entry) => `  + ${show(entry)}`),
    ];
  }
  return [`${change.path}: ${show(change.from)} -> ${show(change.to)}`];
};

export const policyDiff = defineCommand({
  name: 'policy diff',
  summary: "show what a policy file changes against a site's current policy",
  help,
  options: TARGET_OPTIONS,
  json: true,
  positionals: exactly(2, 'expected a site ID and a policy file'),
  async run({ values, positionals: [siteId, file], io }) {
    const proposed = await loadPolicyFile(file);

    const current = await withTarget(values, async (target) => {
      const ports = policyAdminPorts(await target.table());
      const site = await ports.getSite(siteId);
      if (!site) throw noSuchSite(siteId);
      return effectivePolicy(site, ports);
    });
    // A broken stored policy is what the operator may be here to fix: compare with the default.
    if (!current.ok) io.stderr.write(`sieve policy diff: warning: ${current.problem}; comparing with the default policy\n`);
    const from = current.ok ? current.policy : DEFAULT_POLICY;
    const changes = diffPolicies(from, proposed.policy);
    const fromVersion = current.ok ? current.version : DEFAULT_POLICY.version;

    return {
      json: { siteId, from: fromVersion, changes },
      text: changes.length
        ? `Changes from site "${siteId}"'s ${fromVersion} to ${file}:\n${changes.flatMap(formatChange).map((l) => `  ${l}`).join('\n')}\n`
        : `No changes: ${file} gives the same policy as site "${siteId}" uses now (${from.version}).\n`,
    };
  },
});
