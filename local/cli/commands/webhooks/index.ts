// `sieve webhooks …`: a site's signed comment events to its own endpoints.

import { commandGroup } from '../../command-group.ts';
import { webhooksAdd } from './add.ts';
import { webhooksDeliveries } from './deliveries.ts';
import { webhooksList } from './list.ts';
import { webhooksRedeliver } from './redeliver.ts';
import { webhooksRemove } from './remove.ts';
import { webhooksRotateSecret } from './rotate-secret.ts';

export const webhooks = commandGroup(
  'webhooks',
  'signed comment events to a site’s endpoints: add, list, remove, rotate-secret, deliveries, redeliver',
  'Webhooks tell a blog when its comments are decided (comment.decided), when a moderator\ndecides (comment.moderated) and when personal data is erased (comment.erased): a signed\nJSON POST per event, retried with backoff for about a day, logged per site.',
  [webhooksAdd, webhooksList, webhooksRemove, webhooksRotateSecret, webhooksDeliveries, webhooksRedeliver],
);
