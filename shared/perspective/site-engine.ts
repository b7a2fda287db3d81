// A site's policy and learned model for the Perspective routes, loaded and cached exactly as
// the moderation worker loads them (shared/moderation/policy-cache.ts, shared/models/model-cache.ts):
// pointers read once per TTL, versions parsed once; a model that cannot be used leaves the
// site scored by its rules alone, and says so in the log and the ModelLoadFailures metric.

import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createPolicyCache } from '../moderation/policy-cache.ts';
import { createModelCache } from '../models/model-cache.ts';
import { DEFAULT_LEARNING_MODE } from '../models/versions.ts';
import { logger } from '../observability/logger.ts';
import { recordModelLoad, recordModelLoadFailure } from '../observability/metrics.ts';
import { ModelStore, StoredModelError } from '../store/models.ts';
import { PolicyStore } from '../store/policies.ts';

export const createSiteEngine = (doc: DynamoDBDocumentClient, tableName: string, { ttlMs }: { ttlMs: number }) => {
  const models = new ModelStore(doc, tableName);
  // Only the versions in use score: a shadow watches the worker's decisions, not these answers.
  const policiesFor = createPolicyCache(new PolicyStore(doc, tableName), { ttlMs });
  const modelsFor = createModelCache(
    {
      pointers: async (siteId) => {
        const site = await models.siteModels(siteId);
        return { mode: site?.mode ?? DEFAULT_LEARNING_MODE, active: site?.pointers.active };
      },
      documentText: async (siteId, version) => (await models.documentText(siteId, version)).text,
    },
    {
      ttlMs,
      isRefusal: (error) => error instanceof StoredModelError,
      onRefused: (siteId, version, error) => {
        recordModelLoadFailure();
        logger.error('Stored model refused; scoring with the rules alone until it is replaced (sieve model rollback or train)', { siteId, modelVersion: version, error });
      },
      onLoaded: (siteId, version, ms) => {
        recordModelLoad(ms);
        logger.info('Model loaded', { siteId, modelVersion: version, loadMs: Math.round(ms) });
      },
    },
  );
  return async (siteId: string, now: number) => {
    const [policies, siteModels] = await Promise.all([policiesFor(siteId, now), modelsFor(siteId, now)]);
    return { policy: policies.active, model: siteModels.active };
  };
};
