// `sieve policy promote | rollback | reset --site SITE`: which stored policy version decides.

import { promotePolicy, resetPolicy, rollbackPolicy, type PolicyMove } from '../../../../shared/admin/policy-admin.ts';
import { DEFAULT_POLICY } from '../../../../shared/engine/index.ts';
import { policyAdminPorts } from '../../admin-ports.ts';
import { defineCommand } from '../../define-command.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';
import { afterSite, POLICY_SITE_OPTION, siteAndRest } from './site-arg.ts';

const named = (version: string | undefined) => (version ? `policy ${version}` : `the default policy (${DEFAULT_POLICY.version})`);

const output = (move: PolicyMove) => ({
  json: { siteId: move.siteId, from: move.from ?? null, to: move.to ?? null, shadow: move.pointers.shadow ?? null },
  text:
    `Site "${move.siteId}" now uses ${named(move.to)} (was ${named(move.from)}${move.from ? '; it stays stored' : ''}). The worker picks it up within a minute.\n` +
    (move.pointers.shadow ? `Policy ${move.pointers.shadow} stays in shadow.\n` : ''),
});

const USAGE_TAIL = `  --json   print {siteId, from, to, shadow} (null: the default policy, or nothing in shadow)

${TARGET_HELP}`;

export const policyPromote = defineCommand({
  name: 'policy promote',
  summary: 'make the shadow policy version the one in use',
  help: `Usage: sieve policy promote --site SITE [--json] [--stage NAME]

Makes the site's policy version in shadow (sieve policy set SITE FILE --shadow) the one in
use: the worker decides with it within a minute, and the version it replaces can be rolled
back to. Look first: sieve shadow report --site SITE.

${USAGE_TAIL}
Exit status: 0 promoted; 1 unknown site, nothing in shadow, or the target failed; 2 usage error.
`,
  options: { ...TARGET_OPTIONS, ...POLICY_SITE_OPTION },
  json: true,
  positionals: afterSite(0, ''),
  async run({ values, positionals }) {
    const { siteId } = siteAndRest(values.site, positionals, 0);
    return output(await withTarget(values, async (target) => promotePolicy(siteId, policyAdminPorts(await target.table()))));
  },
});

export const policyRollback = defineCommand({
  name: 'policy rollback',
  summary: 'go back to the previous (or a named) policy version',
  help: `Usage: sieve policy rollback --site SITE [--to VERSION] [--json] [--stage NAME]

Makes an earlier policy version the one in use again: by default the one in use before the
current one (repeat to go further back; after a reset, the version the reset left), or the
stored VERSION named by --to (v1, v2, ...; see sieve policy get SITE). The worker decides
with it within a minute. Back to the embedded default: sieve policy reset --site SITE.

  --to VERSION   the version to go back to
${USAGE_TAIL}
Exit status: 0 rolled back; 1 unknown site, nothing earlier, a version not stored, or the
target failed; 2 usage error.
`,
  options: { ...TARGET_OPTIONS, ...POLICY_SITE_OPTION, to: { type: 'string' } },
  json: true,
  positionals: afterSite(0, ''),
  async run({ values, positionals }) {
    const { siteId } = siteAndRest(values.site, positionals, 0);
    return output(await withTarget(values, async (target) => rollbackPolicy(siteId, values.to, policyAdminPorts(await target.table()))));
  },
});

export const policyReset = defineCommand({
  name: 'policy reset',
  summary: 'go back to the embedded default policy',
  help: `Usage: sieve policy reset --site SITE [--json] [--stage NAME]

Points the site back at the default policy that ships with Sieve (${DEFAULT_POLICY.version}); its
stored versions stay, and sieve policy rollback --site SITE returns to the one left. A
version in shadow stays in shadow.

${USAGE_TAIL}
Exit status: 0 reset; 1 unknown site, already on the default, or the target failed; 2 usage error.
`,
  options: { ...TARGET_OPTIONS, ...POLICY_SITE_OPTION },
  json: true,
  positionals: afterSite(0, ''),
  async run({ values, positionals }) {
    const { siteId } = siteAndRest(values.site, positionals, 0);
    return output(await withTarget(values, async (target) => resetPolicy(siteId, policyAdminPorts(await target.table()))));
  },
});
