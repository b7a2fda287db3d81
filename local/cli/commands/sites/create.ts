// `sieve sites create ID --name NAME`: a new site and its first API key, shown once.

import { randomBytes } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { InvalidInputError } from '../../../../shared/errors.ts';
import { keyHint } from '../../../../shared/sites/api-keys.ts';
import { createSite } from '../../../../shared/sites/create-site.ts';
import { SiteStore } from '../../../../shared/store/sites.ts';
import { CommandError, UsageError } from '../../command.ts';
import { defineCommand, exactly } from '../../define-command.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const help = `Usage: sieve sites create ID --name NAME [--json] [--stage NAME]

Creates a site and its first API key. The key is printed this once and stored only as
a hash: put it in the blog backend's secrets (it goes in the x-api-key header).

  ID            lower-case letters, digits and dashes, 2-64 characters (e.g. my-blog)
  --name NAME   a display name for moderators (e.g. "My Blog")
  --json        print {siteId, name, status, createdAt, apiKey, keyHint}

${TARGET_HELP}
Exit status: 0 created; 1 the site exists or the target failed; 2 usage error.
`;

export const sitesCreate = defineCommand({
  name: 'sites create',
  summary: 'create a site and print its first API key (once)',
  help,
  options: { ...TARGET_OPTIONS, name: { type: 'string' } },
  json: true,
  positionals: exactly(1, 'expected one site ID'),
  async run({ values, positionals: [siteId] }) {
    const name = values.name?.trim();
    if (!name) throw new UsageError('--name is required (a display name, e.g. --name "My Blog")');

    const created = await withTarget(values, async (target) => {
      const table = await target.table();
      try {
        return await createSite({ siteId, name, now: new Date(), keyBytes: randomBytes(32) }, new SiteStore(table.doc, table.tableName));
      } catch (error) {
        if (error instanceof InvalidInputError) throw new UsageError(`site ID "${siteId}": ${error.fields.map((f) => f.message).join('; ') || error.message}`);
        if (error instanceof ConditionalCheckFailedException) throw new CommandError(`site "${siteId}" already exists (${target.label})`);
        throw error;
      }
    });

    const { site, apiKey } = created;
    return {
      json: { siteId: site.siteId, name: site.name, status: site.status, createdAt: site.createdAt, apiKey, keyHint: keyHint(apiKey) },
      text:
        `Created site "${site.siteId}" (${site.name}).\n` +
        `Its API key is shown this once; store it in the blog backend's secrets:\n\n  ${apiKey}\n\n`,
    };
  },
});
