// `sieve policy get SITE`: the site's policy document (or the effective policy) and its versions.

import { effectivePolicy, sitePolicyView } from '../../../../shared/admin/policy-admin.ts';
import { policyAdminPorts } from '../../admin-ports.ts';
import { CommandError } from '../../command.ts';
import { defineCommand, exactly } from '../../define-command.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const help = `Usage: sieve policy get SITE [--version V] [--effective] [--json] [--stage NAME]

Prints the site's policy: the versions stored for it (the one in use marked), then the
document of the version in use: the site's overrides of the default policy.

  --version V     another stored version instead of the one in use
  --effective     the whole policy the worker runs (overrides merged over the default)
  --json          print {siteId, current, shadow, history, versions, version, document[,
                  effective]}

${TARGET_HELP}
Exit status: 0 printed; 1 unknown site or version, or a stored document that is invalid
(with --effective); 2 usage error.
`;

export const policyGet = defineCommand({
  name: 'policy get',
  summary: "print a site's policy and list its versions",
  help,
  options: { ...TARGET_OPTIONS, version: { type: 'string' }, effective: { type: 'boolean' } },
  json: true,
  positionals: exactly(1, 'expected one site ID'),
  async run({ values, positionals: [siteId] }) {
    const { view, shown } = await withTarget(values, async (target) => {
      const ports = policyAdminPorts(await target.table());
      const view = await sitePolicyView(siteId, ports);
      if (values.version !== undefined && !view.versions.some((v) => v.version === values.version)) {
        const known = view.versions.map((v) => v.version).join(', ') || 'none';
        throw new CommandError(`site "${siteId}" has no policy version "${values.version}" (stored: ${known})`);
      }
      return { view, shown: await effectivePolicy(view.site, ports, values.version ?? view.site.policyVersion) };
    });
    if (values.effective && !shown.ok) throw new CommandError(shown.problem);

    const lines = [
      view.current ? `Site "${siteId}" uses policy ${view.current}.` : `Site "${siteId}" uses the default policy (${shown.version}).`,
    ];
    if (view.shadow) lines.push(`Policy ${view.shadow} is in shadow (sieve shadow report --site ${siteId}).`);
    if (view.versions.length) {
      lines.push('Versions:');
      for (const v of view.versions) lines.push(`  ${v.version.padEnd(6)} ${v.createdAt}${v.current ? '  (in use)' : v.shadow ? '  (in shadow)' : ''}`);
    }
    lines.push('');
    if (!shown.ok) lines.push(`warning: ${shown.problem}`);
    if (values.effective && shown.ok) {
      lines.push(`Effective policy ${shown.version} (overrides merged over the default):`, JSON.stringify(shown.policy, null, 2));
    } else {
      lines.push(
        view.current || values.version ? `Document of ${shown.version} (overrides of the default policy):` : 'No overrides (add some with: sieve policy set SITE FILE).',
        JSON.stringify(shown.document ?? null, null, 2),
      );
    }
    return {
      json: {
        siteId,
        current: view.current ?? null,
        shadow: view.shadow ?? null,
        history: view.history,
        versions: view.versions,
        version: shown.version,
        document: shown.document ?? null,
        ...(values.effective && shown.ok ? { effective: shown.policy } : {}),
        ...(shown.ok ? {} : { problem: shown.problem }),
      },
      text: `${lines.join('\n')}\n`,
    };
  },
});
