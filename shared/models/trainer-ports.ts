// The trainer's ports on the table: the same for the scheduled function and `sieve model train`.

import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { effectivePolicy } from '../admin/policy-admin.ts';
import { LabelStore } from '../store/labels.ts';
import { ModelStore } from '../store/models.ts';
import { PolicyStore } from '../store/policies.ts';
import { SiteStore } from '../store/sites.ts';
import type { TrainerPorts } from './trainer.ts';

export const tableTrainerPorts = (doc: DynamoDBDocumentClient, tableName: string): TrainerPorts => {
  const sites = new SiteStore(doc, tableName);
  const labels = new LabelStore(doc, tableName);
  const models = new ModelStore(doc, tableName);
  const policies = new PolicyStore(doc, tableName);
  return {
    listSites: () => sites.listSites(),
    siteModels: (id) => models.siteModels(id),
    updatePointers: (id, change) => models.updatePointers(id, change),
    putModel: (id, document, meta) => models.putModel(id, document, meta),
    listModels: (id) => models.listModels(id),
    deleteModel: (id, manifest) => models.deleteModel(id, manifest),
    latestGivenAt: (id) => labels.latestGivenAt(id),
    labelsSince: (id) => labels.labelsSince(id),
    policyOf: async (site) => {
      // Trained under the policy the worker decides with, so the rule features match; a site
      // whose policy cannot be used is not trained (the worker fails its comments too).
      const effective = await effectivePolicy(site, { getVersion: (id, version) => policies.getVersion(id, version) });
      if (!effective.ok) throw new Error(effective.problem);
      return effective.policy;
    },
  };
};
