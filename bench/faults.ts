// Hostile-input probe of the local pipeline (`npm run bench:faults`, not part of `npm test`):
// fires a fixed, seeded mix of malformed requests (broken percent-encoding, bad request
// targets, over-long ids, junk and deeply nested bodies, wrong media types, control characters,
// odd limits, bodies over 1 MB) between valid comments, over real HTTP to an in-memory local
// stack on 127.0.0.1, then checks every valid comment that was accepted got decided.
// Bounded (BENCH_FAULTS requests, default 2,000) and local only. Prints the count per status
// code and "lost: N"; exits 1 on any 5xx or lost comment.

import { randomBytes } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { startLocalStack } from '../local/stack.ts';
import { createSite } from '../shared/sites/create-site.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { CommentStore } from '../shared/store/comments.ts';
import { SiteStore } from '../shared/store/sites.ts';

const TOTAL = Number(process.env.BENCH_FAULTS ?? 2000);
const CONCURRENCY = 8;
const DECISION_WAIT_MS = 60_000;

/** A small seeded generator, so every run sends the same requests. */
let seed = 0x5eed;
const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

interface Probe {
  kind: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Set on a valid comment: the id it must end up decided under. */
  valid?: true;
}

const comment = (extra: Record<string, unknown> = {}) => ({ postId: 'bench-post', author: { name: 'Prober' }, text: 'An ordinary remark about the article.', ...extra });

const probes = (key: string, n: number): Probe[] => {
  const json = { 'content-type': 'application/json', 'x-api-key': key };
  const generators: Array<(i: number) => Probe> = [
    () => ({ kind: 'percent-encoding', method: 'GET', path: `/v1/comments/${pick(['%E0%A4%A', '%', '%ZZ', '%ED%A0%80', '%C0%AF', '%%32%65'])}`, headers: json }),
    () => ({ kind: 'percent-encoding', method: 'GET', path: `/v1/posts/${pick(['%', '%FF%FE', 'a%2'])}/comments`, headers: json }),
    () => ({ kind: 'long id', method: 'GET', path: `/v1/comments/c_${'x'.repeat(1000 + Math.floor(random() * 4000))}`, headers: json }),
    () => ({ kind: 'long id', method: 'POST', path: `/v1/moderation/comments/c_${'y'.repeat(3000)}/decision`, headers: { ...json, authorization: 'Bearer x.y.z' }, body: '{}' }),
    () => ({ kind: 'junk body', method: 'POST', path: '/v1/comments', headers: json, body: randomBytes(1 + Math.floor(random() * 2000)) }),
    () => ({ kind: 'truncated json', method: 'POST', path: '/v1/comments', headers: json, body: JSON.stringify(comment()).slice(0, Math.floor(random() * 40)) }),
    () => ({ kind: 'deep json', method: 'POST', path: '/v1/comments', headers: json, body: `${'['.repeat(5000 + Math.floor(random() * 5000))}` }),
    () => ({ kind: 'unknown keys', method: 'POST', path: '/v1/comments', headers: json, body: JSON.stringify({ ...comment(), ...Object.fromEntries(Array.from({ length: 2000 }, (_, k) => [`k${k}`, k])) }) }),
    () => ({ kind: 'media type', method: 'POST', path: '/v1/comments', headers: { ...json, 'content-type': pick(['text/plain', 'application/jsonx', 'application/json charset=utf-8', 'multipart/form-data']) }, body: JSON.stringify(comment()) }),
    () => ({ kind: 'control chars', method: 'POST', path: '/v1/comments', headers: json, body: JSON.stringify(comment({ text: `hi\u0000there\u001b[2J${random()}` })) }),
    () => ({ kind: 'bad limit', method: 'GET', path: `/v1/posts/bench-post/comments?limit=${encodeURIComponent(pick(['0x10', ' 5', '1e2', '-1', '0', '101', 'NaN']))}`, headers: json }),
    () => ({ kind: 'bad key', method: 'POST', path: '/v1/comments', headers: { ...json, 'x-api-key': `sk_${randomBytes(8).toString('hex')}` }, body: JSON.stringify(comment()) }),
    () => ({ kind: 'over 1 MB', method: 'POST', path: '/v1/comments', headers: json, body: JSON.stringify(comment({ text: 'z'.repeat(1024 * 1024 + 1) })) }),
    (i) => ({ kind: 'valid', method: 'POST', path: '/v1/comments', headers: { ...json, 'idempotency-key': `bench-${i}` }, body: JSON.stringify(comment({ text: `A valid comment, number ${i}, among the probes.` })), valid: true }),
    (i) => ({ kind: 'valid', method: 'POST', path: '/v1/comments', headers: json, body: JSON.stringify(comment({ externalId: `ext-${i}`, text: `Another valid one, number ${i}.` })), valid: true }),
  ];
  return Array.from({ length: n }, (_, i) => pick(generators)(i));
};

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

/** One request with its path sent as written (no URL normalisation); the status and body, or 0 when the connection failed. */
const send = (base: URL, probe: Probe): Promise<{ status: number; body: string }> =>
  new Promise((resolve) => {
    const req = httpRequest(
      { host: base.hostname, port: base.port, method: probe.method, path: probe.path, headers: probe.headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', () => resolve({ status: 0, body: '' }));
      },
    );
    req.on('error', () => resolve({ status: 0, body: '' }));
    req.end(probe.body);
  });

const stack = await startLocalStack({ port: 0, logLevel: 'SILENT', queueBatchingWindowSeconds: 0.25 });
let failed = false;
try {
  const doc = createDocumentClient();
  const { apiKey } = await createSite({ siteId: 'bench-faults', name: 'Faults', now: new Date(), keyBytes: randomBytes(32) }, new SiteStore(doc, stack.tableName));
  const store = new CommentStore(doc, stack.tableName);
  const base = new URL(stack.url);
  const all = probes(apiKey, TOTAL);

  const byStatus = new Map<number, number>();
  const byKindStatus = new Map<string, Map<number, number>>();
  const accepted = new Set<string>();
  const started = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < all.length) {
        const probe = all[next++]!;
        const { status, body } = await send(base, probe);
        byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
        const kinds = byKindStatus.get(probe.kind) ?? new Map<number, number>();
        kinds.set(status, (kinds.get(status) ?? 0) + 1);
        byKindStatus.set(probe.kind, kinds);
        if (probe.valid && status === 202) accepted.add((JSON.parse(body) as { id: string }).id);
      }
    }),
  );
  const sentMs = Date.now() - started;

  // Every accepted comment must reach a decision: "lost" counts those that never do.
  const deadline = Date.now() + DECISION_WAIT_MS;
  let undecided = [...accepted];
  while (undecided.length && Date.now() < deadline) {
    const still: string[] = [];
    for (const id of undecided) if ((await store.get(id))?.status === 'pending' || !(await store.get(id))) still.push(id);
    undecided = still;
    if (undecided.length) await new Promise((r) => setTimeout(r, 250));
  }

  const serverErrors = [...byStatus].filter(([s]) => s >= 500 || s === 0).reduce((n, [, c]) => n + c, 0);
  console.log(`bench:faults: ${all.length} requests in ${(sentMs / 1000).toFixed(1)} s, ${CONCURRENCY} at a time, to ${stack.url}`);
  console.log(`by status: ${JSON.stringify(Object.fromEntries([...byStatus].sort(([a], [b]) => a - b)))}`);
  for (const [kind, counts] of [...byKindStatus].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`  ${kind.padEnd(18)} ${JSON.stringify(Object.fromEntries([...counts].sort(([a], [b]) => a - b)))}`);
  }
  console.log(`valid comments accepted: ${accepted.size}, decided: ${accepted.size - undecided.length}`);
  console.log(`5xx or dropped connections: ${serverErrors}`);
  console.log(`lost: ${undecided.length}`);
  failed = serverErrors > 0 || undecided.length > 0;
} finally {
  agent.destroy();
  await stack.stop();
}
process.exit(failed ? 1 : 0);
