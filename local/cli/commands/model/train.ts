// `sieve model train --site SITE [--shadow]`: what the scheduled trainer does for one site,
// now, whether or not new labels arrived since its last run.

import { noSuchSite } from '../../../../shared/admin/errors.ts';
import { trainSite } from '../../../../shared/models/trainer.ts';
import { tableTrainerPorts } from '../../../../shared/models/trainer-ports.ts';
import { SiteStore } from '../../../../shared/store/sites.ts';
import { CommandError } from '../../command.ts';
import { defineCommand } from '../../define-command.ts';
import { formatCount } from '../../progress.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';
import { parseMinLabels } from '../../training.ts';
import { requiredSite, SITE_OPTION } from './site-option.ts';

const help = `Usage: sieve model train --site SITE [--shadow] [--min-labels N] [--json] [--stage NAME]

Runs the trainer for one site now, as its schedule would (every 15 minutes by default) but
even when no label is newer than its last run: reads the site's labels (moderators',
imported, and the engine's confident approvals up to their share), trains under the site's
current policy and publishes the result as the next version (m1, m2, ...). The new version
decides at once, or goes to shadow when the site's mode is shadow or --shadow is given. A
run in which no head has enough labels (or beats the rules) publishes nothing.

  --shadow         put the new version in shadow, whatever the site's mode
  --min-labels N   labels of each class a head needs (default that of the trainer)
  --json           print {siteId, result, version, as, labels, trainedOn, heads, seconds}

Progress goes to stderr.

${TARGET_HELP}
Exit status: 0 trained (published or not); 1 unknown site, learning off, or the target
failed; 2 usage error.
`;

export const modelTrain = defineCommand({
  name: 'model train',
  summary: 'train a site\'s model now and publish it (active, or in shadow)',
  help,
  options: { ...TARGET_OPTIONS, ...SITE_OPTION, shadow: { type: 'boolean' }, 'min-labels': { type: 'string' } },
  json: true,
  async run({ values, io }) {
    const siteId = requiredSite(values.site);
    const minLabels = parseMinLabels(values['min-labels']);
    const result = await withTarget(values, async (target) => {
      const table = await target.table();
      const site = await new SiteStore(table.doc, table.tableName).getSite(siteId);
      if (!site) throw noSuchSite(siteId);
      const started = performance.now();
      return trainSite(site, tableTrainerPorts(table.doc, table.tableName), {
        now: new Date(),
        force: true,
        ...(values.shadow ? { as: 'shadow' as const } : {}),
        ...(minLabels === undefined ? {} : { training: { minLabels } }),
        onProgress: (_site, step) => io.stderr.write(`sieve model train: ${step} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`),
      });
    });
    switch (result.result) {
      case 'published': {
        const { model } = result;
        const heads = (['spam', 'abuse'] as const).map((h) => `${h} ${model.heads[h] === undefined ? 'silent' : `active (${formatCount(model.heads[h]!)} weights)`}`);
        return {
          json: { siteId, result: 'published', version: result.version, as: result.as, labels: model.labels, trainedOn: model.trainedOn, heads: model.heads, storedBytes: model.storedBytes, seconds: result.seconds },
          text:
            `Site "${siteId}": model ${result.version} trained on ${formatCount(model.labels.ok)} ok, ${formatCount(model.labels.spam)} spam and ${formatCount(model.labels.abuse)} abuse labels in ${result.seconds.toFixed(1)} s; ${heads.join(', ')}.\n` +
            (result.as === 'active'
              ? `It decides the site's comments from now on (within a minute); sieve model rollback --site ${siteId} goes back.\n`
              : `It is in shadow: the worker records what it would decide. See sieve shadow report --site ${siteId}, then sieve model promote --site ${siteId}.\n`) +
            (result.pruned.length ? `Deleted old versions ${result.pruned.join(', ')} (no pointer names them).\n` : ''),
        };
      }
      case 'silent':
        return {
          json: { siteId, result: 'silent', labels: result.labels, trainedOn: result.trainedOn, minLabels: result.minLabels, seconds: result.seconds },
          text: `Site "${siteId}": trained on ${formatCount(result.labels.ok)} ok, ${formatCount(result.labels.spam)} spam and ${formatCount(result.labels.abuse)} abuse labels, but no head speaks yet (each needs ${formatCount(result.minLabels)} labels of ok and of its class, and must beat the rules on them); nothing published.\n`,
        };
      case 'skipped':
        throw new CommandError(`site "${siteId}" has learning off; turn it on with: sieve model mode --site ${siteId} active`);
      case 'failed':
        throw result.error;
    }
  },
});
