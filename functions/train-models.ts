import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { tableConfig } from '../shared/config.ts';
import { trainSites, type SiteTraining } from '../shared/models/trainer.ts';
import { tableTrainerPorts } from '../shared/models/trainer-ports.ts';
import { logger } from '../shared/observability/logger.ts';
import { metrics, recordTraining } from '../shared/observability/metrics.ts';
import { createDocumentClient } from '../shared/store/client.ts';

// On a schedule (EventBridge in AWS, a timer in `npm start`): train every site with new
// labels and publish its next model version. Sites are independent: one that fails is logged
// and the others still train; the invocation then fails, so the function's error alarm tells
// the operator. A failed run is not retried: the next scheduled one tries again.

const { tableName } = tableConfig();
const ports = tableTrainerPorts(createDocumentClient(), tableName);

/** Left for the site being trained when no new one is started: a 100,000-label site trains in under a minute. */
const TIME_MARGIN_MS = 3 * 60_000;

export class TrainingFailedError extends Error {
  override name = 'TrainingFailedError';
}

const logResult = (r: SiteTraining): void => {
  switch (r.result) {
    case 'published':
      logger.info('Model published', {
        siteId: r.siteId,
        modelVersion: r.version,
        as: r.as,
        labels: r.model.labels,
        trainedOn: r.model.trainedOn,
        heads: r.model.heads,
        bytes: r.model.storedBytes,
        seconds: Number(r.seconds.toFixed(2)),
        ...(r.pruned.length ? { pruned: r.pruned } : {}),
      });
      return;
    case 'silent':
      logger.info('Trained; no head has enough labels or beats the rules yet, nothing published', {
        siteId: r.siteId,
        labels: r.labels,
        minLabels: r.minLabels,
      });
      return;
    case 'failed':
      logger.error('Training failed for a site; it is tried again on the next run', { siteId: r.siteId, error: r.error });
      return;
    case 'skipped':
      // Most sites most runs: one line per site would be most of the trainer's log bill.
      if (r.why === 'out of time') logger.warn('Out of time before this site; it is first in line next run', { siteId: r.siteId });
  }
};

export const handler = middy<ScheduledEvent, { published: number; silent: number; skipped: number }, Error, Context>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics))
  .handler(async (_event, context) => {
    const results = await trainSites(ports, {
      now: new Date(),
      shouldStop: () => context.getRemainingTimeInMillis() < TIME_MARGIN_MS,
    });
    results.forEach(logResult);
    const count = (result: SiteTraining['result']) => results.filter((r) => r.result === result).length;
    const failed = results.filter((r) => r.result === 'failed');
    recordTraining(count('published'), failed.length);
    if (failed.length) {
      throw new TrainingFailedError(`training failed for ${failed.length} of ${results.length} sites: ${failed.map((r) => r.siteId).join(', ')}`);
    }
    return { published: count('published'), silent: count('silent'), skipped: count('skipped') };
  });
