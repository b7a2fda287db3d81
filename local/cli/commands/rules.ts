// `sieve rules`: the rule registry as an operator reads it when writing `scores:` overrides:
// every rule id, its category, its default score and what it means.

import { RULES, RULE_IDS } from '../../../shared/engine/rules.ts';
import { DEFAULT_SCORES } from '../../../shared/engine/score-table.ts';
import { defineCommand } from '../define-command.ts';

const help = `Usage: sieve rules [--category NAME] [--json]

Lists every rule the engine can report: its id (what a policy's "scores" overrides name),
its category, its default score (the points a typical hit adds) and a description.

Options:
  --category NAME   only the rules of one category (insult, threat, spam, ...)
  --json            print the list as JSON
  -h, --help        show this help
`;

export const rules = defineCommand({
  name: 'rules',
  summary: 'list the rule registry: ids, categories, default scores, descriptions',
  help,
  options: { category: { type: 'string' } },
  json: true,
  async run({ values }) {
    const listed = RULE_IDS.filter((id) => values.category === undefined || RULES[id].category === values.category).map((id) => ({
      rule: id,
      category: RULES[id].category,
      kind: RULES[id].kind ?? 'scored',
      score: DEFAULT_SCORES[id],
      description: RULES[id].description,
    }));
    const width = Math.max(...listed.map((r) => r.rule.length), 4);
    const text = listed
      .map((r) => `${r.rule.padEnd(width)}  ${r.category.padEnd(9)}  ${r.kind === 'scored' ? r.score.toFixed(2).padStart(5) : r.kind.padStart(5)}  ${r.description}`)
      .join('\n');
    return { json: listed, text: `${text || `no rules in category "${values.category}"`}\n` };
  },
});
