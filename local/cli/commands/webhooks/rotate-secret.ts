// `sieve webhooks rotate-secret ID --site S`: a new signing secret, in use at once.

import { randomBytes } from 'node:crypto';
import { rotateSecret } from '../../../../shared/webhooks/webhook-admin.ts';
import { defineCommand, exactly } from '../../define-command.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';
import { webhookAdminPorts } from './ports.ts';
import { requiredSite, SITE_OPTION } from '../model/site-option.ts';

const help = `Usage: sieve webhooks rotate-secret ID --site SITE [--json] [--stage NAME]

Gives endpoint ID a new signing secret (printed this once). Every delivery signed from
now on uses it, retries of older events included; a running worker may still queue
events for up to a minute, but signing happens at delivery, so none is signed with the
old secret after this command. Give the receiver the new secret first if it cannot
accept both for a moment.

  --json   print {id, secret}

${TARGET_HELP}
Exit status: 0 rotated; 1 unknown site or endpoint, or the target failed; 2 usage error.
`;

export const webhooksRotateSecret = defineCommand({
  name: 'webhooks rotate-secret',
  summary: "replace an endpoint's signing secret; prints the new one once",
  help,
  options: { ...TARGET_OPTIONS, ...SITE_OPTION },
  json: true,
  positionals: exactly(1, 'expected one endpoint ID'),
  async run({ values, positionals: [endpointId] }) {
    const siteId = requiredSite(values.site);
    const { endpoint, secret } = await withTarget(values, async (target) =>
      rotateSecret({ siteId, endpointId: endpointId!, now: new Date(), secretBytes: randomBytes(32) }, await webhookAdminPorts(target)),
    );
    return {
      json: { id: endpoint.id, secret },
      text: `New signing secret of webhook ${endpoint.id} (${endpoint.url}), shown this once:\n\n  ${secret}\n\n`,
    };
  },
});
