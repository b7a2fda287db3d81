// Latency of the Perspective-compatible endpoint (`npm run bench:perspective`, not part of
// `npm test`), measured the way Coral Talk calls it (POST {api}/v1alpha1/comments:analyze?key=,
// TOXICITY only), since Coral gives up after 500 ms:
//
// 1. warm: BENCH_CALLS (default 2000) calls one after another on the local stack (real gateway,
//    handler, embedded DynamoDB), for a site with the rules alone and for a site whose learned
//    model was trained from suggestscore verdicts; p50, p99 and max as the client sees them;
// 2. cold on the local stack: BENCH_COLD_RUNS (default 5) fresh processes, each booting the
//    stack and timing its first call (module load, first key, policy and model reads, JIT);
// 3. for Lambda: the function bundled as the CDK stack bundles it (esbuild, ESM, minified, the
//    AWS SDK inside), its size, and the time a fresh Node 24 process takes to import it (what
//    Lambda's init phase spends on our code; the runtime's own start is not measurable here).

import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startLocalStack, type LocalStack } from '../local/stack.ts';
import { ENV } from '../shared/environment.ts';
import { createSite } from '../shared/sites/create-site.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { SiteStore } from '../shared/store/sites.ts';
import { READER_COMMENTS, ZORBLAX_SPAM } from '../test/support/learning-site.ts';
import { FUNCTIONS } from '../functions/manifest.ts';
import { invoke, loadHandler } from '../local/invoke.ts';
import { perspectiveCallCost } from './cost/perspective.ts';
import { loadPrices } from './cost/prices.ts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 5);

// Invented comments of the kinds a comment section gets, short and long.
const TEXTS = [
  'Thanks for writing this up, the section on caching answered a question I had for weeks.',
  'You are an idiot and everyone here knows it.',
  'I disagree with the conclusion: the numbers in the second table point the other way.',
  'Check out my channel for more, subscribe!! http://promo.example http://promo2.example',
  'Honestly this idea is idiotic, but the author makes a fair point about the budget.',
  'Someone should shoot the referee, what a disgrace of a match.',
  `${'The council meeting ran long again and the minutes are still not published. '.repeat(60)}`,
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

const addSite = async (stack: LocalStack, siteId: string) =>
  (await createSite({ siteId, name: siteId, now: new Date(), keyBytes: randomBytes(32) }, new SiteStore(createDocumentClient(), stack.tableName))).apiKey;

const analyze = async (stack: LocalStack, key: string, text: string) => {
  const started = performance.now();
  const res = await fetch(`${stack.url}/v1alpha1/comments:analyze?key=${key}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ comment: { text }, doNotStore: true, requestedAttributes: { TOXICITY: {} }, languages: ['en'] }),
  });
  const body = (await res.json()) as { sieve?: { modelVersion?: string } };
  if (res.status !== 200) throw new Error(`analyze answered ${res.status}: ${JSON.stringify(body)}`);
  return { ms: performance.now() - started, modelVersion: body.sieve?.modelVersion };
};

const suggest = async (stack: LocalStack, key: string, text: string, id: string, status: 'APPROVED' | 'DELETED') => {
  const res = await fetch(`${stack.url}/v1alpha1/comments:suggestscore?key=${key}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ comment: { text }, attributeScores: { [status]: { summaryScore: { value: 1 } } }, languages: ['en'], communityId: 'Coral:https://talk.example/', clientToken: `comment:${id}` }),
  });
  if (res.status !== 200) throw new Error(`suggestscore answered ${res.status}`);
};

/** One fresh process: boot the local stack, time the first call. Prints JSON and exits. */
async function coldOnce(): Promise<void> {
  const booted = performance.now();
  const stack = await startLocalStack({ port: 0, logLevel: 'SILENT' });
  const bootMs = performance.now() - booted;
  try {
    const key = await addSite(stack, 'cold');
    const first = await analyze(stack, key, TEXTS[1]!);
    const second = await analyze(stack, key, TEXTS[0]!);
    process.stdout.write(`${JSON.stringify({ bootMs, firstMs: first.ms, secondMs: second.ms })}\n`);
  } finally {
    await stack.stop();
  }
}

async function warm(): Promise<void> {
  const stack = await startLocalStack({ port: 0, logLevel: 'SILENT', scheduleIntervalMs: 3_600_000 });
  try {
    const rulesKey = await addSite(stack, 'rules');
    const modelKey = await addSite(stack, 'learned');
    for (const [n, text] of READER_COMMENTS.slice(0, 45).entries()) await suggest(stack, modelKey, text, `r${n}`, 'APPROVED');
    for (const [n, text] of ZORBLAX_SPAM.slice(0, 45).entries()) await suggest(stack, modelKey, text, `z${n}`, 'DELETED');
    await stack.schedules.trainModels!.runNow();
    for (const [name, key] of [['rules alone', rulesKey], ['learned model', modelKey]] as const) {
      // A few calls first: the key, policy and model caches fill, the JIT warms.
      for (let i = 0; i < 50; i++) await analyze(stack, key, TEXTS[i % TEXTS.length]!);
      const times: number[] = [];
      let modelVersion: string | undefined;
      for (let i = 0; i < CALLS; i++) {
        const r = await analyze(stack, key, `${TEXTS[i % TEXTS.length]} (#${i})`);
        times.push(r.ms);
        modelVersion ??= r.modelVersion;
      }
      times.sort((a, b) => a - b);
      console.log(`warm, ${name}${modelVersion ? ` (${modelVersion})` : ''}: ${CALLS} calls  p50 ${ms(percentile(times, 50))}  p99 ${ms(percentile(times, 99))}  max ${ms(times.at(-1)!)}`);
    }
  } finally {
    await stack.stop();
  }
}

function cold(): void {
  const runs = Array.from({ length: COLD_RUNS }, () => {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--cold-once'], { encoding: 'utf8', cwd: REPO_ROOT });
    if (child.status !== 0) throw new Error(`cold run failed: ${child.stderr}`);
    return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { bootMs: number; firstMs: number; secondMs: number };
  });
  const first = runs.map((r) => r.firstMs).sort((a, b) => a - b);
  const boot = runs.map((r) => r.bootMs).sort((a, b) => a - b);
  console.log(`cold on the local stack, ${COLD_RUNS} fresh processes: first call median ${ms(percentile(first, 50))}, max ${ms(first.at(-1)!)} (second call ${ms(runs[0]!.secondMs)}); stack boot (all functions loaded) median ${ms(percentile(boot, 50))}`);
}

const runChild = (args: string[], env: Record<string, string | undefined>): Promise<{ status: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });

async function lambdaEstimate(): Promise<void> {
  const outdir = mkdtempSync(join(tmpdir(), 'sieve-perspective-bundle-'));
  const outfile = join(outdir, 'index.mjs');
  // As cdk/constructs/sieve-function.ts bundles every function.
  await build({
    entryPoints: [join(REPO_ROOT, 'functions/perspective-analyze.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    mainFields: ['module', 'main'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    minify: true,
    outfile,
    logLevel: 'warning',
  });
  const bytes = statSync(outfile).size;
  const zipped = gzipSync(readFileSync(outfile)).length;
  // A fresh Node process per run, as a new Lambda instance: import the bundle (Lambda's init
  // phase), then its first invocation against the local stack's DynamoDB (the key, policy and
  // model reads a cold instance makes), timed apart; CPU time too, which machine load does not inflate.
  const stack = await startLocalStack({ port: 0, logLevel: 'SILENT' });
  const runs: Array<{ importWall: number; importCpu: number; firstCall: number; status: number }> = [];
  try {
    const key = await addSite(stack, 'bundle');
    const env = {
      PATH: process.env.PATH,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_ENDPOINT_URL_DYNAMODB: process.env.AWS_ENDPOINT_URL_DYNAMODB,
      [ENV.tableName]: stack.tableName,
      POWERTOOLS_LOG_LEVEL: 'WARN',
      BENCH_KEY: key,
    };
    const script = `
      const t = performance.now(); const c = process.cpuUsage();
      const m = await import(process.argv[1]);
      const u = process.cpuUsage(c); const importWall = performance.now() - t;
      const key = process.env.BENCH_KEY;
      const event = { version: '2.0', routeKey: 'POST /v1alpha1/comments:analyze', rawPath: '/v1alpha1/comments:analyze', rawQueryString: 'key=' + key,
        queryStringParameters: { key }, headers: { 'content-type': 'application/json' },
        requestContext: { requestId: 'cold', http: { method: 'POST', path: '/v1alpha1/comments:analyze' } },
        body: JSON.stringify({ comment: { text: 'You are an idiot and everyone here knows it.' }, doNotStore: true, requestedAttributes: { TOXICITY: {} }, languages: ['en'] }), isBase64Encoded: false };
      const context = { functionName: 'perspectiveAnalyze', awsRequestId: 'cold', getRemainingTimeInMillis: () => 5000 };
      const s = performance.now(); const r = await m.handler(event, context); const firstCall = performance.now() - s;
      console.log(JSON.stringify({ importWall, importCpu: (u.user + u.system) / 1000, firstCall, status: r.statusCode }));`;
    for (let i = 0; i < IMPORT_RUNS; i++) {
      // Not spawnSync: the child's DynamoDB is this process's embedded one, which must keep answering.
      const child = await runChild(['--input-type=module', '-e', script, outfile], env);
      if (child.status !== 0) throw new Error(`bundle run failed: ${child.stderr}`);
      const run = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as (typeof runs)[number];
      if (run.status !== 200) throw new Error(`bundle answered ${run.status}`);
      runs.push(run);
    }
  } finally {
    await stack.stop();
  }
  const sorted = (pick: (r: (typeof runs)[number]) => number) => runs.map(pick).sort((a, b) => a - b);
  const wall = sorted((r) => r.importWall);
  const cpu = sorted((r) => r.importCpu);
  const first = sorted((r) => r.firstCall);
  const total = sorted((r) => r.importWall + r.firstCall);
  console.log(`Lambda bundle (functions/perspective-analyze.ts as CDK bundles it): ${(bytes / 1024).toFixed(0)} KiB, ${(zipped / 1024).toFixed(0)} KiB compressed`);
  console.log(`  fresh Node ${process.version} process, ${IMPORT_RUNS} runs: import median ${ms(percentile(wall, 50))} wall (${ms(percentile(cpu, 50))} CPU), first invocation median ${ms(percentile(first, 50))}; import + first invocation median ${ms(percentile(total, 50))}, max ${ms(total.at(-1)!)}`);
  // The wall time depends on what else the machine runs; the CPU time is what a Lambda of one vCPU (1,769 MB) would spend.
  console.log(`  machine load while measuring: ${loadavg()[0]!.toFixed(1)} (1-minute average) on ${availableParallelism()} cores`);
}

/**
 * One fresh process at the log level Lambda runs with (INFO): the handler invoked directly, as
 * Lambda invokes it, BENCH_COST_CALLS times after a warm-up; its billed durations and the bytes it
 * logs per call. Prints JSON and exits.
 */
async function costOnce(): Promise<void> {
  const calls = Number(process.env.BENCH_COST_CALLS ?? 1000);
  const stack = await startLocalStack({ port: 0, logLevel: 'INFO' });
  const spec = FUNCTIONS.find((f) => f.name === 'perspectiveAnalyze')!;
  const write = process.stdout.write.bind(process.stdout);
  let logBytes = 0;
  try {
    const key = await addSite(stack, 'cost');
    const handler = await loadHandler(REPO_ROOT, spec);
    const event = (text: string, i: number) => ({
      version: '2.0',
      routeKey: 'POST /v1alpha1/comments:analyze',
      rawPath: '/v1alpha1/comments:analyze',
      rawQueryString: `key=${key}`,
      queryStringParameters: { key },
      headers: { 'content-type': 'application/json' },
      requestContext: { requestId: `bench-${i}`, http: { method: 'POST', path: '/v1alpha1/comments:analyze' } },
      body: JSON.stringify({ comment: { text }, doNotStore: true, requestedAttributes: { TOXICITY: {} }, languages: ['en'] }),
      isBase64Encoded: false,
    });
    process.stdout.write = ((chunk: string | Uint8Array) => {
      logBytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      return true;
    }) as typeof process.stdout.write;
    for (let i = 0; i < 50; i++) await invoke(spec, handler, event(TEXTS[i % TEXTS.length]!, i));
    logBytes = 0;
    let billedMs = 0;
    for (let i = 0; i < calls; i++) {
      const started = performance.now();
      const result = (await invoke(spec, handler, event(`${TEXTS[i % TEXTS.length]} (#${i})`, i))) as { statusCode: number };
      billedMs += Math.ceil(performance.now() - started);
      if (result.statusCode !== 200) throw new Error(`handler answered ${result.statusCode}`);
    }
    process.stdout.write = write;
    write(`${JSON.stringify({ memoryMb: spec.memoryMb, billedMsPerCall: billedMs / calls, appLogBytesPerCall: logBytes / calls })}\n`);
  } finally {
    process.stdout.write = write;
    await stack.stop();
  }
}

/** Dollars per million analyze calls; `traced` as the stack deploys (bench:cost reads it from the template). */
export function costReport(traced = false): string[] {
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--cost-once'], { encoding: 'utf8', cwd: REPO_ROOT });
  if (child.status !== 0) throw new Error(`cost run failed: ${child.stderr}`);
  const measured = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { memoryMb: number; billedMsPerCall: number; appLogBytesPerCall: number };
  // A site on Coral Talk at 10 comments a minute on one warm instance, the caches' default one-minute TTL.
  const cost = perspectiveCallCost({ ...measured, architecture: 'arm64', traced, callsPerInstancePerTtl: 10, readsPerTtl: 3 }, loadPrices());
  return [
    'Perspective analyze route (POST /v1alpha1/comments:analyze), per million calls:',
    ...cost.lines.map((l) => `  ${l.what.padEnd(64)} $${l.perMillion.toFixed(3)}`),
    `  assumed: 10 calls a minute per warm instance (cache reads spread over them), no provisioned concurrency`,
    `perspective total: $${cost.totalPerMillion.toFixed(2)} per million calls`,
  ];
}

if (process.argv.includes('--cold-once')) {
  await coldOnce();
} else if (process.argv.includes('--cost-once')) {
  await costOnce();
} else if (import.meta.url === `file://${process.argv[1]}`) {
  await lambdaEstimate();
  cold();
  await warm();
  for (const line of costReport()) console.log(line);
}
