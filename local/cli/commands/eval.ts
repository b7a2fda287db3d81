// `sieve eval`: measure a policy against labelled comments (precision, recall, false
// catches), so a policy change is judged on numbers before it reaches a site.

import { EXIT_FAILURE, EXIT_OK } from '../command.ts';
import { defineCommand, exactly } from '../define-command.ts';
import { renderEvalReport } from '../eval-report.ts';
import { EvalTally } from '../eval-tally.ts';
import { openInput } from '../input.ts';
import { moderateStream } from '../moderate-stream.ts';
import { loadPolicy } from '../policy-file.ts';

const help = `Usage: sieve eval [--policy FILE] [--json] [--show-wrong] FILE

Moderates labelled comments (JSON Lines, as for "sieve check" plus "label") and reports how
the decisions match the labels. label "ok" means the comment should be approved; any other
label (insult, threat, identity, spam ...) means it should be caught (flagged or rejected).

Prints precision, recall, F1, the false-catch rate (share of "ok" comments caught), a
confusion matrix (label x decision), recall per label, the rules that fired on false
catches and on misses, and the ids of the comments decided wrongly.

Options:
  --policy FILE   JSON policy overrides, merged over the default policy
  --json          print the report as one JSON object
  --show-wrong    list each wrongly decided comment with its text and rules
  -h, --help      show this help

Exit status: 0 report printed; 1 some lines were bad (reported on stderr, the report
covers the rest); 2 usage error. FILE may be "-" for stdin.
`;

export const evalCommand = defineCommand({
  name: 'eval',
  summary: 'score decisions against labelled comments (precision, recall, F1)',
  help,
  options: { policy: { type: 'string' }, 'show-wrong': { type: 'boolean' } },
  json: true,
  positionals: exactly(1, 'expected exactly one labelled input FILE (or - for stdin)'),
  async run({ values, positionals: [file], io }) {
    const policy = await loadPolicy(values.policy);
    const input = await openInput(file, io);

    const tally = new EvalTally();
    const summary = await moderateStream(
      input,
      { policy, labelled: true, name: 'sieve eval', io, startedAt: Date.now() },
      ({ line, decision }) => tally.add({ id: line.id, text: line.text, label: line.label ?? '' }, decision),
    );
    const report = tally.report();
    return {
      json: { ...report, badLines: summary.badLines },
      text: renderEvalReport(report, { showWrong: values['show-wrong'] ?? false }),
      exitCode: summary.badLines > 0 ? EXIT_FAILURE : EXIT_OK,
    };
  },
});
