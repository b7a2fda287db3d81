// `sieve sites list`: every site with its status, working keys and policy version.

import { keyWorksAt } from '../../../../shared/admin/key-rotation.ts';
import { SiteStore } from '../../../../shared/store/sites.ts';
import { defineCommand } from '../../define-command.ts';
import { formatTable } from '../../table-output.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const help = `Usage: sieve sites list [--json] [--stage NAME]

Lists every site: id, name, status, the hints of its keys that still work (with the end
of any key that is being rotated out) and the policy version it uses ("default" for the
built-in policy).

  --json   print [{siteId, name, status, createdAt, policyVersion, keys: [{hint, createdAt, expiresAt}]}]

${TARGET_HELP}`;

export const sitesList = defineCommand({
  name: 'sites list',
  summary: 'list sites with status, key hints and policy version',
  help,
  options: TARGET_OPTIONS,
  json: true,
  async run({ values }) {
    const now = new Date();

    const sites = await withTarget(values, async (target) => {
      const table = await target.table();
      const store = new SiteStore(table.doc, table.tableName);
      return Promise.all(
        (await store.listSites()).map(async (site) => ({
          site,
          keys: (await store.keysOf(site)).filter((k) => keyWorksAt(k, now)).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
        })),
      );
    });

    const rows = sites.map(({ site, keys }) => [
      site.siteId,
      site.name,
      site.status,
      site.policyVersion ?? 'default',
      keys.map((k) => (k.expiresAt ? `${k.hint} (until ${k.expiresAt})` : k.hint)).join(', ') || '-',
    ]);
    return {
      json: sites.map(({ site, keys }) => ({
        siteId: site.siteId,
        name: site.name,
        status: site.status,
        createdAt: site.createdAt,
        policyVersion: site.policyVersion ?? null,
        keys: keys.map((k) => ({ hint: k.hint, createdAt: k.createdAt, expiresAt: k.expiresAt ?? null })),
      })),
      text: sites.length
        ? formatTable(['SITE', 'NAME', 'STATUS', 'POLICY', 'KEYS'], rows)
        : 'No sites yet. Create one with: sieve sites create ID --name NAME\n',
    };
  },
});
