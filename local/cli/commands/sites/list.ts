// `sieve sites list`: every site with its status, working keys and policy version.

import { keyWorksAt } from '../../../../shared/admin/key-rotation.ts';
import { SiteStore } from '../../../../shared/store/sites.ts';
import { parseCommandArgs } from '../../args.ts';
import { EXIT_OK, UsageError, type Command } from '../../command.ts';
import { formatTable, jsonOutput } from '../../table-output.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const help = `Usage: sieve sites list [--json] [--stage NAME]

Lists every site: id, name, status, the hints of its keys that still work (with the end
of any key that is being rotated out) and the policy version it uses ("default" for the
built-in policy).

  --json   print [{siteId, name, status, createdAt, policyVersion, keys: [{hint, createdAt, expiresAt}]}]

${TARGET_HELP}`;

export const sitesList: Command = {
  name: 'sites list',
  summary: 'list sites with status, key hints and policy version',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...TARGET_OPTIONS, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
      io.stdout.write(help);
      return EXIT_OK;
    }
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
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

    if (values.json) {
      io.stdout.write(
        jsonOutput(
          sites.map(({ site, keys }) => ({
            siteId: site.siteId,
            name: site.name,
            status: site.status,
            createdAt: site.createdAt,
            policyVersion: site.policyVersion ?? null,
            keys: keys.map((k) => ({ hint: k.hint, createdAt: k.createdAt, expiresAt: k.expiresAt ?? null })),
          })),
        ),
      );
      return EXIT_OK;
    }
    if (!sites.length) {
      io.stdout.write('No sites yet. Create one with: sieve sites create ID --name NAME\n');
      return EXIT_OK;
    }
    const rows = sites.map(({ site, keys }) => [
      site.siteId,
      site.name,
      site.status,
      site.policyVersion ?? 'default',
      keys.map((k) => (k.expiresAt ? `${k.hint} (until ${k.expiresAt})` : k.hint)).join(', ') || '-',
    ]);
    io.stdout.write(formatTable(['SITE', 'NAME', 'STATUS', 'POLICY', 'KEYS'], rows));
    return EXIT_OK;
  },
};
