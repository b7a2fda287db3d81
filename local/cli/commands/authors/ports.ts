// The target's table and webhook queue as the personal-data ports.

import { userInfo } from 'node:os';
import type { ErasurePorts } from '../../../../shared/authors/personal-data.ts';
import { policyWithOverrides } from '../../../../shared/engine/policy.ts';
import { noSuchSite } from '../../../../shared/admin/errors.ts';
import { PersonalDataStore } from '../../../../shared/store/personal-data.ts';
import { PolicyStore } from '../../../../shared/store/policies.ts';
import { ReviewStore } from '../../../../shared/store/review.ts';
import { SiteStore } from '../../../../shared/store/sites.ts';
import { WebhookStore } from '../../../../shared/store/webhooks.ts';
import { createWebhookPublisher } from '../../../../shared/webhooks/publisher.ts';
import { WebhookQueue } from '../../../../shared/webhooks/webhook-queue.ts';
import type { Target } from '../../target.ts';

/** Who the audit trail names for an erasure run from this machine. */
export const operatorLabel = (): string => `operator:${userInfo().username}`;

export const personalDataPorts = async (target: Target, siteId: string): Promise<ErasurePorts> => {
  const { doc, tableName } = await target.table();
  if (!(await new SiteStore(doc, tableName).getSite(siteId))) throw noSuchSite(siteId);
  const store = new PersonalDataStore(doc, tableName);
  const review = new ReviewStore(doc, tableName);
  const policies = new PolicyStore(doc, tableName);
  const webhooks = new WebhookStore(doc, tableName);
  let queue: WebhookQueue | undefined;
  const publish = createWebhookPublisher(
    {
      endpointsOf: async (site) => (await webhooks.endpoints(site)).endpoints,
      send: async (messages) => {
        if (!queue) {
          const { sqs, webhookQueueUrl } = await target.queues();
          queue = new WebhookQueue(sqs, webhookQueueUrl);
        }
        await queue.send(messages);
      },
    },
    Infinity,
  );
  return {
    commentsOfSite: (site) => store.commentsOfSite(site),
    records: (site, key) => store.records(site, key),
    audit: (id) => review.history(id),
    policyOf: async (site) => {
      const active = (await policies.pointers(site, true))?.active;
      return policyWithOverrides(active ? await policies.document(site, active) : undefined);
    },
    eraseComment: (comment, erasure) => store.eraseComment(comment, erasure),
    dropAuditNotes: (entries) => store.dropAuditNotes(entries),
    appendAudit: (entry) => review.appendAudit(entry),
    deleteRecords: (site, key) => store.deleteRecords(site, key),
    publish: (event) => publish(event, Date.now()),
  };
};
