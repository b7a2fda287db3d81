// `sieve fit`: fits the default rule scores on a labelled corpus (see shared/tuning/fit-scores.ts)
// and writes a score file that goes through review like code. The shipped defaults
// (shared/engine/default-scores.json) are made by this command; the README says how.

import { writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { Policy } from '../../../shared/engine/index.ts';
import { CATEGORIES } from '../../../shared/engine/policy.ts';
import { RULES, isRuleId, type RuleId } from '../../../shared/engine/rules.ts';
import { scoreTable } from '../../../shared/engine/score-table.ts';
import {
  DEFAULT_FIT_OPTIONS, figuresUnder, fitScores, fittableRules, type Figures, type FitOptions, type FitRow,
} from '../../../shared/tuning/fit-scores.ts';
import { EXIT_FAILURE, EXIT_OK, UsageError } from '../command.ts';
import { defineCommand, exactly } from '../define-command.ts';
import { openInput } from '../input.ts';
import { moderateStream } from '../moderate-stream.ts';
import { loadPolicy } from '../policy-file.ts';
import { OK_LABEL } from '../eval-tally.ts';

const help = `Usage: sieve fit [--policy FILE] [--out FILE] [--holdout SHARE] [--false-catch-cost N] [--prior N] [--json] FILE

Fits the rule scores to a labelled corpus (JSON Lines as for "sieve eval"): runs the engine
over the comments in stream order, records each comment's rule hits, and chooses the scores
so the engine's decision (a category reaching its flag level) matches the labels.

A share of the comments (chosen by a hash of each id, so the same corpus always splits the
same way) is held out of the fit; the before/after figures are printed for both parts.
Scores stay between 0 and ${DEFAULT_FIT_OPTIONS.maxFactor} times each rule's base score and are pulled towards it, so a
rule seen on a few comments keeps about its base score.

Options:
  --policy FILE            policy overrides to fit under (thresholds, windows, word lists)
  --out FILE               write the fitted scores (JSON) there, e.g. shared/engine/default-scores.json
  --holdout SHARE          share of comments held out of the fit (default 0.2)
  --false-catch-cost N     how much more a false catch costs than a miss (default ${DEFAULT_FIT_OPTIONS.falseCatchCost})
  --prior N                pull towards the base scores, in comments' worth (default ${DEFAULT_FIT_OPTIONS.priorStrength})
  --json                   print the result as one JSON object
  -h, --help               show this help

Exit status: 0 fitted; 1 some lines were bad (reported on stderr; the fit used the rest);
2 usage error.
`;

export const fit = defineCommand({
  name: 'fit',
  summary: 'fit the rule scores to a labelled corpus and write a score file',
  help,
  options: {
    policy: { type: 'string' },
    out: { type: 'string' },
    holdout: { type: 'string' },
    'false-catch-cost': { type: 'string' },
    prior: { type: 'string' },
  },
  json: true,
  positionals: exactly(1, 'expected exactly one labelled input FILE (or - for stdin)'),
  async run({ values, positionals: [file], io }) {
    const holdout = share(values.holdout, '--holdout', 0.2);
    const falseCatchCost = positive(values['false-catch-cost'], '--false-catch-cost', DEFAULT_FIT_OPTIONS.falseCatchCost);
    const priorStrength = positive(values.prior, '--prior', DEFAULT_FIT_OPTIONS.priorStrength);
    const policy = await loadPolicy(values.policy);
    const start = scoreTable(policy.scores);
    // Hits are read with every fittable rule at its base score, so a hit's points are its strength.
    const atBase: Policy = { ...policy, scores: { ...policy.scores, ...Object.fromEntries(fittableRules().map((id) => [id, RULES[id].baseScore])) } };

    const rows: FitRow[] = [];
    const summary = await moderateStream(
      await openInput(file, io),
      { policy: atBase, labelled: true, name: 'sieve fit', io, startedAt: Date.now() },
      ({ line, decision }) => {
        const strengths: Partial<Record<RuleId, number>> = {};
        let forced = false;
        for (const reason of decision.reasons) {
          if (!isRuleId(reason.rule)) continue;
          const info = RULES[reason.rule];
          if (info.kind === 'forcing') forced = true;
          if ((info.kind ?? 'scored') !== 'scored' || info.baseScore <= 0) continue;
          strengths[reason.rule] = (strengths[reason.rule] ?? 0) + reason.contribution / info.baseScore;
        }
        rows.push({ id: line.id, catch: (line.label ?? OK_LABEL) !== OK_LABEL, strengths, forced });
      },
    );
    if (rows.length === 0) throw new UsageError(`${file}: no labelled comments to fit on`);

    const heldOut = (row: FitRow) => bucketOf(row.id) < holdout;
    const fitPart = rows.filter((r) => !heldOut(r));
    const holdPart = rows.filter(heldOut);
    const flagLevels = Object.fromEntries(CATEGORIES.map((c) => [c, policy.thresholds[c].flag]));
    const options: FitOptions = { ...DEFAULT_FIT_OPTIONS, flagLevels, falseCatchCost, priorStrength };
    io.stderr.write(`sieve fit: fitting ${fittableRules().length} rule scores on ${fitPart.length} comments (${holdPart.length} held out)\n`);
    const result = fitScores(fitPart, start, options);

    const figures = {
      fitted: { before: figuresUnder(fitPart, start, flagLevels), after: figuresUnder(fitPart, result.scores, flagLevels) },
      heldOut: { before: figuresUnder(holdPart, start, flagLevels), after: figuresUnder(holdPart, result.scores, flagLevels) },
    };
    const changes = fittableRules()
      .filter((id) => result.scores[id] !== start[id])
      .map((id) => ({ rule: id, before: start[id], after: result.scores[id], support: result.support[id] ?? 0 }))
      .sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before));

    if (values.out) {
      const document = {
        about: 'Default rule scores, fitted by `sieve fit` (README: "Tuning a site\'s rules"). Review changes like code.',
        command: `npx sieve fit ${file}${values.policy ? ` --policy ${values.policy}` : ''} --out ${values.out}`,
        corpus: { file, comments: rows.length, sha256: await corpusDigest(rows), heldOutShare: holdout },
        options: { falseCatchCost, priorStrength, maxFactor: options.maxFactor },
        scores: Object.fromEntries(fittableRules().map((id) => [id, result.scores[id]])),
      };
      await writeFile(values.out, `${JSON.stringify(document, null, 2)}\n`);
    }
    return {
      json: { comments: rows.length, heldOut: holdPart.length, figures, changes, scores: result.scores, badLines: summary.badLines },
      text: renderFit(figures, changes, values.out),
      exitCode: summary.badLines > 0 ? EXIT_FAILURE : EXIT_OK,
    };
  },
});

/** A stable number in [0, 1) from a comment id: which part of the split it falls in. */
function bucketOf(id: string): number {
  return createHash('sha256').update(id).digest().readUInt32BE(0) / 2 ** 32;
}

async function corpusDigest(rows: readonly FitRow[]): Promise<string> {
  return createHash('sha256').update(rows.map((r) => `${r.id}:${r.catch ? 1 : 0}`).join('\n')).digest('hex').slice(0, 16);
}

function share(raw: string | undefined, flag: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d*\.?\d+$/.test(raw) || !(value >= 0 && value < 1)) throw new UsageError(`${flag}: expected a share from 0 to below 1, got "${raw}"`);
  return value;
}

function positive(raw: string | undefined, flag: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d*\.?\d+$/.test(raw) || !(value > 0)) throw new UsageError(`${flag}: expected a positive number, got "${raw}"`);
  return value;
}

const pct = (x: number | null) => (x === null ? '  n/a' : `${(100 * x).toFixed(1).padStart(5)}%`);
const row = (name: string, f: Figures) =>
  `  ${name.padEnd(7)} precision ${pct(f.precision)}  recall ${pct(f.recall)}  F1 ${f.f1 === null ? 'n/a ' : f.f1.toFixed(3)}  false catches ${pct(f.falseCatchRate)}`;

function renderFit(
  figures: Record<'fitted' | 'heldOut', { before: Figures; after: Figures }>,
  changes: { rule: string; before: number; after: number; support: number }[],
  out: string | undefined,
): string {
  const lines = [
    `fitted on ${figures.fitted.before.comments} comments:`,
    row('before', figures.fitted.before),
    row('after', figures.fitted.after),
    `held out (${figures.heldOut.before.comments} comments, not used by the fit):`,
    row('before', figures.heldOut.before),
    row('after', figures.heldOut.after),
    '',
    changes.length === 0 ? 'no score changed' : `scores changed (${changes.length}), largest first:`,
    ...changes.map((c) => `  ${c.rule.padEnd(28)} ${c.before.toFixed(2)} -> ${c.after.toFixed(2)}  (fires on ${c.support})`),
    '',
    out ? `wrote ${out}` : 'no --out given: nothing written',
  ];
  return `${lines.join('\n')}\n`;
}
