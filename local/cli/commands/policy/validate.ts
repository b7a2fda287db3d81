// `sieve policy validate FILE`: check a policy file without touching any site.

import { defineCommand, exactly } from '../../define-command.ts';
import { loadPolicyFile } from '../../policy-file.ts';

const help = `Usage: sieve policy validate FILE [--json]

Checks a policy file (JSON, or YAML when it ends in .yaml/.yml) exactly as "policy set"
and the worker would: the site's overrides merged over the default policy. Every bad
field is named by its path, e.g. "thresholds.spam.flag: expected a number".

  --json   on success, print the effective policy

Exit status: 0 valid; 2 invalid or unreadable (problems on stderr).
`;

export const policyValidate = defineCommand({
  name: 'policy validate',
  summary: 'check a policy file, naming each bad field',
  help,
  options: {},
  json: true,
  positionals: exactly(1, 'expected one policy file'),
  async run({ positionals: [file] }) {
    const { policy, overrides } = await loadPolicyFile(file);
    const fields = Object.keys(overrides).filter((k) => k !== 'version');
    return {
      json: policy,
      text: `${file} is a valid policy${fields.length ? ` (overrides ${fields.join(', ')})` : ' (no overrides: the default policy)'}.\n`,
    };
  },
});
