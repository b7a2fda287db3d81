// `sieve authors export --site S --author ID|--email E`: everything held about an author, as JSON.

import { exportAuthor } from '../../../../shared/authors/personal-data.ts';
import { defineCommand } from '../../define-command.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';
import { requiredSite, SITE_OPTION } from '../model/site-option.ts';
import { AUTHOR_OPTIONS, requiredAuthor } from './author-options.ts';
import { personalDataPorts } from './ports.ts';

const help = `Usage: sieve authors export --site SITE (--author ID | --email E) [--stage NAME]

Prints, as one JSON document, everything Sieve holds about one author of the site, for a
subject access request: each of their comments as stored (text, name, e-mail, url, the
hashed network, decisions, moderators' reviews and labels) with its audit trail, and their
records (outcome counts, recent posts, a moderator's trust, pre-moderation or ban).
The author is the one the blog named with that author id, or with that e-mail address
(compared without regard to case). Reads the whole table once.

  --author ID   the blog's own id for the author
  --email E     the author's e-mail address

${TARGET_HELP}
Exit status: 0 exported (an author with nothing held gets empty lists); 1 unknown site or
the target failed; 2 usage error.
`;

export const authorsExport = defineCommand({
  name: 'authors export',
  summary: 'everything held about one author of a site, as JSON',
  help,
  options: { ...TARGET_OPTIONS, ...SITE_OPTION, ...AUTHOR_OPTIONS },
  json: true,
  async run({ values }) {
    const siteId = requiredSite(values.site);
    const ref = requiredAuthor(values);
    const exported = await withTarget(values, async (target) => exportAuthor({ siteId, ref, now: new Date() }, await personalDataPorts(target, siteId)));
    return { json: exported, text: `${JSON.stringify(exported, null, 2)}\n` };
  },
});
