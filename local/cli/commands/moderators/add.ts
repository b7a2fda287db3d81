// `sieve moderators add USERNAME --site S`: an account for the review console.

import { randomBytes } from 'node:crypto';
import { generatePassword, PASSWORD_BYTES, passwordProblems } from '../../../../shared/admin/passwords.ts';
import { siteIdSchema } from '../../../../shared/sites/create-site.ts';
import { SiteStore } from '../../../../shared/store/sites.ts';
import { CommandError, UsageError } from '../../command.ts';
import { defineCommand, exactly } from '../../define-command.ts';
import { USERNAME } from '../../moderator-accounts.ts';
import { promptSecret } from '../../prompt.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const help = `Usage: sieve moderators add USERNAME (--site ID... | --admin)
                          [--password P | --prompt] [--json] [--stage NAME]

Creates a moderator who signs in to the review console with USERNAME and a password.

  --site ID      a site they may moderate (repeat for several); the site must exist
  --admin        they may moderate every site
  --password P   their password (visible in shell history and ps: prefer --prompt)
  --prompt       read the password from the terminal (hidden, asked twice), or the first
                 line of stdin when it is piped
  (neither)      a strong password is generated and printed this once
  --json         print {username, sites, admin, password?}

Passwords need 12+ characters with lower- and upper-case letters, a digit and a symbol
(the deployed user pool's rule, applied locally too).

Locally the account goes into the issuer's directory (moderators.json in the data folder),
which a running "npm start" reads at every sign-in. With --stage it is a user of the
stage's Cognito pool, in the groups site:<ID> (created if missing) or admins, with a
permanent password and no invitation e-mail: hand the password over yourself.

${TARGET_HELP}
Exit status: 0 created; 1 the username exists, a site is unknown, or the target failed;
2 usage error or an unacceptable password.
`;

export const moderatorsAdd = defineCommand({
  name: 'moderators add',
  summary: 'create a moderator for some sites (or all, --admin)',
  help,
  options: {
    ...TARGET_OPTIONS,
    site: { type: 'string', multiple: true },
    admin: { type: 'boolean' },
    password: { type: 'string' },
    prompt: { type: 'boolean' },
  },
  json: true,
  positionals: exactly(1, 'expected one USERNAME'),
  async run({ values, positionals: [username], io }) {
    if (!USERNAME.test(username)) throw new UsageError(`username "${username}": use 2-64 letters, digits or . _ @ -`);
    const sites = [...new Set(values.site ?? [])];
    if (!sites.length && !values.admin) throw new UsageError('say what they moderate: --site ID (repeatable) or --admin');
    for (const site of sites) if (!siteIdSchema.safeParse(site).success) throw new UsageError(`--site "${site}" is not a site ID`);
    if (values.password !== undefined && values.prompt) throw new UsageError('give either --password or --prompt, not both');

    const generated = values.password === undefined && !values.prompt;
    const password = values.password ?? (values.prompt ? await promptSecret(io, 'password') : generatePassword(randomBytes(PASSWORD_BYTES)));
    const problems = passwordProblems(password);
    if (problems.length) throw new UsageError(`the password needs ${problems.join(', ')}`);

    const account = await withTarget(values, async (target) => {
      if (sites.length) {
        const table = await target.table();
        const store = new SiteStore(table.doc, table.tableName);
        const missing: string[] = [];
        for (const site of sites) if (!(await store.getSite(site))) missing.push(site);
        if (missing.length) throw new CommandError(`no site ${missing.map((s) => `"${s}"`).join(', ')} (${target.label}); create it first with: sieve sites create`);
      }
      return (await target.moderators()).add({ username, password, sites, admin: values.admin ?? false });
    });

    const scope = [...(account.admin ? ['every site (admin)'] : []), ...account.sites.map((s) => `"${s}"`)].join(', ');
    return {
      json: { username: account.username, sites: account.sites, admin: account.admin, ...(generated ? { password } : {}) },
      text:
        `Created moderator "${account.username}" for ${scope}.\n` +
        (generated ? `Their password is shown this once; hand it over safely:\n\n  ${password}\n\n` : ''),
    };
  },
});
