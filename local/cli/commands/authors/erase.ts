// `sieve authors erase --site S --author ID|--email E`: forget an author's personal data, after asking.

import { eraseAuthor } from '../../../../shared/authors/personal-data.ts';
import { EXIT_FAILURE } from '../../command.ts';
import { defineCommand } from '../../define-command.ts';
import { confirm } from '../../prompt.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';
import { requiredSite, SITE_OPTION } from '../model/site-option.ts';
import { AUTHOR_OPTIONS, requiredAuthor } from './author-options.ts';
import { operatorLabel, personalDataPorts } from './ports.ts';

const help = `Usage: sieve authors erase --site SITE (--author ID | --email E) [--yes] [--json] [--stage NAME]

Erases one author's personal data on the site, for an erasure request:
  - each of their comments loses the author's name (it becomes "[erased]"), id, e-mail and
    url, the client's hashed network and user agent, moderators' notes (also in its audit
    trail) and the details and spans of its reasons; its text is replaced by a tombstone
    (with its training label and shadow decisions) unless the site's policy says
    {"erasure": {"keepText": true}}. The comment keeps its id, status and place in its
    thread, so replies stay placeable;
  - their records (outcome counts, recent posts, a moderator's action on them) are deleted;
  - each comment gains an audit entry (action erase, by operator:<you>) and a comment.erased
    webhook event.
Asks first on the terminal; --yes confirms without asking (required when stdin is not a
terminal). Running it again finds nothing more to erase.

  --author ID   the blog's own id for the author
  --email E     the author's e-mail address (compared without regard to case)
  -y, --yes     do not ask
  --json        print {siteId, erased: [comment id], textKept, recordsDeleted, webhookDeliveries}

${TARGET_HELP}
Exit status: 0 erased (or nothing held); 1 unknown site, the question was declined or the
target failed; 2 usage error.
`;

export const authorsErase = defineCommand({
  name: 'authors erase',
  summary: "erase one author's personal data on a site, after asking",
  help,
  options: { ...TARGET_OPTIONS, ...SITE_OPTION, ...AUTHOR_OPTIONS, yes: { type: 'boolean', short: 'y' } },
  json: true,
  async run({ values, io }) {
    const siteId = requiredSite(values.site);
    const ref = requiredAuthor(values);
    const who = ref.id !== undefined ? `author id ${ref.id}` : `e-mail ${ref.email}`;
    const report = await withTarget(values, async (target) => {
      if (!(await confirm(io, `Erase the personal data of ${who} on site ${siteId} of ${target.label}? This cannot be undone.`, values.yes))) return undefined;
      return eraseAuthor({ siteId, ref, now: new Date(), by: operatorLabel() }, await personalDataPorts(target, siteId));
    });
    if (!report) return { json: { cancelled: true }, text: 'Nothing erased.\n', exitCode: EXIT_FAILURE };
    const n = report.erased.length;
    return {
      json: report,
      text:
        `Erased ${who} from ${n} comment${n === 1 ? '' : 's'} of site ${siteId} (${report.textKept ? 'texts kept by the site policy' : 'texts replaced by a tombstone'}); ` +
        `records deleted: ${report.recordsDeleted.length ? report.recordsDeleted.join(', ') : 'none'}; ${report.webhookDeliveries} webhook deliver${report.webhookDeliveries === 1 ? 'y' : 'ies'} queued.\n`,
    };
  },
});
