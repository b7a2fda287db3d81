import { siteCacheConfig, tableConfig } from '../shared/config.ts';
import { logger } from '../shared/observability/logger.ts';
import { SHIPPED_CALIBRATION } from '../shared/perspective/calibration.ts';
import { parseAnalyzeRequest } from '../shared/perspective/request.ts';
import { analyzeResponse, scoreText } from '../shared/perspective/score.ts';
import { createSiteEngine } from '../shared/perspective/site-engine.ts';
import { createSiteKeyResolver } from '../shared/perspective/site-key.ts';
import { createDocumentClient } from '../shared/store/client.ts';
import { SiteStore } from '../shared/store/sites.ts';
import { bodyOf, perspectiveHandler } from './middleware/perspective-handler.ts';

// POST /v1alpha1/comments:analyze: Perspective's scoring call, answered synchronously by the
// engine with the site's policy and model. Nothing is written, whatever doNotStore says, and
// the text is never logged: only its length, the attributes and the rules that fired.

const { tableName } = tableConfig();
const { ttlMs } = siteCacheConfig();
const doc = createDocumentClient();
const siteOf = createSiteKeyResolver((hash) => new SiteStore(doc, tableName).getKey(hash), { ttlMs });
const engineFor = createSiteEngine(doc, tableName, { ttlMs });

export const handler = perspectiveHandler(async (event) => {
  const now = new Date();
  const siteId = await siteOf(event, now);
  logger.appendKeys({ siteId, correlationId: event.requestContext.requestId });
  const request = parseAnalyzeRequest(bodyOf(event));
  const { policy, model } = await engineFor(siteId, now.getTime());
  const started = performance.now();
  const scoring = scoreText(request.text, policy, model, now.getTime());
  const response = analyzeResponse(request, scoring, SHIPPED_CALIBRATION);
  logger.info('Comment scored', {
    attributes: request.attributes.map((a) => a.name),
    chars: request.text.length,
    rules: response.sieve.rules,
    policyVersion: response.sieve.policyVersion,
    ...(response.sieve.modelVersion ? { modelVersion: response.sieve.modelVersion } : {}),
    engineMs: Number((performance.now() - started).toFixed(2)),
    doNotStore: request.doNotStore,
  });
  return response;
});
