import type { ModerationMessage } from '../queue/moderation-message.ts';
import type { PendingComment } from '../store/pending.ts';

// The sweeper (DESIGN.md): a comment is stored pending before its queue message is sent, so a
// crash or a failed send between the two leaves it pending with nothing on the way to the
// worker. On a schedule, every site's pending comments older than the threshold are sent
// again. Safe to repeat: the claim is a conditional write (still pending, not claimed within
// the threshold), and the worker writes a decision only over `pending`, so a comment decided
// meanwhile is never decided again. A comment re-queued MAX_SWEEPS times and still pending is
// one the worker keeps failing (its messages are in the dead-letter queue): it is taken out of
// the pending index and reported, instead of being sent round for ever.

export const MAX_SWEEPS = 3;

export interface SweepPorts {
  siteIds(): Promise<string[]>;
  olderThan(siteId: string, before: string, limit: number): Promise<PendingComment[]>;
  claim(commentId: string, now: string, cutoff: string): Promise<boolean>;
  retire(commentId: string): Promise<boolean>;
  enqueue(message: ModerationMessage): Promise<void>;
}

export interface SweepOptions {
  now: Date;
  /** A comment pending longer than this is stuck. */
  afterMs: number;
  /** Comments looked at per site per run; the rest wait for the next run. */
  perSiteLimit: number;
}

export interface SweepResult {
  /** Stuck comments seen (older than the threshold, still pending). */
  found: number;
  requeued: string[];
  /** Decided, or claimed by an overlapping run, between the read and the claim. */
  skipped: number;
  /** Given up on after MAX_SWEEPS re-queues. */
  retired: string[];
}

export const sweepStuckComments = async (ports: SweepPorts, options: SweepOptions): Promise<SweepResult> => {
  const now = options.now.toISOString();
  const cutoff = new Date(options.now.getTime() - options.afterMs).toISOString();
  const result: SweepResult = { found: 0, requeued: [], skipped: 0, retired: [] };
  for (const siteId of await ports.siteIds()) {
    for (const { comment, sweeps } of await ports.olderThan(siteId, cutoff, options.perSiteLimit)) {
      result.found++;
      if (sweeps >= MAX_SWEEPS) {
        if (await ports.retire(comment.id)) result.retired.push(comment.id);
        else result.skipped++;
        continue;
      }
      if (!(await ports.claim(comment.id, now, cutoff))) {
        result.skipped++;
        continue;
      }
      await ports.enqueue({ commentId: comment.id, siteId: comment.siteId, correlationId: comment.correlationId });
      result.requeued.push(comment.id);
    }
  }
  return result;
};
