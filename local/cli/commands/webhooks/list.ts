// `sieve webhooks list --site S`: the site's endpoints, with secret hints only.

import { listEndpoints } from '../../../../shared/webhooks/webhook-admin.ts';
import { defineCommand } from '../../define-command.ts';
import { formatTable } from '../../table-output.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';
import { webhookAdminPorts } from './ports.ts';
import { requiredSite, SITE_OPTION } from '../model/site-option.ts';

const help = `Usage: sieve webhooks list --site SITE [--json] [--stage NAME]

Lists the site's webhook endpoints: id, URL, events and the last characters of the
signing secret (the secret itself is shown only by add and rotate-secret).

  --json   print [{id, url, events, secretHint, createdAt, secretRotatedAt}]

${TARGET_HELP}`;

export const webhooksList = defineCommand({
  name: 'webhooks list',
  summary: "list a site's webhook endpoints",
  help,
  options: { ...TARGET_OPTIONS, ...SITE_OPTION },
  json: true,
  async run({ values }) {
    const siteId = requiredSite(values.site);
    const endpoints = await withTarget(values, async (target) => listEndpoints(siteId, await webhookAdminPorts(target)));
    return {
      json: endpoints,
      text: endpoints.length
        ? formatTable(['ID', 'URL', 'EVENTS', 'SECRET', 'CREATED'], endpoints.map((e) => [e.id, e.url, e.events.join(','), e.secretHint, e.createdAt]))
        : `Site "${siteId}" has no webhooks. Add one with: sieve webhooks add URL --site ${siteId}\n`,
    };
  },
});
