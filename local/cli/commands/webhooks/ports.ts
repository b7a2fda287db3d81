// The target's table and queue as the webhook admin ports.

import { SiteStore } from '../../../../shared/store/sites.ts';
import { WebhookStore } from '../../../../shared/store/webhooks.ts';
import type { RedeliverPorts, WebhookAdminPorts } from '../../../../shared/webhooks/webhook-admin.ts';
import { WebhookQueue } from '../../../../shared/webhooks/webhook-queue.ts';
import type { Target } from '../../target.ts';


export const webhookAdminPorts = async (target: Target): Promise<WebhookAdminPorts & { store: WebhookStore }> => {
  const { doc, tableName } = await target.table();
  const sites = new SiteStore(doc, tableName);
  const store = new WebhookStore(doc, tableName);
  return {
    store,
    getSite: (id) => sites.getSite(id),
    endpoints: (id) => store.endpoints(id),
    saveEndpoints: (id, endpoints, version) => store.saveEndpoints(id, endpoints, version),
  };
};

export const redeliverPorts = async (target: Target): Promise<RedeliverPorts & Pick<WebhookAdminPorts, 'getSite'>> => {
  const admin = await webhookAdminPorts(target);
  const { sqs, webhookQueueUrl } = await target.queues();
  const queue = new WebhookQueue(sqs, webhookQueueUrl);
  return { getSite: admin.getSite, delivery: (site, id) => admin.store.delivery(site, id), send: (m) => queue.send(m) };
};
