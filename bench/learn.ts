// Learned-model benchmark (`npm run bench:learn`, not part of `npm test`).
//  1. Quality: 5-fold cross-validation on the labelled corpus (never the frozen slice): each
//     fold's model is trained on the other four folds as `sieve learn` trains, and the fold
//     is decided as `sieve eval --model` decides; rules alone vs rules + model, and a
//     learning curve (models trained on the first N labelled lines of the training folds).
//     Then the same for a site whose spam the rules do not know: the ok and spam lines only,
//     with the spam rules' hits withheld from the decision and from the model alike, so the
//     model has only the words to learn from.
//  2. Scale: 10,000 and 100,000 labelled comments (the corpus repeated with small changes):
//     time to read them (engine + features), time to train, model size and load time.
//  3. Speed: `sieve check` on 20,000 lines (the corpus repeated) without a model, with the
//     model trained on the corpus, and with one that speaks on about half of the lines
//     (trained on 10,000 of them), so that its explanations are paid for. Target: within 25%
//     of the speed without one.
// `npm run bench:learn -- --speed` runs part 3 only.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_POLICY, contextQuery, evaluate, inspect, type CommentInput, type ContextFacts, type Decision } from '../shared/engine/index.ts';
import type { Finding } from '../shared/engine/checks/check.ts';
import type { Prepared } from '../shared/engine/prepare.ts';
import { decide } from '../shared/engine/decide.ts';
import { compilePolicy } from '../shared/engine/compiled-policy.ts';
import { MemoryContextSource } from '../shared/engine/memory-context.ts';
import { DEFAULT_HASH_BITS, TrainingSet, learnedFindings, parseModel, train, type LearnedModel } from '../shared/learn/index.ts';

const CORPUS = fileURLToPath(new URL('../test/corpus/tuning.jsonl', import.meta.url));
const SIEVE = fileURLToPath(new URL('../local/cli/sieve.ts', import.meta.url));
const FOLDS = 5;
const CURVE = [100, 200, 300];
const SCALES = [10_000, 100_000];
const CHECK_LINES = 20_000;
const CHECK_TRAINING_LINES = 10_000;
const CHECK_PASSES = 3;
const TARGET_SLOWDOWN = 0.25;
const CREATED_AT = '2026-01-01T00:00:00.000Z';
/** The rules a site "without spam rules" lacks: every spam rule but the shape of the text. */
const SPAM_RULES = /^spam\.(promotion|solicitation|scam|money|discount|contact|links|referral)/;

interface Line {
  id: string;
  text: string;
  label: string;
  author?: CommentInput['author'];
  postId?: string;
  createdAt: string;
}

/** A corpus line as the stream saw it: the comment, the facts before it, the rules' decision. */
interface Seen {
  label: string;
  comment: CommentInput;
  facts: ContextFacts;
  rules: Decision;
}

const corpus: Line[] = readFileSync(CORPUS, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));

/** The lines in stream order through the CLI's in-memory context, as `sieve eval` runs them. */
async function stream(lines: Line[]): Promise<Seen[]> {
  const context = new MemoryContextSource();
  const seen: Seen[] = [];
  for (const line of lines) {
    const comment: CommentInput = { id: line.id, text: line.text, author: line.author, postId: line.postId, createdAt: Date.parse(line.createdAt) };
    const query = contextQuery(comment, DEFAULT_POLICY);
    const facts = await context.lookup(query);
    const rules = evaluate(comment, facts, DEFAULT_POLICY);
    await context.record(query, rules.outcome);
    seen.push({ label: line.label, comment, facts, rules });
  }
  return seen;
}

/** A line as some rules judge it: the engine's rules, or a site's rules without some of them. */
interface Judged extends Seen {
  prepared: Prepared;
  findings: Finding[];
  /** Its decision with a model, as the worker would make it. */
  decideWith(model: LearnedModel): Decision;
}

function judged(seen: Seen, withheld?: RegExp): Judged {
  const { comment, facts } = seen;
  const { prepared, findings: all, compiled } = inspect(comment, facts, DEFAULT_POLICY);
  if (!withheld) return { ...seen, prepared, findings: all, decideWith: (model) => evaluate(comment, facts, DEFAULT_POLICY, model) };
  // evaluate's own steps (evaluate.ts), with the withheld rules' hits removed first.
  const findings = all.filter((f) => !withheld.test(f.rule));
  const rules = decide(findings, facts, DEFAULT_POLICY, compiled.scores);
  const decideWith = (model: LearnedModel) => {
    const learned = learnedFindings(model, { prepared, findings, scores: rules.scores, text: comment.text });
    return learned.length > 0 ? decide([...findings, ...learned], facts, DEFAULT_POLICY, compiled.scores) : rules;
  };
  return { ...seen, rules, prepared, findings, decideWith };
}

function trainingSet(lines: Judged[]): TrainingSet {
  const set = new TrainingSet(DEFAULT_HASH_BITS);
  for (const { label, prepared, findings, rules } of lines) set.addJudged({ label, prepared, findings, decision: rules });
  return set;
}

function modelOf(set: TrainingSet): LearnedModel {
  return parseModel(JSON.stringify(train(set, { version: 'bench', createdAt: CREATED_AT })));
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

function count(t: Tally, label: string, decision: Decision): void {
  const caught = decision.outcome !== 'approve';
  if (label !== 'ok') caught ? t.tp++ : t.fn++;
  else caught ? t.fp++ : t.tn++;
}

function figures(t: Tally): string {
  const precision = t.tp / (t.tp + t.fp);
  const recall = t.tp / (t.tp + t.fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  return `precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}  false catches ${t.fp} (${((100 * t.fp) / (t.fp + t.tn)).toFixed(1)}%)`;
}

function crossValidation(title: string, lines: Judged[]): void {
  const rules = tally();
  const learned = tally();
  const curve = CURVE.map(tally);
  for (let fold = 0; fold < FOLDS; fold++) {
    const set = trainingSet(lines.filter((_, i) => i % FOLDS !== fold));
    const models = [modelOf(set), ...CURVE.map((n) => modelOf(set.first(n)))];
    for (const line of lines.filter((_, i) => i % FOLDS === fold)) {
      count(rules, line.label, line.rules);
      count(learned, line.label, line.decideWith(models[0]));
      CURVE.forEach((_, k) => count(curve[k], line.label, line.decideWith(models[k + 1])));
    }
  }
  console.log(`${title}: ${lines.length} labelled comments, ${FOLDS}-fold cross-validation (line i in fold i mod ${FOLDS})`);
  console.log(`  rules alone            ${figures(rules)}`);
  console.log(`  rules + model          ${figures(learned)}`);
  CURVE.forEach((n, k) => console.log(`  first ${String(n).padEnd(4)} labels      ${figures(curve[k])}`));
}

/** `size` lines: the corpus over and over, each copy three days later and lightly reworded, so copies are neither duplicates nor identical. */
function synthesised(size: number): Line[] {
  const openers = ['', 'Well, ', 'So ', 'Look, ', 'Okay, ', 'Again, '];
  const closers = ['', ' honestly', ' today', ' again', ' for real', ' lately'];
  const span = 3 * 24 * 3600 * 1000;
  const out: Line[] = [];
  for (let copy = 0; out.length < size; copy++) {
    for (const [i, line] of corpus.entries()) {
      if (out.length === size) break;
      const h = (Math.imul(copy + 1, 2654435761) ^ Math.imul(i + 1, 40503)) >>> 0;
      const text = copy === 0 ? line.text : `${openers[h % openers.length]}${line.text}${closers[(h >>> 8) % closers.length]}`;
      out.push({ ...line, id: `${line.id}-${copy}`, text, createdAt: new Date(Date.parse(line.createdAt) + copy * span).toISOString() });
    }
  }
  return out;
}

/** CPU seconds (user + system) of this process since `from`: on a busy machine, steadier than the wall clock. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e6;
}

async function scale(): Promise<void> {
  console.log('\ntraining at scale (one core, CPU time):');
  for (const size of SCALES) {
    const lines = synthesised(size);
    let started = process.cpuUsage();
    const set = trainingSet((await stream(lines)).map((seen) => judged(seen)));
    const readSeconds = cpuSince(started);
    started = process.cpuUsage();
    const json = JSON.stringify(train(set, { version: 'bench', createdAt: CREATED_AT }));
    const trainSeconds = cpuSince(started);
    const loadStarted = performance.now();
    parseModel(json);
    const loadMs = performance.now() - loadStarted;
    console.log(
      `  ${size.toLocaleString('en-US').padStart(7)} labels: read ${readSeconds.toFixed(1)} s, train ${trainSeconds.toFixed(1)} s, ` +
        `model ${(json.length / 1024).toFixed(0)} KB, load ${loadMs.toFixed(1)} ms`,
    );
  }
}

/**
 * CPU seconds used by this process's finished children (Linux /proc), or undefined elsewhere:
 * on a busy machine a child's CPU time says more about its cost than the wall clock does.
 */
function childrenCpuSeconds(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
    // cutime and cstime, fields 16 and 17 of stat (13 and 14 after the name), in clock ticks.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

interface Run {
  wall: number;
  cpu?: number;
}

/** The fastest of a few runs of `sieve check`, by CPU time where it is known. */
function checkRun(args: string[]): Run {
  let best: Run | undefined;
  for (let pass = 0; pass < CHECK_PASSES; pass++) {
    const cpuBefore = childrenCpuSeconds();
    const started = performance.now();
    const run = spawnSync(process.execPath, [SIEVE, 'check', ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) throw new Error(`sieve check ${args.join(' ')} exited ${run.status}`);
    const cpuAfter = childrenCpuSeconds();
    const result: Run = { wall: (performance.now() - started) / 1000, cpu: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
    if (!best || (result.cpu ?? result.wall) < (best.cpu ?? best.wall)) best = result;
  }
  return best as Run;
}

/** `sieve check` on `input` without a model and with the model trained on `training`. */
function checkSpeed(title: string, input: string, training: string, dir: string): void {
  const model = join(dir, 'model.json');
  const learn = spawnSync(process.execPath, [SIEVE, 'learn', training, '--out', model], { stdio: 'ignore' });
  if (learn.status !== 0) throw new Error(`sieve learn exited ${learn.status}`);
  const decisions = spawnSync(process.execPath, [SIEVE, 'check', '--model', model, input], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const spoken = decisions.stdout.split('\n').filter((line) => line.includes('"rule":"learned.')).length;
  const without = checkRun([input]);
  const withModel = checkRun(['--model', model, input]);
  const cost = (r: Run) => r.cpu ?? r.wall;
  const slowdown = cost(withModel) / cost(without) - 1;
  const line = (r: Run) =>
    `${r.wall.toFixed(2)} s wall${r.cpu === undefined ? '' : `, ${r.cpu.toFixed(2)} s CPU`} (${Math.round(CHECK_LINES / cost(r)).toLocaleString('en-US')} lines per ${r.cpu === undefined ? '' : 'CPU '}second)`;
  console.log(`  ${title}, which speaks on ${spoken.toLocaleString('en-US')} lines:`);
  console.log(`    without a model  ${line(without)}`);
  console.log(`    with the model   ${line(withModel)}: ${(100 * slowdown).toFixed(0)}% slower (target <= ${100 * TARGET_SLOWDOWN}%)`);
}

function checkSpeeds(): void {
  const dir = mkdtempSync(join(tmpdir(), 'sieve-bench-learn-'));
  const input = join(dir, 'check.jsonl');
  const training = join(dir, 'train.jsonl');
  const lines = synthesised(CHECK_LINES).map((l) => JSON.stringify(l));
  writeFileSync(input, lines.join('\n') + '\n');
  writeFileSync(training, lines.slice(0, CHECK_TRAINING_LINES).join('\n') + '\n');
  console.log(`\nsieve check, ${CHECK_LINES.toLocaleString('en-US')} lines (the corpus repeated; best of ${CHECK_PASSES}, process start included):`);
  checkSpeed('model trained on the corpus', input, CORPUS, dir);
  checkSpeed(`model trained on the first ${CHECK_TRAINING_LINES.toLocaleString('en-US')} of the lines`, input, training, dir);
}

if (!process.argv.includes('--speed')) {
  const seen = await stream(corpus);
  crossValidation('the rules as they are', seen.map((line) => judged(line)));
  console.log('');
  crossValidation('a site whose spam the rules do not know', seen.filter((l) => l.label === 'ok' || l.label === 'spam').map((line) => judged(line, SPAM_RULES)));
  await scale();
}
checkSpeeds();
