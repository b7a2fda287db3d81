// `sieve model status --site SITE`: which model version decides, which is in shadow, what each
// stored version was trained on, and whether new labels wait for the trainer.

import { modelStatus, type ModelStatus } from '../../../../shared/admin/model-admin.ts';
import type { StoredModel } from '../../../../shared/store/models.ts';
import { LabelStore } from '../../../../shared/store/labels.ts';
import { modelAdminPorts } from '../../admin-ports.ts';
import { defineCommand } from '../../define-command.ts';
import { formatCount } from '../../progress.ts';
import { formatTable } from '../../table-output.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';
import { requiredSite, SITE_OPTION } from './site-option.ts';

const help = `Usage: sieve model status --site SITE [--json] [--stage NAME]

Shows the site's learning mode (active, shadow or off: sieve model mode), the model version
its comments are decided with and the one in shadow, and every stored version: when it was
trained, on how many labels of each class and source, which heads speak (a silent head has
too few labels or would not beat the rules) and its stored size. Says whether labels newer
than the last training run wait for the trainer.

  --json   print {siteId, mode, active, shadow, history, trainedAt, latestLabelAt,
           trainingDue, versions: [{version, role, createdAt, labels, trainedOn, heads,
           bytes, storedBytes, parts, policyVersion}]}

${TARGET_HELP}
Exit status: 0 done; 1 unknown site or the target failed; 2 usage error.
`;

const roleOf = (status: ModelStatus, version: string): string =>
  version === status.pointers.active
    ? 'active'
    : version === status.pointers.shadow
      ? 'shadow'
      : version === status.pointers.history.at(-1)
        ? 'previous'
        : status.pointers.history.includes(version)
          ? 'earlier'
          : '';

const kb = (bytes: number) => `${formatCount(Math.ceil(bytes / 1024))} KB`;

const headsText = (m: StoredModel) =>
  (['spam', 'abuse'] as const).map((h) => (m.heads[h] === undefined ? `${h} silent` : `${h} ${formatCount(m.heads[h]!)}`)).join(', ');

const labelsText = (m: StoredModel) =>
  `${formatCount(m.labels.ok + m.labels.spam + m.labels.abuse)} (${formatCount(m.labels.ok)} ok, ${formatCount(m.labels.spam)} spam, ${formatCount(m.labels.abuse)} abuse)`;

const sourcesText = (m: StoredModel) =>
  Object.entries(m.trainedOn)
    .map(([source, n]) => `${formatCount(n ?? 0)} ${source}`)
    .join(', ');

export const modelStatusCommand = defineCommand({
  name: 'model status',
  summary: "a site's active and shadow model versions and what they were trained on",
  help,
  options: { ...TARGET_OPTIONS, ...SITE_OPTION },
  json: true,
  async run({ values }) {
    const siteId = requiredSite(values.site);
    const { status, latestLabelAt } = await withTarget(values, async (target) => {
      const table = await target.table();
      const status = await modelStatus(siteId, modelAdminPorts(table));
      return { status, latestLabelAt: await new LabelStore(table.doc, table.tableName).latestGivenAt(siteId) };
    });
    const { pointers, mode } = status;
    const trainingDue = mode !== 'off' && latestLabelAt !== undefined && (pointers.trainedAt === undefined || latestLabelAt > pointers.trainedAt);

    const lines = [
      `Models of site "${siteId}": learning ${mode}${mode === 'shadow' ? ' (new versions go to shadow until promoted)' : mode === 'off' ? ' (nothing is trained; comments are decided by the rules alone)' : ' (new versions decide at once)'}`,
      `  active: ${status.active ? `${status.active.version}, trained ${status.active.createdAt} on ${labelsText(status.active)}` : 'none (the rules decide alone)'}`,
      `  shadow: ${status.shadow ? `${status.shadow.version}, trained ${status.shadow.createdAt} on ${labelsText(status.shadow)}` : 'none'}`,
      `  last trained: ${pointers.trainedAt ?? 'never'}; newest moderator or imported label: ${latestLabelAt ?? 'none'}${trainingDue ? ' (the trainer takes it on its next run)' : ''}`,
    ];
    if (status.versions.length) {
      lines.push(
        '',
        formatTable(
          ['VERSION', 'ROLE', 'TRAINED', 'LABELS', 'SOURCES', 'HEADS (WEIGHTS)', 'SIZE'],
          status.versions.map((m) => [m.version, roleOf(status, m.version), m.createdAt, labelsText(m), sourcesText(m), headsText(m), `${kb(m.storedBytes)} (${m.parts} part${m.parts === 1 ? '' : 's'})`]),
        ).trimEnd(),
      );
    } else {
      lines.push('', 'No model stored yet: the trainer publishes one once the site has enough labels of a class (sieve learn labels).');
    }
    return {
      json: {
        siteId,
        mode,
        active: pointers.active ?? null,
        shadow: pointers.shadow ?? null,
        history: pointers.history,
        trainedAt: pointers.trainedAt ?? null,
        latestLabelAt: latestLabelAt ?? null,
        trainingDue,
        versions: status.versions.map((m) => ({ ...m, role: roleOf(status, m.version) || null })),
      },
      text: `${lines.join('\n')}\n`,
    };
  },
});
