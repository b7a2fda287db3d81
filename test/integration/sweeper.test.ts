import { randomBytes } from 'node:crypto';
import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { newComment, type Comment } from '../../shared/comments/comment.ts';
import { freshCommentId } from '../../shared/comments/ids.ts';
import { localCounters } from '../../shared/observability/counters.ts';
import { createDocumentClient } from '../../shared/store/client.ts';
import { CommentStore } from '../../shared/store/comments.ts';
import { PendingStore } from '../../shared/store/pending.ts';
import { SiteStore } from '../../shared/store/sites.ts';
import { MAX_SWEEPS, sweepStuckComments, type SweepPorts } from '../../shared/sweeper/sweep.ts';
import type { ModerationMessage } from '../../shared/queue/moderation-message.ts';
import { addSite, bootStack, decided, request } from '../support/local-stack.ts';

// The sweeper on the local stack: a comment stored pending whose queue message was never sent
// (the process died between the two) is found by the scheduled run and decided; a comment
// decided meanwhile is left as it is; one that never gets decided is given up after MAX_SWEEPS.

const SWEEP_AFTER_SECONDS = 2;

let stack: LocalStack;
let key: string;
let comments: CommentStore;
let pending: PendingStore;
let sites: SiteStore;

beforeAll(async () => {
  // The timer never fires by itself here: each test runs the sweeper when it means to.
  stack = await bootStack({ sweepAfterSeconds: SWEEP_AFTER_SECONDS, scheduleIntervalMs: 3_600_000 });
  key = await addSite(stack, 'swept');
  const doc = createDocumentClient();
  comments = new CommentStore(doc, stack.tableName);
  pending = new PendingStore(doc, stack.tableName);
  sites = new SiteStore(doc, stack.tableName);
}, 30_000);

afterAll(async () => {
  await stack?.stop();
});

/** A comment written as intake writes it, `ageSeconds` ago, with no message sent for it. */
const strand = async (text: string, ageSeconds: number): Promise<Comment> => {
  const comment = newComment({
    id: freshCommentId(randomBytes(16)),
    siteId: 'swept',
    submission: { postId: 'p-swept', author: { name: 'Ada' }, text },
    bodyHash: 'h',
    now: new Date(Date.now() - ageSeconds * 1000),
    correlationId: `strand-${text.length}`,
  });
  expect(await comments.create(comment)).toEqual({ created: true });
  return comment;
};

const sweep = () => stack.schedules.sweepStuckComments!.runNow() as Promise<{ found: number; requeued: number; skipped: number; retired: number }>;

const tablePorts = (overrides: Partial<SweepPorts> = {}): SweepPorts => ({
  siteIds: () => sites.siteIds(),
  olderThan: (s, b, l) => pending.olderThan(s, b, l),
  claim: (id, now, cutoff) => pending.claim(id, now, cutoff),
  retire: (id) => pending.retire(id),
  enqueue: async () => {},
  ...overrides,
});

describe('the sweeper', () => {
  it('re-queues a comment stranded pending past the threshold, which then gets decided', async () => {
    const stranded = await strand('Thanks, this recipe worked first time for us.', 10);
    const young = await strand('Just posted, still on its way to the worker.', 0);
    const before = localCounters.render();

    const run = await sweep();

    expect(run).toMatchObject({ found: 1, requeued: 1, retired: 0 });
    const after = await decided(stack, key, stranded.id);
    expect(after.status).toBe('approved');
    expect((await comments.get(young.id))!.status).toBe('pending');
    expect(localCounters.render()).not.toBe(before);
    expect(localCounters.render()).toMatch(/sieve_stuck_comments_requeued_total 1\b/);
  });

  it('finds nothing to do once the comment is decided, and never decides it twice', async () => {
    const stranded = await strand('A second stranded comment, kindly written.', 10);
    await sweep();
    const first = await decided(stack, key, stranded.id);

    const again = await sweep();

    expect(again.found).toBe(0);
    const now = await request(stack, 'GET', `/v1/comments/${stranded.id}`, { key });
    expect(now.body.decision).toEqual(first.decision);
    expect((await comments.get(stranded.id))!.revision).toBe(1);
  });

  it('does not re-queue a comment decided between the read and the claim', async () => {
    const stranded = await strand('Decided by the worker while the sweeper looked.', 10);
    const sent: ModerationMessage[] = [];

    const run = await sweepStuckComments(
      tablePorts({
        olderThan: async (s, b, l) => {
          const found = await pending.olderThan(s, b, l);
          // The worker's own conditional write lands first.
          const [comment] = found.filter((f) => f.comment.id === stranded.id).map((f) => f.comment);
          if (comment) await comments.recordDecision(comment, { outcome: 'approve', reasons: [], scores: {}, policyVersion: 'default-1', by: 'engine' } as never, new Date());
          return found;
        },
        enqueue: async (m) => void sent.push(m),
      }),
      { now: new Date(), afterMs: SWEEP_AFTER_SECONDS * 1000, perSiteLimit: 100 },
    );

    expect(run.skipped).toBeGreaterThanOrEqual(1);
    expect(sent.map((m) => m.commentId)).not.toContain(stranded.id);
    expect((await comments.get(stranded.id))!.revision).toBe(1);
  });

  it(`claims a comment once per threshold, and gives it up after ${MAX_SWEEPS} re-queues`, async () => {
    const stranded = await strand('Its messages keep vanishing.', 10);
    const sent: string[] = [];
    const ports = tablePorts({ enqueue: async (m) => void sent.push(m.commentId) });
    const at = (seconds: number) => ({ now: new Date(Date.now() + seconds * 1000), afterMs: SWEEP_AFTER_SECONDS * 1000, perSiteLimit: 100 });

    await sweepStuckComments(ports, at(0));
    const overlapping = await sweepStuckComments(ports, at(0.5));
    expect(overlapping.requeued).not.toContain(stranded.id);
    for (let i = 1; i < MAX_SWEEPS; i++) await sweepStuckComments(ports, at(i * 10));
    const last = await sweepStuckComments(ports, at(MAX_SWEEPS * 10));
    const after = await sweepStuckComments(ports, at(MAX_SWEEPS * 10 + 10));

    expect(sent.filter((id) => id === stranded.id)).toHaveLength(MAX_SWEEPS);
    expect(last.retired).toEqual([stranded.id]);
    expect([...after.requeued, ...after.retired]).not.toContain(stranded.id);
    const stillIndexed = await pending.olderThan('swept', new Date(Date.now() + 3_600_000).toISOString(), 100);
    expect(stillIndexed.map((p) => p.comment.id)).not.toContain(stranded.id);
    expect((await comments.get(stranded.id))!.status).toBe('pending');
  });

  it('reads only the pending partition: a decided comment is never in it', async () => {
    const res = await request(stack, 'POST', '/v1/comments', { key, json: { postId: 'p-swept', author: { name: 'Bo' }, text: 'Posted the ordinary way.' } });
    await decided(stack, key, res.body.id);

    const old = await pending.olderThan('swept', new Date(Date.now() + 60_000).toISOString(), 100);

    expect(old.map((p) => p.comment.id)).not.toContain(res.body.id);
    const { Attributes } = await stack.sqs.send(new GetQueueAttributesCommand({ QueueUrl: stack.queues.moderation!.url, AttributeNames: ['ApproximateNumberOfMessages'] }));
    expect(Number(Attributes?.ApproximateNumberOfMessages ?? 0)).toBe(0);
  });
});
