// Training from labelled JSON Lines for `sieve learn` and `sieve eval --train`: the lines
// run through the engine in stream order exactly as `sieve eval` runs them, so each
// example's rule features are the ones the worker would see, then the heads are trained.

import type { Readable } from 'node:stream';
import { inspect, type Policy } from '../../shared/engine/index.ts';
import { DEFAULT_HASH_BITS, HEADS, TrainingSet, train, type HeadName, type ModelDocument } from '../../shared/learn/index.ts';
import { UsageError, type CliIo } from './command.ts';
import { moderateStream } from './moderate-stream.ts';
import { formatCount } from './progress.ts';

export interface TrainingInput {
  set: TrainingSet;
  /** Lines per label as written ("insult", "threat", ...), before grouping into heads. */
  byLabel: Record<string, number>;
  lines: number;
  badLines: number;
}

interface RunContext {
  policy: Policy;
  io: CliIo;
  /** Prefix for stderr messages, e.g. `sieve learn`. */
  name: string;
}

export async function readTrainingSet(input: Readable, { policy, io, name }: RunContext): Promise<TrainingInput> {
  const set = new TrainingSet(DEFAULT_HASH_BITS);
  const byLabel: Record<string, number> = {};
  const summary = await moderateStream(input, { policy, labelled: true, name, io, startedAt: Date.now() }, ({ line, comment, facts, decision }) => {
    // The same comment and facts the decision was made from: the checks find the same hits.
    const { prepared, findings } = inspect(comment, facts, policy);
    const label = line.label ?? '';
    set.addJudged({ label, prepared, findings, decision });
    byLabel[label] = (byLabel[label] ?? 0) + 1;
  });
  return { set, byLabel, ...summary };
}

export interface TrainOptions {
  version: string;
  minLabels?: number;
  /** Report each epoch on stderr. */
  progress: boolean;
}

export function trainModel(set: TrainingSet, options: TrainOptions, { io, name }: Pick<RunContext, 'io' | 'name'>): ModelDocument {
  const started = performance.now();
  const report = (step: string) => io.stderr.write(`${name}: ${step} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  return train(set, {
    version: options.version,
    createdAt: new Date().toISOString(),
    ...(options.minLabels === undefined ? {} : { minLabels: options.minLabels }),
    ...(options.progress ? { onProgress: report } : {}),
  });
}

export type HeadStatus = { active: true; weights: number } | { active: false; reason: string };

/** Whether each head speaks, and if not, which labels it lacks. */
export function headStatus(model: ModelDocument): Record<HeadName, HeadStatus> {
  const status = {} as Record<HeadName, HeadStatus>;
  for (const name of HEADS) {
    const head = model.heads[name];
    if (head) {
      status[name] = { active: true, weights: head.count };
      continue;
    }
    const short = [
      model.labels.ok < model.minLabels ? `${formatCount(model.labels.ok)} ok` : '',
      model.labels[name] < model.minLabels ? `${formatCount(model.labels[name])} ${name}` : '',
    ].filter(Boolean);
    status[name] = {
      active: false,
      reason:
        short.length > 0
          ? `only ${short.join(' and ')} labels, needs ${formatCount(model.minLabels)} of each`
          : "on this site's labels (cross-validated) it would not improve on the rules",
    };
  }
  return status;
}

export function renderHeads(status: Record<HeadName, HeadStatus>): string[] {
  return HEADS.map((name) => {
    const s = status[name];
    const what = s.active ? `active (${formatCount(s.weights)} weights)` : `silent: ${s.reason}`;
    return `${`${name} head`.padEnd(12)}${what}`;
  });
}

/** `--min-labels`: a whole number of labels, 1 or more. */
export function parseMinLabels(given: string | undefined): number | undefined {
  if (given === undefined) return undefined;
  const n = Number(given);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--min-labels: expected a whole number of at least 1, got "${given}"`);
  return n;
}
