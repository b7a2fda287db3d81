// `sieve eval` with a learned model: the model from --model, or trained on the spot from
// --train; and the learning curve (--curve), which trains on the first N labelled lines
// of the training file for each N and scores the test file with each model, next to the
// rules alone, so a site can see how many labels it takes before learning pays.

import { parseModel, type LearnedModel } from '../../shared/learn/index.ts';
import type { Policy } from '../../shared/engine/index.ts';
import { EXIT_FAILURE, EXIT_OK, UsageError, type CliIo } from './command.ts';
import type { CommandOutput } from './define-command.ts';
import { EvalTally, type EvalReport } from './eval-tally.ts';
import { openInput } from './input.ts';
import { loadModelFile } from './model-file.ts';
import { moderateStream } from './moderate-stream.ts';
import { formatCount } from './progress.ts';
import { headStatus, readTrainingSet, renderHeads, trainModel, type HeadStatus } from './training.ts';

const NAME = 'sieve eval';

export interface ModelChoice {
  model?: string;
  train?: string;
  minLabels?: number;
}

/** The model `eval` decides with: read from --model, trained from --train, or none. */
export async function evalModel(choice: ModelChoice, policy: Policy, io: CliIo): Promise<LearnedModel | undefined> {
  if (choice.model !== undefined && choice.train !== undefined) throw new UsageError('give either --model or --train, not both');
  if (choice.model !== undefined) return loadModelFile(choice.model);
  if (choice.train === undefined) return undefined;
  const training = await readTrainingSet(await openInput(choice.train, io), { policy, io, name: NAME });
  const document = trainModel(training.set, { version: 'trained', minLabels: choice.minLabels, progress: true }, { io, name: NAME });
  for (const line of renderHeads(headStatus(document))) io.stderr.write(`${NAME}: ${line}\n`);
  // Through the stored form, so the figures are those of the model `sieve learn` would write.
  return parseModel(JSON.stringify(document));
}

/** `--curve 50,100,200`: label counts, ascending. */
export function parseCurve(given: string): number[] {
  const points = given.split(',').map((part) => Number(part.trim()));
  if (points.length === 0 || points.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new UsageError(`--curve: expected label counts like 50,100,200, got "${given}"`);
  }
  return [...new Set(points)].sort((a, b) => a - b);
}

/** The headline figures of one evaluation. */
export interface Figures {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  falsePositives: number;
  falseCatchRate: number | null;
}

export interface CurvePoint extends Figures {
  /** Labelled lines trained on (the whole file when it has fewer than asked). */
  labels: number;
  trainedOn: { ok: number; spam: number; abuse: number };
  heads: Record<string, HeadStatus>;
}

export interface CurveRun {
  trainFile: string;
  testFile: string;
  points: number[];
  policy: Policy;
  minLabels?: number;
  io: CliIo;
}

export async function learningCurve(run: CurveRun): Promise<CommandOutput> {
  const { policy, io } = run;
  if (run.testFile === '-') throw new UsageError('--curve reads the test file once per point: give a file, not stdin');
  const training = await readTrainingSet(await openInput(run.trainFile, io), { policy, io, name: NAME });
  const rules = await scoreFile(run.testFile, policy, undefined, io);
  const points: CurvePoint[] = [];
  let badLines = training.badLines + rules.badLines;
  // A point beyond the training file is the whole file, once.
  const sizes = [...new Set(run.points.map((n) => Math.min(n, training.set.size)))];
  for (const size of sizes) {
    const set = training.set.first(size);
    io.stderr.write(`${NAME}: training on the first ${formatCount(set.size)} labelled lines\n`);
    const document = trainModel(set, { version: `curve-${set.size}`, minLabels: run.minLabels, progress: false }, { io, name: NAME });
    const scored = await scoreFile(run.testFile, policy, parseModel(JSON.stringify(document)), io);
    badLines += scored.badLines;
    points.push({ labels: set.size, trainedOn: document.labels, heads: headStatus(document), ...figures(scored.report) });
  }
  const { comments, shouldPass, shouldCatch } = rules.report;
  return {
    json: { test: { comments, shouldPass, shouldCatch }, rules: figures(rules.report), points, badLines },
    text: renderCurve(run, rules.report, points),
    exitCode: badLines > 0 ? EXIT_FAILURE : EXIT_OK,
  };
}

async function scoreFile(file: string, policy: Policy, model: LearnedModel | undefined, io: CliIo): Promise<{ report: EvalReport; badLines: number }> {
  const tally = new EvalTally();
  const summary = await moderateStream(
    await openInput(file, io),
    { policy, model, labelled: true, name: NAME, io, startedAt: Date.now() },
    ({ line, decision }) => tally.add({ id: line.id, text: line.text, label: line.label ?? '' }, decision),
  );
  return { report: tally.report(), badLines: summary.badLines };
}

function figures(report: EvalReport): Figures {
  const { precision, recall, f1, falsePositives, falseCatchRate } = report;
  return { precision, recall, f1, falsePositives, falseCatchRate };
}

function renderCurve(run: CurveRun, rules: EvalReport, points: CurvePoint[]): string {
  const number = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3)).padStart(9);
  const row = (first: string, counts: string, heads: string, f: Figures) =>
    first.padEnd(8) + counts + heads.padEnd(16) + number(f.precision) + number(f.recall) + number(f.f1) +
    `${formatCount(f.falsePositives)} (${f.falseCatchRate === null ? 'n/a' : `${(f.falseCatchRate * 100).toFixed(1)}%`})`.padStart(16);
  const counts = (ok: string, spam: string, abuse: string) => ok.padStart(7) + spam.padStart(7) + abuse.padStart(7) + '  ';
  const headsOf = (p: CurvePoint) => {
    const active = Object.entries(p.heads).filter(([, s]) => s.active).map(([name]) => name);
    return active.length > 0 ? active.join('+') : 'silent';
  };
  return [
    `learning curve: models trained on the first N labelled lines of ${run.trainFile}, scored on ${run.testFile}`,
    `(${formatCount(rules.comments)} comments: ${formatCount(rules.shouldPass)} should pass, ${formatCount(rules.shouldCatch)} should be caught)`,
    '',
    'labels'.padEnd(8) + counts('ok', 'spam', 'abuse') + 'heads'.padEnd(16) + 'precision'.padStart(9) + 'recall'.padStart(9) + 'F1'.padStart(9) + 'false catches'.padStart(16),
    row('rules', counts('-', '-', '-'), '(no model)', figures(rules)),
    ...points.map((p) => row(formatCount(p.labels), counts(formatCount(p.trainedOn.ok), formatCount(p.trainedOn.spam), formatCount(p.trainedOn.abuse)), headsOf(p), p)),
    '',
  ].join('\n');
}
