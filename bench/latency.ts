// End-to-end latency of the local pipeline (`npm run bench:latency`, not part of `npm test`):
// POST a comment over HTTP, and measure until its decision is stored. Uses the real local
// runtime (embedded DynamoDB and SQS, local gateway, poller, real handlers), in memory.
//
// The clock: the client's send time and the stored `decidedAt` come from the same machine,
// so no polling delay enters the figure. Comments are sent at a steady rate (not all at
// once), which is what the latency of a live site looks like.

import { randomBytes } from 'node:crypto';
import { parseDeployConfig, settingReader } from '../cdk/deploy-config.ts';
import { startLocalStack } from '../local/stack.ts';
import { createSite } from '../shared/sites/create-site.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { CommentStore } from '../shared/store/comments.ts';
import { SiteStore } from '../shared/store/sites.ts';

const COUNT = Number(process.env.BENCH_COMMENTS ?? 300);
const RATE_PER_SECOND = Number(process.env.BENCH_RATE ?? 20);

const texts = [
  'Thanks for writing this up, the section on caching answered a question I had for weeks.',
  'I disagree with the conclusion: the numbers in the second table point the other way.',
  'Has anyone tried this with the newer version? The config flag seems to have been renamed.',
  'Check out my channel for more, subscribe!! http://promo.example http://promo2.example http://promo3.example',
  'You are an idiot and everyone here knows it.',
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

// The worker's batching window as a stage with these SIEVE_* settings would deploy it.
const WINDOW_SECONDS = parseDeployConfig(settingReader(() => undefined, process.env)).batchingWindowSeconds;
const stack = await startLocalStack({ port: 0, logLevel: 'WARN', queueBatchingWindowSeconds: WINDOW_SECONDS });
try {
  const doc = createDocumentClient();
  const { apiKey } = await createSite({ siteId: 'bench', name: 'Bench', now: new Date(), keyBytes: randomBytes(32) }, new SiteStore(doc, stack.tableName));
  const store = new CommentStore(doc, stack.tableName);

  const sent: Array<{ id: string; at: number; accepted: number }> = [];
  const posts: Promise<void>[] = [];
  const started = Date.now();
  for (let i = 0; i < COUNT; i++) {
    const due = started + (i * 1000) / RATE_PER_SECOND;
    await new Promise((r) => setTimeout(r, Math.max(0, due - Date.now())));
    const at = Date.now();
    posts.push(
      fetch(`${stack.url}/v1/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
        body: JSON.stringify({ postId: `post-${i % 20}`, author: { name: `Reader ${i % 37}`, id: `r${i % 37}` }, text: `${texts[i % texts.length]} (#${i})` }),
      }).then(async (res) => {
        const body = (await res.json()) as { id: string };
        if (res.status !== 202) throw new Error(`POST answered ${res.status}`);
        sent.push({ id: body.id, at, accepted: Date.now() });
      }),
    );
    if ((i + 1) % 100 === 0) process.stderr.write(`  sent ${i + 1}/${COUNT}\n`);
  }
  await Promise.all(posts);

  const toDecision: number[] = [];
  const toAccept = sent.map((s) => s.accepted - s.at).sort((a, b) => a - b);
  const deadline = Date.now() + 60_000;
  for (const s of sent) {
    for (;;) {
      const c = await store.get(s.id);
      if (c?.decidedAt) {
        toDecision.push(Date.parse(c.decidedAt) - s.at);
        break;
      }
      if (Date.now() > deadline) throw new Error(`no decision for ${s.id} after 60 s`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  toDecision.sort((a, b) => a - b);
  console.log(`comments: ${COUNT} at ${RATE_PER_SECOND}/s over HTTP to the local runtime (node ${process.version}), worker batching window ${WINDOW_SECONDS} s`);
  console.log(`POST -> 202:             median ${percentile(toAccept, 50)} ms, p99 ${percentile(toAccept, 99)} ms`);
  console.log(`POST -> stored decision: median ${percentile(toDecision, 50)} ms, p99 ${percentile(toDecision, 99)} ms, max ${toDecision.at(-1)} ms`);
} finally {
  await stack.stop();
}
