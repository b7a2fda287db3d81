// `sieve webhooks redeliver ID... --site S`: queue logged deliveries again.

import { redeliver } from '../../../../shared/webhooks/webhook-admin.ts';
import { defineCommand } from '../../define-command.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';
import { redeliverPorts } from './ports.ts';
import { requiredSite, SITE_OPTION } from '../model/site-option.ts';

const help = `Usage: sieve webhooks redeliver DELIVERY_ID... --site SITE [--json] [--stage NAME]

Queues each delivery (ids from sieve webhooks deliveries) again: the same event, with the
same event id, signed anew with the endpoint's current secret, with a fresh day of retries.
Receivers that already have it can tell by the id. Use it after a receiver's outage, or
for deliveries that ended dead.

${TARGET_HELP}
Exit status: 0 queued; 1 unknown site or delivery, or the target failed; 2 usage error.
`;

export const webhooksRedeliver = defineCommand({
  name: 'webhooks redeliver',
  summary: 'queue logged webhook deliveries again',
  help,
  options: { ...TARGET_OPTIONS, ...SITE_OPTION },
  json: true,
  positionals: { min: 1, max: Infinity, problem: () => 'expected one or more delivery IDs' },
  async run({ values, positionals }) {
    const siteId = requiredSite(values.site);
    const queued = await withTarget(values, async (target) => redeliver({ siteId, deliveryIds: positionals }, await redeliverPorts(target)));
    return { json: { queued }, text: `Queued ${queued.length} deliver${queued.length === 1 ? 'y' : 'ies'} again.\n` };
  },
});
