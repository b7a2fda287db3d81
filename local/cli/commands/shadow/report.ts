// `sieve shadow report --site SITE [--since 7d]`: what the site's shadow model version and
// shadow policy version would have decided against what was decided, from the shadow decisions
// the worker stored.

import { noSuchSite } from '../../../../shared/admin/errors.ts';
import { FlipTally, type Flip, type FlipSummary } from '../../../../shared/admin/flip-tally.ts';
import { versionNumber as policyVersionNumber } from '../../../../shared/admin/policy-versions.ts';
import type { Comment, ShadowDecision } from '../../../../shared/comments/comment.ts';
import { versionNumber as modelVersionNumber } from '../../../../shared/models/versions.ts';
import { ModelStore } from '../../../../shared/store/models.ts';
import { PolicyStore } from '../../../../shared/store/policies.ts';
import { UsageError } from '../../command.ts';
import { defineCommand } from '../../define-command.ts';
import { flipReport } from '../../flip-report.ts';
import { DEFAULT_SHOWN, shownOption, sinceOption } from '../../listing-options.ts';
import { formatCount, Progress } from '../../progress.ts';
import { storedComments } from '../../stored-comments.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';
import { requiredSite, SITE_OPTION } from '../model/site-option.ts';

const NAME = 'sieve shadow report';

const help = `Usage: sieve shadow report --site SITE [--since WHEN] [--version VERSION] [--show N]
                          [--json] [--stage NAME]

While a model version or a policy version is in shadow, the worker decides each comment as
usual (that decision counts) and once more with the shadow version (a shadow model under the
policy in use, a shadow policy with the model in use, so each flip has one cause), and stores
what it would have decided without acting on it. This compares them over the site's decided
comments, models and policies apart: how many each approves, flags and rejects, how many
flip from one outcome to another, and every flipped comment with its text, the stricter
decision's main reason and what a moderator decided later, if anyone did. Nothing is changed.

  --since WHEN       only comments created since WHEN: a date, a date-time with zone or a
                     duration back from now (7d) (default: all)
  --version VERSION  only shadow decisions of this version: a model's (m2) or a policy's (v3)
                     (default: the versions in shadow now, or every version of a kind when
                     none of it is)
  --show N           flipped comments to list per kind (default ${DEFAULT_SHOWN}; --json lists all)
  --json             print {siteId, since?, model: REPORT, policy: REPORT}, each REPORT
                     {active, shadow, versions, comments, counts:{active, shadow},
                     flipCounts:{"approve->flag": n, ...}, flips:[{id, createdAt, text, from,
                     to, reason, fromReason, toReason, activeVersion, shadowVersion,
                     moderator}]} (from: the decision made, to: the shadow's)

Then: sieve model promote --site SITE, or sieve policy promote --site SITE.

${TARGET_HELP}
Exit status: 0 done; 1 unknown site or the target failed; 2 usage error.
`;

interface ShadowFlip extends Flip {
  createdAt: string;
  activeVersion: string | null;
  shadowVersion: string;
  moderator: string | null;
}

type Kind = 'model' | 'policy';

/** One kind of shadow (models or policies): what it reads off a comment and how it is named. */
interface Side {
  kind: Kind;
  /** The shadow decision of this kind a comment carries. */
  shadowOf(c: Comment): ShadowDecision | undefined;
  /** The version of this kind a decision names (a model's may be absent: the rules alone). */
  versionOf(d: Pick<ShadowDecision, 'modelVersion' | 'policyVersion'>): string | undefined;
  /** The pointers now: which version of this kind is active and which is in shadow. */
  active?: string;
  shadow?: string;
  /** Shadow decisions of this version only (undefined: any). */
  wanted?: string;
}

interface SideReport {
  side: Side;
  versions: Set<string>;
  tally: FlipTally<ShadowFlip>;
}

const moderatorOf = (c: Comment): string | null => (c.review ? `${c.review.action}${c.review.reason ? ` (${c.review.reason})` : ''}` : null);

const sideReport = (side: Side): SideReport => ({ side, versions: new Set(), tally: new FlipTally<ShadowFlip>() });

const sectionJson = ({ side, versions, tally }: SideReport) => {
  const { comments, from, to, flipCounts, flips } = tally.summary;
  return {
    active: side.active ?? null,
    shadow: side.wanted ?? null,
    versions: [...versions],
    comments,
    counts: { active: from, shadow: to },
    flipCounts,
    flips,
  };
};

const NOUN: Record<Kind, string> = { model: 'Model', policy: 'Policy' };

function sectionText({ side, versions, tally }: SideReport, siteId: string, shown: number): string[] {
  const summary: FlipSummary<ShadowFlip> = tally.summary;
  const { comments } = summary;
  const inUse = side.kind === 'model' ? (side.active ?? '(rules alone)') : (side.active ?? 'the default policy');
  const head = `${NOUN[side.kind]}: ${formatCount(comments)} comment${comments === 1 ? '' : 's'} decided with shadow ${side.wanted ?? ([...versions].join(', ') || 'none')} beside ${inUse}`;
  if (!comments) {
    return [head, side.shadow || side.wanted ? '  No shadow decisions recorded yet: they are stored for comments decided after the version went to shadow.' : ''].filter(Boolean);
  }
  const lines = [
    head,
    '',
    ...flipReport(summary, {
      sides: ['ACTIVE', 'SHADOW'],
      shown,
      newest: true,
      columns: [{ header: 'MODERATOR', cell: (f) => f.moderator ?? '-' }],
      none: 'No decision flips: the shadow version decides every one of them alike.',
    }),
  ];
  if (side.shadow) lines.push('', `To let ${side.shadow} decide: sieve ${side.kind} promote --site ${siteId}`);
  return lines;
}

/** Which kind a --version names, by its form: m2 is a model's, v3 a policy's. */
const kindOfVersion = (version: string): Kind => {
  if (modelVersionNumber(version) !== undefined) return 'model';
  if (policyVersionNumber(version) !== undefined) return 'policy';
  throw new UsageError(`--version: "${version}" is neither a model version (m1, m2, ...) nor a policy version (v1, v2, ...)`);
};

export const shadowReport = defineCommand({
  name: 'shadow report',
  summary: "compare a site's shadow model and policy decisions with the real ones",
  help,
  options: { ...TARGET_OPTIONS, ...SITE_OPTION, since: { type: 'string' }, version: { type: 'string' }, show: { type: 'string' } },
  json: true,
  async run({ values, io }) {
    const siteId = requiredSite(values.site);
    const shown = shownOption(values.show);
    const since = sinceOption(values.since, new Date());
    const only = values.version === undefined ? undefined : kindOfVersion(values.version);

    const progress = new Progress(NAME, io.stderr);
    const reports = await withTarget(values, async (target) => {
      const table = await target.table();
      const models = await new ModelStore(table.doc, table.tableName).siteModels(siteId);
      const policies = await new PolicyStore(table.doc, table.tableName).pointers(siteId);
      if (!models || !policies) throw noSuchSite(siteId);
      const wanted = (kind: Kind, shadow: string | undefined) => (only === undefined ? shadow : only === kind ? values.version : undefined);
      const sides: SideReport[] = [
        sideReport({ kind: 'model', shadowOf: (c) => c.shadow, versionOf: (d) => d.modelVersion, ...pointersOf(models.pointers), ...wantedOf(wanted('model', models.pointers.shadow)) }),
        sideReport({ kind: 'policy', shadowOf: (c) => c.policyShadow, versionOf: (d) => d.policyVersion, ...pointersOf(policies), ...wantedOf(wanted('policy', policies.shadow)) }),
      ].filter((r) => only === undefined || r.side.kind === only);
      let seen = 0;
      for await (const c of storedComments(table.doc, table.tableName, siteId, since ?? '')) {
        progress.tick(++seen);
        if (!c.decision) continue;
        const { decision } = c;
        for (const { side, versions, tally } of sides) {
          const shadow = side.shadowOf(c);
          const version = shadow && side.versionOf(shadow);
          if (!shadow || version === undefined || (side.wanted !== undefined && version !== side.wanted)) continue;
          versions.add(version);
          tally.add(c, decision, shadow, (flip) => ({
            ...flip,
            createdAt: c.createdAt,
            activeVersion: side.versionOf(decision) ?? null,
            shadowVersion: version,
            moderator: moderatorOf(c),
          }));
        }
      }
      progress.done(seen, 0);
      return sides;
    });

    const shownSections = reports.filter((r) => only !== undefined || r.tally.summary.comments > 0 || r.side.shadow !== undefined);
    const lines = [`Shadow report of site "${siteId}"${since ? ` since ${since}` : ''}`, ''];
    if (!shownSections.length) {
      lines.push(
        'Nothing is in shadow, and no shadow decisions are stored. To put something in shadow:',
        `  a model: sieve model train --site ${siteId} --shadow (or sieve model mode --site ${siteId} shadow)`,
        `  a policy: sieve policy set ${siteId} FILE --shadow`,
      );
    }
    shownSections.forEach((r, i) => lines.push(...(i > 0 ? [''] : []), ...sectionText(r, siteId, shown)));
    const byKind = Object.fromEntries(reports.map((r) => [r.side.kind, sectionJson(r)]));
    return {
      json: { siteId, ...(since ? { since } : {}), ...byKind },
      text: `${lines.join('\n')}\n`,
    };
  },
});

const pointersOf = (p: { active?: string; shadow?: string }) => ({ ...(p.active ? { active: p.active } : {}), ...(p.shadow ? { shadow: p.shadow } : {}) });
const wantedOf = (wanted: string | undefined) => (wanted === undefined ? {} : { wanted });
