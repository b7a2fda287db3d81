// `sieve calibrate`: fits the Perspective endpoint's probabilities (shared/perspective) on a
// labelled corpus and writes the coefficients as a file reviewed like code; with --check, only
// measures an existing calibration on a corpus (the frozen slice is only ever checked).

import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ATTRIBUTE_NAMES, ATTRIBUTES, type AttributeName } from '../../../shared/perspective/attributes.ts';
import { calibrateAttributes, qualityOf, type LabelledScoring } from '../../../shared/perspective/calibrate-attributes.ts';
import { CalibrationFileError, parseCalibration, type Calibration } from '../../../shared/perspective/calibration.ts';
import { DEFAULT_CALIBRATION_FIT } from '../../../shared/perspective/calibration-fit.ts';
import type { Quality } from '../../../shared/perspective/calibration-quality.ts';
import { scoreText } from '../../../shared/perspective/score.ts';
import { EXIT_FAILURE, EXIT_OK, UsageError } from '../command.ts';
import { parseCommentLine } from '../comment-line.ts';
import { defineCommand, exactly } from '../define-command.ts';
import { openInput, readLines } from '../input.ts';
import { loadModelFile } from '../model-file.ts';
import { loadPolicy } from '../policy-file.ts';

const help = `Usage: sieve calibrate [--out FILE] [--check FILE] [--policy FILE] [--model MODEL.json] [--json] CORPUS

Fits the probabilities the Perspective-compatible endpoint answers (POST
/v1alpha1/comments:analyze): for each attribute, a logistic calibration of the engine's
evidence (category scores of the rules and the site's model, the strongest reason, the
number of reasons, lexicon words) with non-negative weights, so a probability never falls as
evidence grows. Each comment is scored as the endpoint scores it: alone, with no stream
context. Prints, per attribute, AUC, Brier score, expected calibration error, reliability by
probability bins and the catch rate at 0.8 (Coral Talk's default threshold).

Options:
  --out FILE     write the coefficients there (shared/perspective/calibration.json ships)
  --check FILE   fit nothing: measure the calibration in FILE on CORPUS (a held-out slice)
  --policy FILE  policy overrides to score under
  --model FILE   score with this learned model (from "sieve learn") as a site with it is
                 scored; with --check, how a site's model moves the figures
  --json         print the figures as one JSON object

Fitting refuses test/corpus/frozen.jsonl: the frozen slice is only ever checked.

Exit status: 0 done; 1 some lines were bad (the rest were used); 2 usage error.
`;

export const calibrate = defineCommand({
  name: 'calibrate',
  summary: 'fit (or check) the Perspective endpoint\'s calibrated probabilities on a labelled corpus',
  help,
  options: { out: { type: 'string' }, check: { type: 'string' }, policy: { type: 'string' }, model: { type: 'string' } },
  json: true,
  positionals: exactly(1, 'expected exactly one labelled CORPUS file'),
  async run({ values, positionals: [file], io }) {
    if (values.out && values.check) throw new UsageError('--out and --check exclude each other: --check fits nothing');
    if (!values.check && basename(file) === 'frozen.jsonl') throw new UsageError(`${file}: the frozen slice is never fitted on; use --check FILE to measure a calibration on it`);
    const policy = await loadPolicy(values.policy);
    const model = values.model ? await loadModelFile(values.model) : undefined;
    const rows: LabelledScoring[] = [];
    const ids: string[] = [];
    let badLines = 0;
    for await (const { lineNo, raw, problem } of readLines(await openInput(file, io))) {
      const parsed = raw === undefined ? { ok: false as const, problem } : parseCommentLine(raw, lineNo, { labelled: true });
      if (!parsed.ok) {
        badLines++;
        io.stderr.write(`sieve calibrate: ${parsed.problem}\n`);
        continue;
      }
      const { line } = parsed;
      rows.push({ label: line.label!, scoring: scoreText(line.text, policy, model, line.createdAt ?? 0) });
      ids.push(`${line.id}:${line.label}`);
    }
    if (rows.length === 0) throw new UsageError(`${file}: no labelled comments`);

    let calibration: Calibration;
    const figures: Partial<Record<AttributeName, Quality>> = {};
    if (values.check) {
      calibration = await readCalibration(values.check);
      for (const name of ATTRIBUTE_NAMES) if (ATTRIBUTES[name].positives !== null) figures[name] = qualityOf(name, rows, calibration);
    } else {
      const result = calibrateAttributes(rows);
      calibration = result.calibration;
      Object.assign(figures, result.quality);
    }
    if (values.out) {
      const document = {
        about:
          'Calibration of the Perspective-compatible endpoint (shared/perspective): p = 1 / (1 + exp(-(bias + sum of weight x feature))), weights >= 0. Fitted by `sieve calibrate`; PROFANITY is set by hand (the corpus labels no profanity). Review changes like code.',
        command: `npx sieve calibrate ${file}${values.policy ? ` --policy ${values.policy}` : ''}${values.model ? ` --model ${values.model}` : ''} --out ${values.out}`,
        corpus: { file, comments: rows.length, sha256: createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 16) },
        fit: DEFAULT_CALIBRATION_FIT,
        attributes: calibration,
        fitted: Object.fromEntries(Object.entries(figures).map(([name, q]) => [name, summary(q)])),
      };
      await writeFile(values.out, `${JSON.stringify(document, null, 2)}\n`);
    }
    return {
      json: { comments: rows.length, badLines, mode: values.check ? 'check' : 'fit', attributes: calibration, quality: figures },
      text: render(file, rows.length, figures, values.check ? `checked ${values.check}` : values.out ? `wrote ${values.out}` : 'no --out given: nothing written'),
      exitCode: badLines > 0 ? EXIT_FAILURE : EXIT_OK,
    };
  },
});

async function readCalibration(file: string): Promise<Calibration> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  try {
    return parseCalibration(JSON.parse(text));
  } catch (error) {
    if (error instanceof CalibrationFileError || error instanceof SyntaxError) throw new UsageError(`${file}: ${error.message}`);
    throw error;
  }
}

const round = (x: number | null, digits = 4) => (x === null ? null : Number(x.toFixed(digits)));

/** The figures kept in the calibration file: enough to see a change in review. */
const summary = (q: Quality) => ({
  comments: q.comments,
  positives: q.positives,
  auc: round(q.auc),
  brier: round(q.brier),
  ece: round(q.ece),
  distinct: q.distinct,
  at08: { recall: round(q.atThreshold.recall), falsePositiveRate: round(q.atThreshold.falsePositiveRate) },
});

const pct = (x: number | null) => (x === null ? '  n/a' : `${(100 * x).toFixed(1).padStart(5)}%`);

function render(file: string, comments: number, figures: Partial<Record<AttributeName, Quality>>, footer: string): string {
  const lines = [`${file}: ${comments} comments, each scored alone as the endpoint scores it`, ''];
  for (const [name, q] of Object.entries(figures) as [AttributeName, Quality][]) {
    lines.push(
      `${name} (${q.positives} positive): AUC ${q.auc?.toFixed(4) ?? 'n/a'}  Brier ${q.brier.toFixed(4)}  ECE ${q.ece.toFixed(4)}  ${q.distinct} distinct values  at 0.8: recall ${pct(q.atThreshold.recall)}, false positives ${pct(q.atThreshold.falsePositiveRate)}`,
      `  reliability: ${q.reliability
        .filter((b) => b.comments > 0)
        .map((b) => `[${b.from.toFixed(1)},${b.to.toFixed(1)}) n=${b.comments} predicted ${b.meanPredicted!.toFixed(2)} observed ${b.observed!.toFixed(2)}`)
        .join('; ')}`,
    );
  }
  lines.push('', footer);
  return `${lines.join('\n')}\n`;
}
