import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { moderationQueueConfig, tableConfig } from '../shared/config.ts';
import { logger } from '../shared/observability/logger.ts';
import { metrics, recordSweep } from '../shared/observability/metrics.ts';
import { createSqsClient } from '../shared/queue/client.ts';
import { ModerationQueue } from '../shared/queue/moderation-queue.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { PendingStore } from '../shared/store/pending.ts';
import { SiteStore } from '../shared/store/sites.ts';
import { sweeperConfig } from '../shared/sweeper/config.ts';
import { MAX_SWEEPS, sweepStuckComments, type SweepResult } from '../shared/sweeper/sweep.ts';

// On a schedule (EventBridge in AWS, a timer in `npm start`): send comments left pending past
// the threshold to the moderation queue again (shared/sweeper/sweep.ts says why it is safe).

const { tableName } = tableConfig();
const { queueUrl } = moderationQueueConfig();
const { afterMs } = sweeperConfig();
const doc = createDocumentClient();
const sites = new SiteStore(doc, tableName);
const pending = new PendingStore(doc, tableName);
const queue = new ModerationQueue(createSqsClient(), queueUrl);

/** Per site per run; a backlog larger than this drains over the next runs. */
const PER_SITE_LIMIT = 100;

export const handler = middy<ScheduledEvent, Omit<SweepResult, 'requeued' | 'retired'> & { requeued: number; retired: number }, Error, Context>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics))
  .handler(async () => {
    const result = await sweepStuckComments(
      {
        siteIds: () => sites.siteIds(),
        olderThan: (siteId, before, limit) => pending.olderThan(siteId, before, limit),
        claim: (id, now, cutoff) => pending.claim(id, now, cutoff),
        retire: (id) => pending.retire(id),
        enqueue: (message) => queue.send(message),
      },
      { now: new Date(), afterMs, perSiteLimit: PER_SITE_LIMIT },
    );
    recordSweep(result.found, result.requeued.length, result.retired.length);
    if (result.requeued.length) logger.warn('Re-queued comments left pending', { commentIds: result.requeued, afterSeconds: afterMs / 1000 });
    if (result.retired.length) {
      logger.error(`Gave up on comments still pending after ${MAX_SWEEPS} re-queues; their messages are in the dead-letter queue (sieve dlq list)`, { commentIds: result.retired });
    }
    return { found: result.found, requeued: result.requeued.length, skipped: result.skipped, retired: result.retired.length };
  });
