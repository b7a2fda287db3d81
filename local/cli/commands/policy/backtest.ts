// `sieve policy backtest SITE FILE`: replay the site's comments under its current policy and
// under FILE, and show what would change, before anything is switched on.

import type { Readable } from 'node:stream';
import { backtest, type BacktestResult } from '../../../../shared/admin/backtest.ts';
import { DurationError, parseSince } from '../../../../shared/admin/duration.ts';
import { noSuchSite } from '../../../../shared/admin/errors.ts';
import { effectivePolicy } from '../../../../shared/admin/policy-admin.ts';
import { DEFAULT_POLICY, type CommentInput } from '../../../../shared/engine/index.ts';
import { engineInput } from '../../../../shared/moderation/moderate-comment.ts';
import { policyAdminPorts } from '../../admin-ports.ts';
import { EXIT_FAILURE, EXIT_OK, UsageError, type CliIo } from '../../command.ts';
import { parseCommentLine } from '../../comment-line.ts';
import { defineCommand, exactly } from '../../define-command.ts';
import { openInput, readLines } from '../../input.ts';
import { MemoryContextSource } from '../../memory-context.ts';
import { loadPolicyFile } from '../../policy-file.ts';
import { formatCount, Progress } from '../../progress.ts';
import { storedComments } from '../../stored-comments.ts';
import { formatTable } from '../../table-output.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const NAME = 'sieve policy backtest';
const DEFAULT_SHOWN = 50;

const help = `Usage: sieve policy backtest SITE FILE [--since WHEN] [--input COMMENTS.jsonl]
                             [--show N] [--json] [--stage NAME]

Replays comments, oldest first, through the engine twice: under the site's current policy
and under the one FILE would give (JSON or YAML overrides, as for "policy set"). Duplicate,
flood and author-history context is rebuilt in memory for each run, as "sieve check" does.
Prints how many comments each policy approves, flags and rejects, and every comment whose
decision flips, with the rule behind the stricter decision. Nothing is changed.

  --since WHEN       only comments created since WHEN: a date (2024-03-01), a date-time
                     with zone (2024-03-01T12:00:00Z) or a duration back from now (7d)
                     (default: all)
  --input FILE       replay these comments (JSON Lines, as for "sieve check") instead of
                     the site's stored ones; "-" reads stdin
  --show N           flips to list (default ${DEFAULT_SHOWN}; --json lists all)
  --json             print {siteId, source, comments, current:{version, counts},
                     proposed:{counts}, flips:[{id, from, to, reason}], failures}

Stored comments are the site's decided ones (approved, flagged, rejected), read from the
review index. Progress goes to stderr for big runs.

${TARGET_HELP}
Exit status: 0 done; 1 unknown site, unreadable comments or the target failed; 2 usage
error or an invalid policy file.
`;

/** A JSONL file's comments in time order (lines without a time follow the line before). */
async function fileComments(input: Readable, since: string | undefined, io: CliIo): Promise<{ comments: CommentInput[]; badLines: number }> {
  const comments: Array<CommentInput & { seq: number }> = [];
  let clock = Date.now();
  let badLines = 0;
  for await (const { lineNo, raw } of readLines(input)) {
    const parsed = parseCommentLine(raw, lineNo, { labelled: false });
    if (!parsed.ok) {
      badLines++;
      io.stderr.write(`${NAME}: ${parsed.problem}\n`);
      continue;
    }
    const { line } = parsed;
    if (line.createdAt !== undefined) clock = line.createdAt;
    comments.push({
      id: line.id,
      text: line.text,
      createdAt: clock,
      seq: comments.length,
      ...(line.author ? { author: line.author } : {}),
      ...(line.postId ? { postId: line.postId } : {}),
      ...(line.parentId ? { parentId: line.parentId } : {}),
    });
  }
  const from = since ? Date.parse(since) : -Infinity;
  return {
    comments: comments
      .filter((c) => c.createdAt >= from)
      .sort((a, b) => a.createdAt - b.createdAt || a.seq - b.seq)
      .map(({ seq: _seq, ...comment }) => comment),
    badLines,
  };
}

async function* asEngineInput(comments: AsyncIterable<Parameters<typeof engineInput>[0]>): AsyncGenerator<CommentInput> {
  for await (const comment of comments) yield engineInput(comment);
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function report(result: BacktestResult, meta: { siteId: string; file: string; source: string; currentVersion: string; shown: number }): string {
  const lines = [
    `Backtest of site "${meta.siteId}": ${formatCount(result.comments)} comments (${meta.source})`,
    `current policy ${meta.currentVersion} vs proposed ${meta.file}`,
    '',
    formatTable(
      ['OUTCOME', 'CURRENT', 'PROPOSED', 'CHANGE'],
      (['approve', 'flag', 'reject'] as const).map((o) => [o, String(result.current[o]), String(result.proposed[o]), signed(result.proposed[o] - result.current[o])]),
    ).trimEnd(),
    '',
  ];
  if (!result.flips.length) {
    lines.push('No decision flips.');
  } else {
    lines.push(`${formatCount(result.flips.length)} decision${result.flips.length === 1 ? ' flips' : 's flip'}:`);
    const shown = result.flips.slice(0, meta.shown);
    lines.push(
      formatTable(
        ['ID', 'CURRENT', 'PROPOSED', 'REASON'],
        shown.map((f) => [f.id, f.from, f.to, f.reason ? `${f.reason.rule}: ${f.reason.detail}` : '-']),
      ).trimEnd(),
    );
    if (shown.length < result.flips.length) lines.push(`(showing ${shown.length} of ${formatCount(result.flips.length)}; --show N or --json for more)`);
  }
  if (result.failures.length) lines.push('', `${result.failures.length} comments could not be evaluated (see --json).`);
  lines.push('', `Nothing was changed. To use this policy: sieve policy set ${meta.siteId} ${meta.file}`);
  return `${lines.join('\n')}\n`;
}

export const policyBacktest = defineCommand({
  name: 'policy backtest',
  summary: "replay a site's comments under a proposed policy and show what flips",
  help,
  options: { ...TARGET_OPTIONS, since: { type: 'string' }, input: { type: 'string' }, show: { type: 'string' } },
  json: true,
  positionals: exactly(2, 'expected a site ID and a policy file'),
  async run({ values, positionals: [siteId, file], io }) {
    const shown = values.show === undefined ? DEFAULT_SHOWN : Number(values.show);
    if (!Number.isInteger(shown) || shown < 0) throw new UsageError(`--show: expected a whole number, got "${values.show}"`);
    let since: string | undefined;
    try {
      since = values.since === undefined ? undefined : parseSince(values.since, new Date());
    } catch (error) {
      if (error instanceof DurationError) throw new UsageError(`--since: ${error.message}`);
      throw error;
    }
    const proposed = await loadPolicyFile(file);
    const fromFile = values.input === undefined ? undefined : await fileComments(await openInput(values.input, io), since, io);

    const progress = new Progress(NAME, io.stderr);
    const { result, currentVersion, source } = await withTarget(values, async (target) => {
      const table = await target.table();
      const ports = policyAdminPorts(table);
      const site = await ports.getSite(siteId);
      if (!site) throw noSuchSite(siteId);
      const current = await effectivePolicy(site, ports);
      if (!current.ok) io.stderr.write(`${NAME}: warning: ${current.problem}; replaying it as the default policy\n`);
      const comments = fromFile?.comments ?? asEngineInput(storedComments(table.doc, table.tableName, siteId, since ?? ''));
      const result = await backtest(
        comments,
        { current: current.ok ? current.policy : DEFAULT_POLICY, proposed: proposed.policy },
        () => new MemoryContextSource(),
        (seen) => progress.tick(seen),
      );
      progress.done(result.comments, result.failures.length);
      const source = values.input !== undefined
        ? `from ${values.input}${since ? ` since ${since}` : ''}`
        : `stored, ${since ? `since ${since}` : 'all time'}`;
      return { result, currentVersion: current.ok ? current.version : DEFAULT_POLICY.version, source };
    });

    return {
      json: {
        siteId,
        source,
        comments: result.comments,
        current: { version: currentVersion, counts: result.current },
        proposed: { file, counts: result.proposed },
        flips: result.flips,
        failures: result.failures,
      },
      text: report(result, { siteId, file, source, currentVersion, shown }),
      exitCode: (fromFile?.badLines ?? 0) > 0 ? EXIT_FAILURE : EXIT_OK,
    };
  },
});
