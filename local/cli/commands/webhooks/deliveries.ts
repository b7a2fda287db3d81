// `sieve webhooks deliveries --site S`: the site's delivery log, newest first.

import { noSuchSite } from '../../../../shared/admin/errors.ts';
import { UsageError } from '../../command.ts';
import { defineCommand } from '../../define-command.ts';
import { formatTable } from '../../table-output.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';
import { webhookAdminPorts } from './ports.ts';
import { requiredSite, SITE_OPTION } from '../model/site-option.ts';

const help = `Usage: sieve webhooks deliveries --site SITE [--limit N] [--json] [--stage NAME]

Lists the site's webhook deliveries, newest event first: delivery id (event id and
endpoint id), event type, comment, state, attempts, and the last attempt's status code
(or error) and time taken. States: delivered (2xx), retrying (failed; tried again with
backoff for about a day), dead (every attempt failed; in the webhook dead-letter queue),
skipped (the endpoint was removed or no longer wants the event).

Send one again with: sieve webhooks redeliver DELIVERY_ID --site SITE

  --limit N   at most N deliveries (default 50)
  --json      print [{deliveryId, eventType, commentId, endpointId, url, state, attempts: [{at, attempt, ms, statusCode, error}]}]

${TARGET_HELP}`;

export const webhooksDeliveries = defineCommand({
  name: 'webhooks deliveries',
  summary: "a site's webhook delivery log with status codes and timings",
  help,
  options: { ...TARGET_OPTIONS, ...SITE_OPTION, limit: { type: 'string', default: '50' } },
  json: true,
  async run({ values }) {
    const siteId = requiredSite(values.site);
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit: expected a whole number above 0, got "${values.limit}"`);
    const records = await withTarget(values, async (target) => {
      const ports = await webhookAdminPorts(target);
      if (!(await ports.getSite(siteId))) throw noSuchSite(siteId);
      return ports.store.deliveries(siteId, limit);
    });
    const rows = records.map((r) => {
      const last = r.attempts.at(-1);
      return [r.deliveryId, r.eventType, r.commentId, r.state, String(r.attempts.length), last?.statusCode ? String(last.statusCode) : (last?.error ?? '-'), last ? `${last.ms} ms` : '-', r.updatedAt];
    });
    return {
      json: records.map(({ event: _event, ...r }) => r),
      text: records.length
        ? formatTable(['DELIVERY', 'EVENT', 'COMMENT', 'STATE', 'ATTEMPTS', 'LAST', 'TOOK', 'AT'], rows)
        : `No webhook deliveries for site "${siteId}" yet.\n`,
    };
  },
});
