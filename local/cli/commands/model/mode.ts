// `sieve model mode --site SITE [active|shadow|off]`: the site's learning setting.

import { modelStatus, setLearningMode } from '../../../../shared/admin/model-admin.ts';
import { isLearningMode, LEARNING_MODES } from '../../../../shared/models/versions.ts';
import { modelAdminPorts } from '../../admin-ports.ts';
import { UsageError } from '../../command.ts';
import { defineCommand } from '../../define-command.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';
import { requiredSite, SITE_OPTION } from './site-option.ts';

const help = `Usage: sieve model mode --site SITE [active|shadow|off] [--json] [--stage NAME]

Shows or sets how the site learns from its moderators:

  active   (the default) each model version the trainer publishes decides at once
  shadow   each new version goes to shadow: the worker records what it would have decided
           next to the active version's decision, without acting on it, until you promote
           it (sieve shadow report, then sieve model promote)
  off      nothing is trained and comments are decided by the rules alone; stored versions
           and labels are kept, and "active" or "shadow" takes up where it left off

  --json   print {siteId, mode, previous}

${TARGET_HELP}
Exit status: 0 done; 1 unknown site or the target failed; 2 usage error.
`;

export const modelMode = defineCommand({
  name: 'model mode',
  summary: "show or set a site's learning mode (active, shadow, off)",
  help,
  options: { ...TARGET_OPTIONS, ...SITE_OPTION },
  json: true,
  positionals: { min: 0, max: 1, problem: () => `expected at most one mode (${LEARNING_MODES.join(', ')})` },
  async run({ values, positionals: [mode] }) {
    const siteId = requiredSite(values.site);
    if (mode !== undefined && !isLearningMode(mode)) throw new UsageError(`expected a mode (${LEARNING_MODES.join(', ')}), got "${mode}"`);
    const result = await withTarget(values, async (target) => {
      const ports = modelAdminPorts(await target.table());
      if (mode !== undefined) return setLearningMode(siteId, mode, ports);
      const status = await modelStatus(siteId, ports);
      return { siteId, mode: status.mode, previous: status.mode };
    });
    const changed = mode !== undefined;
    return {
      json: { siteId, mode: result.mode, previous: result.previous },
      text: changed
        ? `Site "${siteId}" learning: ${result.mode}${result.previous !== result.mode ? ` (was ${result.previous})` : ' (unchanged)'}.\n`
        : `Site "${siteId}" learning: ${result.mode}.\n`,
    };
  },
});
