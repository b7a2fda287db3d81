// `sieve webhooks remove ID --site S`: stop sending to an endpoint.

import { removeEndpoint } from '../../../../shared/webhooks/webhook-admin.ts';
import { defineCommand, exactly } from '../../define-command.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';
import { webhookAdminPorts } from './ports.ts';
import { requiredSite, SITE_OPTION } from '../model/site-option.ts';

const help = `Usage: sieve webhooks remove ID --site SITE [--json] [--stage NAME]

Removes the endpoint ID (from sieve webhooks list). Deliveries already queued for it are
dropped and logged as skipped.

${TARGET_HELP}
Exit status: 0 removed; 1 unknown site or endpoint, or the target failed; 2 usage error.
`;

export const webhooksRemove = defineCommand({
  name: 'webhooks remove',
  summary: 'remove a webhook endpoint',
  help,
  options: { ...TARGET_OPTIONS, ...SITE_OPTION },
  json: true,
  positionals: exactly(1, 'expected one endpoint ID'),
  async run({ values, positionals: [endpointId] }) {
    const siteId = requiredSite(values.site);
    const removed = await withTarget(values, async (target) => removeEndpoint({ siteId, endpointId: endpointId! }, await webhookAdminPorts(target)));
    return { json: removed, text: `Removed webhook ${removed.id} (${removed.url}) of site "${siteId}".\n` };
  },
});
