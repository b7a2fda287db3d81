import { siteCacheConfig, tableConfig } from '../shared/config.ts';
import { logger } from '../shared/observability/logger.ts';
import { SHIPPED_CALIBRATION } from '../shared/perspective/calibration.ts';
import { parseSuggestRequest } from '../shared/perspective/request.ts';
import { scoreText } from '../shared/perspective/score.ts';
import { createSiteEngine } from '../shared/perspective/site-engine.ts';
import { createSiteKeyResolver } from '../shared/perspective/site-key.ts';
import { labelOfSuggestion, suggestedComment } from '../shared/perspective/suggestion.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { LabelStore } from '../shared/store/labels.ts';
import { SiteStore } from '../shared/store/sites.ts';
import { bodyOf, perspectiveHandler } from './middleware/perspective-handler.ts';

// POST /v1alpha1/comments:suggestscore: a moderator's verdict (Coral Talk's APPROVED or
// DELETED) stored as a training label of the site's learned model, once per clientToken; the
// trainer (functions/train-models.ts) learns from it on its next run.

const { tableName } = tableConfig();
const { ttlMs } = siteCacheConfig();
const doc = createDocumentClient();
const siteOf = createSiteKeyResolver((hash) => new SiteStore(doc, tableName).getKey(hash), { ttlMs });
const engineFor = createSiteEngine(doc, tableName, { ttlMs });
const labels = new LabelStore(doc, tableName);

export const handler = perspectiveHandler(async (event) => {
  const now = new Date();
  const siteId = await siteOf(event, now);
  logger.appendKeys({ siteId, correlationId: event.requestContext.requestId });
  const request = parseSuggestRequest(bodyOf(event));
  const { policy, model } = await engineFor(siteId, now.getTime());
  const label = labelOfSuggestion(request, scoreText(request.text, policy, model, now.getTime()), SHIPPED_CALIBRATION);
  const comment = suggestedComment(siteId, request, label, now);
  const stored = await labels.putImported(comment);
  logger.info('Suggested score stored as a training label', { commentId: comment.id, label, stored, verdicts: request.scores.map((s) => s.name) });
  return {
    ...(request.clientToken !== undefined ? { clientToken: request.clientToken } : {}),
    // Sieve's own, ignored by Perspective clients: the label and whether this request stored it ("unchanged" for a repeat).
    sieve: { commentId: comment.id, label, stored },
  };
});
