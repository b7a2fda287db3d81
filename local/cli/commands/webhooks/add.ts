// `sieve webhooks add URL --site S [--events …]`: a new receiver and its signing secret (shown once).

import { randomBytes } from 'node:crypto';
import { EndpointUrlError, EventTypeError, parseEventTypes } from '../../../../shared/webhooks/endpoints.ts';
import { addEndpoint } from '../../../../shared/webhooks/webhook-admin.ts';
import { UsageError } from '../../command.ts';
import { defineCommand, exactly } from '../../define-command.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';
import { webhookAdminPorts } from './ports.ts';
import { requiredSite, SITE_OPTION } from '../model/site-option.ts';

const help = `Usage: sieve webhooks add URL --site SITE [--events LIST] [--json] [--stage NAME]

Registers URL to receive the site's comment events, each a signed JSON POST (see the
README, "Webhooks"). Prints the endpoint's id and its signing secret, shown this once.

  --events LIST   comma-separated: comment.decided, comment.moderated, comment.erased,
                  or all (default)
  --json          print {id, url, events, secret}

URL must be https. The local runtime also accepts http://localhost and http://127.0.0.1.
A running worker sees a new endpoint within a minute (it caches each site's endpoints).

${TARGET_HELP}
Exit status: 0 added; 1 unknown site or the target failed; 2 usage error (bad URL or events).
`;

export const webhooksAdd = defineCommand({
  name: 'webhooks add',
  summary: 'register an endpoint for signed comment events; prints its secret once',
  help,
  options: { ...TARGET_OPTIONS, ...SITE_OPTION, events: { type: 'string', default: 'all' } },
  json: true,
  positionals: exactly(1, 'expected one URL'),
  async run({ values, positionals: [url] }) {
    const siteId = requiredSite(values.site);
    let events;
    try {
      events = parseEventTypes(values.events);
    } catch (error) {
      if (error instanceof EventTypeError) throw new UsageError(`--events: ${error.message}`);
      throw error;
    }
    const added = await withTarget(values, async (target) => {
      try {
        return await addEndpoint(
          { siteId, url: url!, events, now: new Date(), idBytes: randomBytes(6), secretBytes: randomBytes(32), allowLocalHttp: target.kind === 'local' },
          await webhookAdminPorts(target),
        );
      } catch (error) {
        if (error instanceof EndpointUrlError) throw new UsageError(error.message);
        throw error;
      }
    });
    const { endpoint, secret } = added;
    return {
      json: { id: endpoint.id, url: endpoint.url, events: endpoint.events, secret },
      text: [
        `Webhook ${endpoint.id} of site "${siteId}" posts ${endpoint.events.join(', ')} to ${endpoint.url}`,
        '',
        'Its signing secret, shown this once (verify the Sieve-Signature header with it):',
        '',
        `  ${secret}`,
        '',
      ].join('\n'),
    };
  },
});
