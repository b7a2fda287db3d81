// Engine benchmark (`npm run bench:engine`, not part of `npm test`).
//  1. Throughput on one core over comments of the target's length: 2-6 corpus lines of the
//     same label joined into one comment (mean 200-400 characters), ~100k of them, evaluated
//     with empty context (engine alone) and through the CLI's in-memory context (as `sieve check`).
//  2. Worst case: adversarial 10,000-character inputs, each warmed up, then timed many times.
// Targets: >= 30,000 comments/s; no input over 5 ms, judged on the 95th percentile because
// on a shared machine the single slowest run measures GC pauses and neighbours, not the engine,
// and on each run's CPU time (as throughput is): on a machine whose cores are shared with other
// processes, a run's wall time also counts the time the process waited for a core. The wall
// time's p95 is shown beside it.
//
// `npm run bench:engine -- --baseline DIR` also loads the engine of another checkout (e.g. a
// `git worktree add /tmp/base HEAD~5` with node_modules linked) and measures both in this one
// process, pass by pass in turn, on the same comments: the fair way to tell whether a change
// made the engine slower.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as engine from '../shared/engine/index.ts';
import type { CommentInput, ContextFacts, ContextQuery, Outcome } from '../shared/engine/index.ts';
import { MemoryContextSource } from '../shared/engine/memory-context.ts';

/** What the bench needs of an engine, so the one of another checkout can be measured beside this one. */
interface Engine {
  name: string;
  DEFAULT_POLICY: engine.Policy;
  EMPTY_CONTEXT: ContextFacts;
  contextQuery(comment: CommentInput, policy: engine.Policy): ContextQuery;
  evaluate(comment: CommentInput, facts: ContextFacts, policy: engine.Policy): unknown;
  newContext(): { lookupNow(q: ContextQuery): ContextFacts; recordNow(q: ContextQuery, outcome: Outcome): void };
}

const current: Engine = { name: 'this checkout', ...engine, newContext: () => new MemoryContextSource() };

async function loadBaseline(dir: string): Promise<Engine> {
  const root = resolve(dir);
  const base = await import(pathToFileURL(`${root}/shared/engine/index.ts`).href);
  // The in-memory context moved from local/cli to shared/engine.
  const contextFile = ['shared/engine/memory-context.ts', 'local/cli/memory-context.ts'].find((f) => existsSync(`${root}/${f}`));
  if (!contextFile) throw new Error(`${root}: no memory-context.ts found`);
  const { MemoryContextSource: BaseContext } = await import(pathToFileURL(`${root}/${contextFile}`).href);
  return { name: `baseline ${dir}`, ...base, newContext: () => new BaseContext() };
}

const { values: cli } = parseArgs({ options: { baseline: { type: 'string' } } });
const baseline = cli.baseline ? await loadBaseline(cli.baseline) : undefined;
const { DEFAULT_POLICY } = engine;

const TARGET_PER_SECOND = 30_000;
const TARGET_MAX_MS = 5;
const REPLICATED_SIZE = 100_000;
/** The target's comments are 200-400 characters on average; corpus lines are much shorter. */
const TARGET_MEAN_LENGTH: [number, number] = [200, 400];
const ADVERSARIAL_LENGTH = 10_000;
/** Enough runs for the JIT to finish optimising this input's paths before timing starts. */
const ADVERSARIAL_WARMUP = 20;
const ADVERSARIAL_RUNS = 60;
/** Throughput is the best of this many passes, so a GC pause or a late JIT tier-up does not decide it. */
const THROUGHPUT_PASSES = 3;

const corpusUrl = new URL('../test/corpus/tuning.jsonl', import.meta.url);
const labels = new Map<string, string>();
const corpus: CommentInput[] = readFileSync(corpusUrl, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => {
    const { id, text, author, postId, createdAt, label } = JSON.parse(line);
    labels.set(id, label);
    return { id, text, author, postId, createdAt: Date.parse(createdAt) };
  });

/**
 * Longer comments from the corpus, deterministically: lines of one label, taken in stream
 * order, joined 2, 3, 4, 5, 6, 2, 3 ... at a time (so a comment reads as one kind of text).
 */
function joinedComments(): CommentInput[] {
  const byLabel = new Map<string, CommentInput[]>();
  for (const c of corpus) {
    const label = labels.get(c.id) ?? 'ok';
    byLabel.set(label, [...(byLabel.get(label) ?? []), c]);
  }
  const out: CommentInput[] = [];
  let size = 2;
  for (const lines of byLabel.values()) {
    for (let i = 0; i < lines.length; i += size, size = size === 6 ? 2 : size + 1) {
      const group = lines.slice(i, i + size);
      const first = group[0];
      out.push({ ...first, id: `${first.id}-j`, text: group.map((c) => c.text).join(' ') });
    }
  }
  return out.sort((a, b) => a.createdAt - b.createdAt);
}

/** Copies of the joined comments, each shifted three days later so copies never share a duplicate or flood window. */
function replicate(base: CommentInput[], size: number): CommentInput[] {
  const span = 3 * 24 * 3600 * 1000;
  const out: CommentInput[] = [];
  for (let copy = 0; out.length < size; copy++) {
    for (const c of base) out.push({ ...c, id: `${c.id}-r${copy}`, createdAt: c.createdAt + copy * span });
  }
  return out;
}

/** Comments per second of wall time and of this process's CPU time (user + system, all threads). */
interface Rate {
  wall: number;
  cpu: number;
}

function timed(count: number, body: () => void): Rate {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  body();
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: count / wallSeconds, cpu: count / ((cpu.user + cpu.system) / 1e6) };
}

function throughputEngineOnly(e: Engine, comments: CommentInput[]): Rate {
  return timed(comments.length, () => {
    for (const comment of comments) {
      e.contextQuery(comment, e.DEFAULT_POLICY);
      e.evaluate(comment, e.EMPTY_CONTEXT, e.DEFAULT_POLICY);
    }
  });
}

function throughputWithContext(e: Engine, comments: CommentInput[]): Rate {
  const context = e.newContext();
  return timed(comments.length, () => {
    for (const comment of comments) {
      const query = e.contextQuery(comment, e.DEFAULT_POLICY);
      const decision = e.evaluate(comment, context.lookupNow(query), e.DEFAULT_POLICY) as { outcome: Outcome };
      context.recordNow(query, decision.outcome);
    }
  });
}

/** Repeats `unit` to exactly `length` UTF-16 code units (never splitting a surrogate pair). */
function fill(unit: string, length = ADVERSARIAL_LENGTH): string {
  let text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  return text;
}

const adversarial: Record<string, string> = {
  'one char: a': fill('a'),
  'one char: !': fill('!'),
  'one char: space': fill(' '),
  'one char: dot': fill('.'),
  'one char: digit': fill('7'),
  'one char: é (combining)': fill('e\u0301'),
  'hundreds of links': fill('https://spam.example/p?id=12345 '),
  'hundreds of shortener links': fill('bit.ly/x9Y ', ADVERSARIAL_LENGTH),
  'links without spaces': fill('http://a.example/'),
  'obfuscated links': fill('mysite dot com '),
  'hundreds of e-mails': fill('a.b@c.example '),
  'hundreds of phone numbers': fill('+44 7700 900123 '),
  'nested repetition': fill('abcabcabdabcabcabd'),
  'repeated word': fill('idiot '),
  'repeated phrase': fill('you are an idiot and '),
  'almost repetition': Array.from({ length: 2000 }, (_, i) => `w${i % 97} `).join('').slice(0, ADVERSARIAL_LENGTH),
  'spaced letters': fill('i d i o t '),
  'spaced letters, no word': fill('x y z q '),
  'dotted letters': fill('m.o.r.o.n.'),
  'dashed letters': fill('s-t-u-p-i-d-'),
  'stretched letters': fill('stuuuuuuuuuuuuuuuuuuuuuupid '),
  'leetspeak': fill('1d10t 5tup1d m0r0n '),
  'deep HTML (nested)': fill('<div>', 5000) + fill('</div>', 5000),
  'deep HTML (anchors)': fill('<a href="http://x.example">y</a>'),
  'unclosed tags': fill('<b<i<u'),
  'HTML entities': fill('&amp;&#x69;&#100;&lt;'),
  'many emoji': fill('😂'),
  'emoji with modifiers': fill('👍🏽'),
  'zero-width between letters': fill('i\u200Bd\u200Bi\u200Bo\u200Bt\u200B'),
  'confusables': fill('іԁіоt '),
  'fullwidth': fill('ｉｄｉｏｔ '),
  'zalgo': fill('i\u0336\u0337\u0338d\u0336\u0337i\u0336o\u0337t\u0338'),
  'all caps': fill('BUY NOW FREE MONEY '),
  'CJK': fill('写得很好谢谢分享'),
  'mixed scripts': fill('aа1!сc '),
  'one long word': Array.from({ length: ADVERSARIAL_LENGTH }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join(''),
  'newlines': fill('\n'),
  'lines of spam': fill('Support local farmers.\n'),
};

/** The best pass by CPU time (its wall rate alongside): a GC pause or a late JIT tier-up does not decide it. */
function bestOf(passes: number, measure: () => Rate): Rate {
  return Array.from({ length: passes }, measure).reduce((a, b) => (b.cpu > a.cpu ? b : a));
}

/**
 * Median, 95th percentile and slowest of many runs of one input, in ms of this process's CPU
 * time (user + system, all threads), after warm-up runs; and the 95th percentile of their wall time.
 */
function timeInput(e: Engine, text: string): { median: number; p95: number; max: number; wallP95: number } {
  const comment: CommentInput = { id: 'adv', text, author: { name: 'x', id: 'x' }, createdAt: 0 };
  const once = (): void => {
    e.contextQuery(comment, e.DEFAULT_POLICY);
    e.evaluate(comment, e.EMPTY_CONTEXT, e.DEFAULT_POLICY);
  };
  for (let run = 0; run < ADVERSARIAL_WARMUP; run++) once();
  const runs: number[] = [];
  const walls: number[] = [];
  for (let run = 0; run < ADVERSARIAL_RUNS; run++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    once();
    walls.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuBefore);
    runs.push((cpu.user + cpu.system) / 1000);
  }
  const at = (list: number[], q: number) => {
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  };
  return { median: at(runs, 0.5), p95: at(runs, 0.95), max: at(runs, 1), wallP95: at(walls, 0.95) };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** In a function, so the 100k comments are garbage before the worst-case runs (a full GC would otherwise be timed). */
function measureThroughput() {
  const joined = joinedComments();
  const comments = replicate(joined, REPLICATED_SIZE);
  const meanLength = comments.reduce((sum, c) => sum + c.text.length, 0) / comments.length;
  const engines = baseline ? [current, baseline] : [current];
  // warm-up: let the JIT settle before measuring
  for (const e of engines) throughputEngineOnly(e, comments.slice(0, 20_000));
  // Passes alternate between the engines, so both meet the same machine load.
  const rates = engines.map(() => ({ engine: [] as Rate[], context: [] as Rate[] }));
  for (let pass = 0; pass < THROUGHPUT_PASSES; pass++) engines.forEach((e, i) => rates[i].engine.push(throughputEngineOnly(e, comments)));
  for (let pass = 0; pass < THROUGHPUT_PASSES; pass++) engines.forEach((e, i) => rates[i].context.push(throughputWithContext(e, comments)));
  const best = (list: Rate[]) => list.reduce((a, b) => (b.cpu > a.cpu ? b : a));
  const [engineRate, baseEngineRate] = rates.map((r) => best(r.engine));
  const [contextRate, baseContextRate] = rates.map((r) => best(r.context));
  return { joinedCount: joined.length, count: comments.length, meanLength, engineRate, contextRate, baseEngineRate, baseContextRate };
}

const { joinedCount, count, meanLength, engineRate, contextRate, baseEngineRate, baseContextRate } = measureThroughput();
const lengthOk = meanLength >= TARGET_MEAN_LENGTH[0] && meanLength <= TARGET_MEAN_LENGTH[1];

const timings = Object.entries(adversarial).map(([name, text]) => ({
  name,
  length: text.length,
  ...timeInput(current, text),
  baseP95: baseline ? timeInput(baseline, text).p95 : undefined,
}));
timings.sort((a, b) => b.p95 - a.p95);
const slowest = timings[0];

console.log(`Engine benchmark (Node ${process.version}, one core)\n`);
console.log(`Throughput: ${fmt(count)} comments (${corpus.length} corpus lines joined 2-6 per comment into ${joinedCount}, replicated)`);
console.log(`  mean length ${fmt(meanLength, 1)} chars (target range ${TARGET_MEAN_LENGTH[0]}-${TARGET_MEAN_LENGTH[1]}${lengthOk ? '' : ': OUTSIDE'}); best of ${THROUGHPUT_PASSES} passes`);
console.log(`  judged on this process's CPU time (V8's GC and compiler threads included, so it errs low); wall time drops further whenever other processes share the cores`);
console.log(`  ${''.padEnd(39)}${'cpu'.padStart(9)}${'wall'.padStart(9)}  comments/s`);
console.log(`  engine only (contextQuery + evaluate): ${fmt(engineRate.cpu).padStart(9)}${fmt(engineRate.wall).padStart(9)}`);
console.log(`  with in-memory context (sieve check):  ${fmt(contextRate.cpu).padStart(9)}${fmt(contextRate.wall).padStart(9)}`);
if (baseline && baseEngineRate && baseContextRate) {
  const ratio = (a: Rate, b: Rate) => `${((100 * a.cpu) / b.cpu).toFixed(0)}%`;
  console.log(`  ${baseline.name}, same comments, passes in turn:`);
  console.log(`  engine only (contextQuery + evaluate): ${fmt(baseEngineRate.cpu).padStart(9)}${fmt(baseEngineRate.wall).padStart(9)}   this checkout: ${ratio(engineRate, baseEngineRate)} of it`);
  console.log(`  with in-memory context (sieve check):  ${fmt(baseContextRate.cpu).padStart(9)}${fmt(baseContextRate.wall).padStart(9)}   this checkout: ${ratio(contextRate, baseContextRate)} of it`);
}
console.log(`\nWorst case: ${timings.length} adversarial inputs of ~${fmt(ADVERSARIAL_LENGTH)} chars, ${ADVERSARIAL_WARMUP} warm-up runs, then ${ADVERSARIAL_RUNS} timed runs each`);
console.log(`  the 5 ms target is judged on the p95 of each run's CPU time; max is shown but often measures a GC pause; wall p95 also counts waiting for a core`);
console.log(`  ${'input'.padEnd(30)}${'median'.padStart(9)}${'p95 ms'.padStart(9)}${'max'.padStart(9)}${'wall p95'.padStart(10)}${baseline ? 'base p95'.padStart(10) : ''}`);
for (const t of timings) {
  const flag = t.p95 > TARGET_MAX_MS ? '  OVER' : '';
  const base = t.baseP95 === undefined ? '' : fmt(t.baseP95, 2).padStart(10);
  console.log(`  ${t.name.padEnd(30)}${fmt(t.median, 2).padStart(9)}${fmt(t.p95, 2).padStart(9)}${fmt(t.max, 2).padStart(9)}${fmt(t.wallP95, 2).padStart(10)}${base}${flag}`);
}
const throughputOk = engineRate.cpu >= TARGET_PER_SECOND && lengthOk;
const worstOk = slowest.p95 <= TARGET_MAX_MS;
const over = timings.filter((t) => t.p95 > TARGET_MAX_MS).length;
const slowestMax = timings.reduce((a, b) => (b.max > a.max ? b : a));
console.log(`\nSummary`);
console.log(`  throughput ${fmt(engineRate.cpu)} comments per CPU-second (${fmt(engineRate.wall)} per wall second) at mean length ${fmt(meanLength)} (target >= ${fmt(TARGET_PER_SECOND)}): ${throughputOk ? 'PASS' : 'FAIL'}`);
const slowestWall = timings.reduce((a, b) => (b.wallP95 > a.wallP95 ? b : a));
console.log(`  worst p95 ${fmt(slowest.p95, 2)} ms CPU, "${slowest.name}"; ${over} of ${timings.length} inputs over (target p95 <= ${TARGET_MAX_MS} ms): ${worstOk ? 'PASS' : 'FAIL'}`);
console.log(`  (worst wall-time p95: ${fmt(slowestWall.wallP95, 2)} ms, "${slowestWall.name}")`);
console.log(`  (slowest single run: ${fmt(slowestMax.max, 2)} ms, "${slowestMax.name}")`);
process.exitCode = throughputOk && worstOk ? 0 : 1;
