// `sieve learn labels --site SITE`: what a site's model learns from, counted by class and
// source, and listed in the order the labels were given.

import { formatDuration } from '../../../../shared/admin/duration.ts';
import { DEFAULT_SHOWN, shownOption, sinceOption } from '../../listing-options.ts';
import { noSuchSite } from '../../../../shared/admin/errors.ts';
import { AUTO_LABEL, LABEL_CLASSES, LABEL_SOURCES, type LabelClass, type LabelledComment, type LabelSource } from '../../../../shared/labels/labels.ts';
import { labelCounts } from '../../../../shared/labels/select.ts';
import { LabelStore } from '../../../../shared/store/labels.ts';
import { SiteStore } from '../../../../shared/store/sites.ts';
import { UsageError } from '../../command.ts';
import { defineCommand } from '../../define-command.ts';
import { formatCount } from '../../progress.ts';
import { formatTable, oneLine } from '../../table-output.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const TEXT_CHARS = 60;

const help = `Usage: sieve learn labels --site SITE [--count] [--source S] [--since WHEN] [--show N]
                          [--json] [--stage NAME]

Counts a site's training labels by class (ok, spam, abuse) and by source, then lists them
in the order they were given, oldest first:

  moderator   a moderator's decision: approve is ok, reject for spam or abuse is that
              (a reject for "other", or without a reason, labels nothing)
  import      history brought with "sieve learn import"
  auto        an engine approval in which every category scored below ${AUTO_LABEL.maxScore}, once
              ${formatDuration(AUTO_LABEL.windowMs)} passed without a moderator overturning it (younger ones are counted apart)

  --site SITE     the site (required)
  --count         only the counts, no list
  --source S      only labels from these sources (comma-separated: ${LABEL_SOURCES.join(',')})
  --since WHEN    only labels given since WHEN: a date (2024-03-01), a date-time with zone
                  or a duration back from now (7d)
  --show N        labels to list, the newest N (default ${DEFAULT_SHOWN}; --json lists all)
  --json          print {siteId, counts: {moderator, import, auto, total: {ok, spam, abuse, total}},
                  autoWaiting, labels: [{id, label, source, labelledAt, by, externalId, postId, text}]}

${TARGET_HELP}
Exit status: 0 done; 1 unknown site or the target failed; 2 usage error.
`;

type Counts = Record<LabelClass | 'total', number>;

const zero = (): Counts => ({ ...(Object.fromEntries(LABEL_CLASSES.map((l) => [l, 0])) as Record<LabelClass, number>), total: 0 });

const parseSources = (raw: string | undefined): Set<LabelSource> => {
  if (raw === undefined) return new Set(LABEL_SOURCES);
  const picked = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = picked.filter((s) => !(LABEL_SOURCES as readonly string[]).includes(s));
  if (unknown.length || !picked.length) throw new UsageError(`--source: expected one or more of ${LABEL_SOURCES.join(', ')}, got "${raw}"`);
  return new Set(picked as LabelSource[]);
};

/** Who gave a label, as an operator reads it. */
const givenBy = (c: LabelledComment): string =>
  c.labelSource === 'moderator' ? (c.review?.by ?? 'moderator').replace(/^moderator:/, '') : c.labelSource === 'auto' ? 'engine' : 'import';


const labelView = (c: LabelledComment) => ({
  id: c.id,
  label: c.label,
  source: c.labelSource,
  labelledAt: c.labelledAt,
  by: givenBy(c),
  ...(c.externalId ? { externalId: c.externalId } : {}),
  postId: c.postId,
  text: c.text,
});

export const learnLabels = defineCommand({
  name: 'learn labels',
  summary: "count and list a site's training labels by class and source",
  help,
  // json is declared here too: the list kept depends on it (all for scripts, the newest N for people).
  options: { ...TARGET_OPTIONS, site: { type: 'string' }, count: { type: 'boolean' }, source: { type: 'string' }, since: { type: 'string' }, show: { type: 'string' }, json: { type: 'boolean' } },
  json: true,
  async run({ values }) {
    const siteId = values.site;
    if (siteId === undefined || siteId === '') throw new UsageError('--site SITE is required');
    const sources = parseSources(values.source);
    const shown = shownOption(values.show);
    const now = new Date();
    const since = sinceOption(values.since, now);

    const counts = Object.fromEntries(LABEL_SOURCES.map((s) => [s, zero()])) as Record<LabelSource, Counts>;
    const total = zero();
    let autoWaiting = 0;
    // The text list keeps only the newest N; --json keeps every label.
    const listed: LabelledComment[] = [];
    const keep = values.json ? Infinity : values.count ? 0 : shown;

    await withTarget(values, async (target) => {
      const table = await target.table();
      if (!(await new SiteStore(table.doc, table.tableName).getSite(siteId))) throw noSuchSite(siteId);
      const store = new LabelStore(table.doc, table.tableName);
      for await (const c of store.labelsSince(siteId, since)) {
        if (!sources.has(c.labelSource)) continue;
        if (!labelCounts(c, now, AUTO_LABEL.windowMs)) {
          autoWaiting++;
          continue;
        }
        counts[c.labelSource][c.label]++;
        counts[c.labelSource].total++;
        total[c.label]++;
        total.total++;
        if (keep > 0) {
          listed.push(c);
          if (listed.length > keep) listed.shift();
        }
      }
    });

    const tally = formatTable(
      ['SOURCE', ...LABEL_CLASSES.map((l) => l.toUpperCase()), 'TOTAL'],
      [...LABEL_SOURCES.filter((s) => sources.has(s)).map((s) => [s, counts[s]] as const), ['total', total] as const].map(([name, c]) => [
        name,
        ...LABEL_CLASSES.map((l) => formatCount(c[l])),
        formatCount(c.total),
      ]),
    );
    const lines = [
      `Labels of site "${siteId}"${since ? ` since ${since}` : ''}: ${formatCount(total.total)} (${LABEL_CLASSES.map((l) => `${formatCount(total[l])} ${l}`).join(', ')})`,
      '',
      tally.trimEnd(),
    ];
    if (autoWaiting) {
      lines.push(
        '',
        `${formatCount(autoWaiting)} engine approval${autoWaiting === 1 ? '' : 's'} will count as auto "ok" once ${formatDuration(AUTO_LABEL.windowMs)} pass without a moderator overturning ${autoWaiting === 1 ? 'it' : 'them'}.`,
      );
    }
    if (!values.count && listed.length) {
      lines.push(
        '',
        formatTable(
          ['LABELLED', 'LABEL', 'SOURCE', 'BY', 'ID', 'TEXT'],
          listed.map((c) => [c.labelledAt, c.label, c.labelSource, givenBy(c), c.externalId ?? c.id, oneLine(c.text, TEXT_CHARS)]),
        ).trimEnd(),
      );
      if (listed.length < total.total) lines.push(`(the newest ${formatCount(listed.length)} of ${formatCount(total.total)}; --show N or --json for more)`);
    }
    return {
      json: {
        siteId,
        ...(since ? { since } : {}),
        counts: { ...counts, total },
        autoWaiting,
        ...(values.count ? {} : { labels: listed.map(labelView) }),
      },
      text: `${lines.join('\n')}\n`,
    };
  },
});
