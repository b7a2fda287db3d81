// `sieve policy backtest SITE FILE`: replay the site's comments under its current policy and
// under FILE, and show what would change, before anything is switched on. With --model or
// --model-version, the proposed side decides with that learned model too (the current side
// always with the site's active one, as the worker does).

import type { Readable } from 'node:stream';
import { DEFAULT_SHOWN, shownOption, sinceOption } from '../../listing-options.ts';
import { backtest, type BacktestResult } from '../../../../shared/admin/backtest.ts';
import { noSuchSite } from '../../../../shared/admin/errors.ts';
import { effectivePolicy } from '../../../../shared/admin/policy-admin.ts';
import { DEFAULT_POLICY, type CommentInput } from '../../../../shared/engine/index.ts';
import { engineInput } from '../../../../shared/moderation/moderate-comment.ts';
import { policyAdminPorts } from '../../admin-ports.ts';
import { EXIT_FAILURE, EXIT_OK, UsageError, type CliIo } from '../../command.ts';
import { parseCommentLine } from '../../comment-line.ts';
import { defineCommand } from '../../define-command.ts';
import { openInput, readLines } from '../../input.ts';
import { MemoryContextSource } from '../../../../shared/engine/memory-context.ts';
import { loadModelFile } from '../../model-file.ts';
import { loadPolicyFile } from '../../policy-file.ts';
import { flipReport } from '../../flip-report.ts';
import { formatCount, Progress } from '../../progress.ts';
import { storedComments } from '../../stored-comments.ts';
import { activeModel, loadStoredModel } from '../../stored-model.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const NAME = 'sieve policy backtest';

const help = `Usage: sieve policy backtest SITE [FILE] [--model MODEL.json | --model-version VERSION]
                             [--since WHEN] [--input COMMENTS.jsonl] [--show N] [--json]
                             [--stage NAME]

Replays comments, oldest first, through the engine twice: under the site's current policy
and under the one FILE would give (JSON or YAML overrides, as for "policy set"). Duplicate,
flood and author-history context is rebuilt in memory for each run, as "sieve check" does.
Prints how many comments each policy approves, flags and rejects, and every comment whose
decision flips, with its text, both decisions and the rule behind the stricter one.
Nothing is changed.

Both runs decide with the site's active learned model, as the worker does, unless the
proposed side is given another: a model file (sieve learn --out) or a stored version of the
site (sieve model status lists them). Without FILE the proposed side keeps the current
policy, so only the model changes.

  --model FILE       the proposed side decides with this model file
  --model-version V  the proposed side decides with the site's stored version V (m1, ...)

  --since WHEN       only comments created since WHEN: a date (2024-03-01), a date-time
                     with zone (2024-03-01T12:00:00Z) or a duration back from now (7d)
                     (default: all)
  --input FILE       replay these comments (JSON Lines, as for "sieve check") instead of
                     the site's stored ones; "-" reads stdin
  --show N           flips to list (default ${DEFAULT_SHOWN}; --json lists all)
  --json             print {siteId, source, comments, current:{version, model?, counts},
                     proposed:{file, model?, counts}, flipCounts:{"approve->flag": n, ...},
                     flips:[{id, text, from, to, reason, fromReason, toReason}], failures}
                     (model only when a learned model decided that side)

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
  for await (const { lineNo, raw, problem } of readLines(input)) {
    const parsed = raw === undefined ? { ok: false as const, problem } : parseCommentLine(raw, lineNo, { labelled: false });
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

interface ReportMeta {
  siteId: string;
  file: string | undefined;
  source: string;
  currentVersion: string;
  currentModel: string | undefined;
  proposedModel: string | undefined;
  shown: number;
}

function report(result: BacktestResult, meta: ReportMeta): string {
  const withModel = (model: string | undefined) => (model ? ` with model ${model}` : '');
  const lines = [
    `Backtest of site "${meta.siteId}": ${formatCount(result.comments)} comments (${meta.source})`,
    `current policy ${meta.currentVersion}${withModel(meta.currentModel)} vs proposed ${meta.file ?? `policy ${meta.currentVersion}`}${withModel(meta.proposedModel)}`,
    '',
    ...flipReport(
      { comments: result.comments, from: result.current, to: result.proposed, flipCounts: result.flipCounts, flips: result.flips },
      { sides: ['CURRENT', 'PROPOSED'], shown: meta.shown, none: 'No decision flips.' },
    ),
  ];
  if (result.failures.length) lines.push('', `${result.failures.length} comments could not be evaluated (see --json).`);
  lines.push('', 'Nothing was changed.' + (meta.file ? ` To use this policy: sieve policy set ${meta.siteId} ${meta.file} (or try it in shadow first: --shadow)` : ''));
  return `${lines.join('\n')}\n`;
}

export const policyBacktest = defineCommand({
  name: 'policy backtest',
  summary: "replay a site's comments under a proposed policy and show what flips",
  help,
  options: { ...TARGET_OPTIONS, since: { type: 'string' }, input: { type: 'string' }, show: { type: 'string' }, model: { type: 'string' }, 'model-version': { type: 'string' } },
  json: true,
  positionals: { min: 1, max: 2, problem: () => 'expected a site ID and a policy file (the file may be left out with --model or --model-version)' },
  async run({ values, positionals: [siteId, file], io }) {
    const modelVersion = values['model-version'];
    if (values.model !== undefined && modelVersion !== undefined) throw new UsageError('give either --model or --model-version, not both');
    if (file === undefined && values.model === undefined && modelVersion === undefined) {
      throw new UsageError('expected a policy file, --model FILE or --model-version VERSION: something to compare with');
    }
    const shown = shownOption(values.show);
    const since = sinceOption(values.since, new Date());
    const proposed = file === undefined ? undefined : await loadPolicyFile(file);
    const proposedFileModel = values.model === undefined ? undefined : await loadModelFile(values.model);
    const fromFile = values.input === undefined ? undefined : await fileComments(await openInput(values.input, io), since, io);

    const progress = new Progress(NAME, io.stderr);
    const { result, currentVersion, currentModel, proposedModel, source } = await withTarget(values, async (target) => {
      const table = await target.table();
      const ports = policyAdminPorts(table);
      const site = await ports.getSite(siteId);
      if (!site) throw noSuchSite(siteId);
      const current = await effectivePolicy(site, ports);
      if (!current.ok) io.stderr.write(`${NAME}: warning: ${current.problem}; replaying it as the default policy\n`);
      const active = await activeModel(table, siteId);
      if (active.problem) io.stderr.write(`${NAME}: warning: ${active.problem}; the current side decides with the rules alone, as the worker does\n`);
      const proposedStored = modelVersion === undefined ? undefined : await loadStoredModel(table, siteId, modelVersion);
      const currentPolicy = current.ok ? current.policy : DEFAULT_POLICY;
      const comments = fromFile?.comments ?? asEngineInput(storedComments(table.doc, table.tableName, siteId, since ?? ''));
      const proposedModel = proposedFileModel ?? proposedStored ?? active.model;
      const result = await backtest(
        comments,
        { current: currentPolicy, proposed: proposed?.policy ?? currentPolicy },
        () => new MemoryContextSource(),
        (seen) => progress.tick(seen),
        { current: active.model, proposed: proposedModel },
      );
      progress.done(result.comments, result.failures.length);
      const source = values.input !== undefined
        ? `from ${values.input}${since ? ` since ${since}` : ''}`
        : `stored, ${since ? `since ${since}` : 'all time'}`;
      return {
        result,
        currentVersion: current.ok ? current.version : DEFAULT_POLICY.version,
        currentModel: active.model?.version,
        proposedModel: values.model ?? proposedModel?.version,
        source,
      };
    });

    return {
      json: {
        siteId,
        source,
        comments: result.comments,
        // `model` only when a learned model decided that side, so scripts written before models see the same shape.
        current: { version: currentVersion, ...(currentModel ? { model: currentModel } : {}), counts: result.current },
        proposed: { file: file ?? null, ...(proposedModel ? { model: proposedModel } : {}), counts: result.proposed },
        flipCounts: result.flipCounts,
        flips: result.flips,
        failures: result.failures,
      },
      text: report(result, { siteId, file, source, currentVersion, currentModel, proposedModel, shown }),
      exitCode: (fromFile?.badLines ?? 0) > 0 ? EXIT_FAILURE : EXIT_OK,
    };
  },
});
