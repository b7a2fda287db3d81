// `sieve policy validate FILE`: check a policy file without touching any site.

import { parseCommandArgs } from '../../args.ts';
import { EXIT_OK, UsageError, type Command } from '../../command.ts';
import { loadPolicyFile } from '../../policy-file.ts';
import { jsonOutput } from '../../table-output.ts';

const help = `Usage: sieve policy validate FILE [--json]

Checks a policy file (JSON, or YAML when it ends in .yaml/.yml) exactly as "policy set"
and the worker would: the site's overrides merged over the default policy. Every bad
field is named by its path, e.g. "thresholds.spam.flag: expected a number".

  --json   on success, print the effective policy

Exit status: 0 valid; 2 invalid or unreadable (problems on stderr).
`;

export const policyValidate: Command = {
  name: 'policy validate',
  summary: 'check a policy file, naming each bad field',
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
      io.stdout.write(help);
      return EXIT_OK;
    }
    if (positionals.length !== 1) throw new UsageError('expected one policy file');
    const [file] = positionals;
    const { policy, overrides } = await loadPolicyFile(file);
    if (values.json) {
      io.stdout.write(jsonOutput(policy));
    } else {
      const fields = Object.keys(overrides).filter((k) => k !== 'version');
      io.stdout.write(`${file} is a valid policy${fields.length ? ` (overrides ${fields.join(', ')})` : ' (no overrides: the default policy)'}.\n`);
    }
    return EXIT_OK;
  },
};
