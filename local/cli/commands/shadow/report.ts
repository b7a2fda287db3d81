// `sieve shadow report --site SITE [--since 7d]`: what the site's shadow model would have
// decided against what was decided, from the shadow decisions the worker stored.

import { noSuchSite } from '../../../../shared/admin/errors.ts';
import { DEFAULT_SHOWN, shownOption, sinceOption } from '../../listing-options.ts';
import type { Comment } from '../../../../shared/comments/comment.ts';
import type { Outcome } from '../../../../shared/engine/index.ts';
import { ModelStore } from '../../../../shared/store/models.ts';
import { defineCommand } from '../../define-command.ts';
import { formatCount, Progress } from '../../progress.ts';
import { storedComments } from '../../stored-comments.ts';
import { formatTable, oneLine } from '../../table-output.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';
import { requiredSite, SITE_OPTION } from '../model/site-option.ts';

const NAME = 'sieve shadow report';
const TEXT_CHARS = 70;
const OUTCOMES: readonly Outcome[] = ['approve', 'flag', 'reject'];

const help = `Usage: sieve shadow report --site SITE [--since WHEN] [--version VERSION] [--show N]
                          [--json] [--stage NAME]

While a model version is in shadow, the worker decides each comment with the active version
(that decision counts) and once more with the shadow one, and stores what the shadow version
would have decided without acting on it. This compares the two over the site's decided
comments: how many each approves, flags and rejects, how many flip from one outcome to
another, and every flipped comment with its text, the shadow decision's main reason and what
a moderator decided later, if anyone did. Nothing is changed.

  --since WHEN       only comments created since WHEN: a date, a date-time with zone or a
                     duration back from now (7d) (default: all)
  --version VERSION  only shadow decisions of this version (default: the version in shadow
                     now, or every version if none is)
  --show N           flipped comments to list (default ${DEFAULT_SHOWN}; --json lists all)
  --json             print {siteId, versions, comments, active:{counts}, shadow:{counts},
                     flipCounts:{"approve->flag": n, ...}, flips:[{id, createdAt, active,
                     shadow, shadowVersion, activeVersion, reason, moderator, text}]}

Then: sieve model promote --site SITE, or let the next trained version replace it.

${TARGET_HELP}
Exit status: 0 done; 1 unknown site or the target failed; 2 usage error.
`;

type Counts = Record<Outcome, number>;
const zero = (): Counts => ({ approve: 0, flag: 0, reject: 0 });

interface Flip {
  id: string;
  createdAt: string;
  active: Outcome;
  shadow: Outcome;
  activeVersion: string | null;
  shadowVersion: string;
  reason: string | null;
  moderator: string | null;
  text: string;
}

const flipOf = (c: Comment & { shadow: NonNullable<Comment['shadow']> }): Flip => {
  const active = c.decision!.outcome;
  // The reason of the stricter of the two decisions says what made the difference.
  const stricter = OUTCOMES.indexOf(c.shadow.outcome) >= OUTCOMES.indexOf(active) ? c.shadow.reasons[0] : c.decision!.reasons[0];
  return {
    id: c.id,
    createdAt: c.createdAt,
    active,
    shadow: c.shadow.outcome,
    activeVersion: c.decision!.modelVersion ?? null,
    shadowVersion: c.shadow.modelVersion,
    reason: stricter ? `${stricter.rule}: ${stricter.detail}` : null,
    moderator: c.review ? `${c.review.action}${c.review.reason ? ` (${c.review.reason})` : ''}` : null,
    text: c.text,
  };
};

export const shadowReport = defineCommand({
  name: 'shadow report',
  summary: "compare a site's shadow model decisions with the real ones",
  help,
  options: { ...TARGET_OPTIONS, ...SITE_OPTION, since: { type: 'string' }, version: { type: 'string' }, show: { type: 'string' } },
  json: true,
  async run({ values, io }) {
    const siteId = requiredSite(values.site);
    const shown = shownOption(values.show);
    const since = sinceOption(values.since, new Date());

    const counts = { active: zero(), shadow: zero() };
    const flipCounts: Record<string, number> = {};
    const flips: Flip[] = [];
    const versions = new Set<string>();
    let compared = 0;
    const progress = new Progress(NAME, io.stderr);
    const { wanted, current } = await withTarget(values, async (target) => {
      const table = await target.table();
      const state = await new ModelStore(table.doc, table.tableName).siteModels(siteId);
      if (!state) throw noSuchSite(siteId);
      const wanted = values.version ?? state.pointers.shadow;
      let seen = 0;
      for await (const c of storedComments(table.doc, table.tableName, siteId, since ?? '')) {
        progress.tick(++seen);
        if (!c.shadow || !c.decision || (wanted !== undefined && c.shadow.modelVersion !== wanted)) continue;
        compared++;
        versions.add(c.shadow.modelVersion);
        counts.active[c.decision.outcome]++;
        counts.shadow[c.shadow.outcome]++;
        if (c.shadow.outcome === c.decision.outcome) continue;
        const key = `${c.decision.outcome}->${c.shadow.outcome}`;
        flipCounts[key] = (flipCounts[key] ?? 0) + 1;
        flips.push(flipOf(c as Comment & { shadow: NonNullable<Comment['shadow']> }));
      }
      progress.done(seen, 0);
      return { wanted, current: state.pointers };
    });

    const signed = (n: number) => (n > 0 ? `+${n}` : String(n));
    const lines = [
      `Shadow report of site "${siteId}"${since ? ` since ${since}` : ''}: ${formatCount(compared)} comment${compared === 1 ? '' : 's'} decided with shadow ${wanted ?? ([...versions].join(', ') || 'none')}` +
        ` beside active ${current.active ?? '(rules alone)'}`,
    ];
    if (!compared) {
      lines.push(
        '',
        current.shadow || values.version
          ? 'No shadow decisions recorded yet: they are stored for comments decided after the version went to shadow.'
          : `No model version is in shadow (sieve model mode --site ${siteId} shadow, or sieve model train --site ${siteId} --shadow).`,
      );
    } else {
      lines.push(
        '',
        formatTable(
          ['OUTCOME', 'ACTIVE', 'SHADOW', 'CHANGE'],
          OUTCOMES.map((o) => [o, formatCount(counts.active[o]), formatCount(counts.shadow[o]), signed(counts.shadow[o] - counts.active[o])]),
        ).trimEnd(),
        '',
      );
      if (!flips.length) lines.push('No decision flips: the shadow version decides every one of them alike.');
      else {
        lines.push(
          `${formatCount(flips.length)} decision${flips.length === 1 ? ' flips' : 's flip'}: ${Object.entries(flipCounts)
            .sort((a, b) => b[1] - a[1])
            .map(([k, n]) => `${k.replace('->', ' -> ')} ${formatCount(n)}`)
            .join(', ')}`,
        );
        const listed = flips.slice(-shown);
        lines.push(
          formatTable(
            ['ID', 'ACTIVE', 'SHADOW', 'MODERATOR', 'REASON', 'TEXT'],
            listed.map((f) => [f.id, f.active, f.shadow, f.moderator ?? '-', oneLine(f.reason ?? '-', 60), oneLine(f.text, TEXT_CHARS)]),
          ).trimEnd(),
        );
        if (listed.length < flips.length) lines.push(`(the newest ${formatCount(listed.length)} of ${formatCount(flips.length)}; --show N or --json for more)`);
      }
      if (current.shadow) lines.push('', `To let ${current.shadow} decide: sieve model promote --site ${siteId}`);
    }
    return {
      json: {
        siteId,
        ...(since ? { since } : {}),
        versions: [...versions],
        comments: compared,
        active: { version: current.active ?? null, counts: counts.active },
        shadow: { version: wanted ?? null, counts: counts.shadow },
        flipCounts,
        flips,
      },
      text: `${lines.join('\n')}\n`,
    };
  },
});
