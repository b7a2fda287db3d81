// `sieve eval`: measure a policy against labelled comments (precision, recall, false
// catches), so a policy change is judged on numbers before it reaches a site.

import { EXIT_FAILURE, EXIT_OK, UsageError } from '../command.ts';
import { defineCommand, exactly } from '../define-command.ts';
import { renderEvalReport } from '../eval-report.ts';
import { EvalTally } from '../eval-tally.ts';
import { openInput } from '../input.ts';
import { moderateStream } from '../moderate-stream.ts';
import { loadPolicy } from '../policy-file.ts';
import { evalModel, learningCurve, parseCurve } from '../learned-eval.ts';
import { parseMinLabels } from '../training.ts';
import { RuleTally, renderRuleReport } from '../rule-tally.ts';

const help = `Usage: sieve eval [--policy FILE] [--model MODEL.json | --train TRAIN] [--json] [--show-wrong | --rules] FILE
       sieve eval --train TRAIN --curve N,N,... [--policy FILE] [--min-labels N] [--json] FILE

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
  --model FILE    decide with this learned model (from "sieve learn") as the worker would;
                  decisions record its version
  --train TRAIN   train a model on the labelled file TRAIN first (as "sieve learn"), then
                  evaluate FILE with it
  --curve N,...   with --train: a learning curve instead of the report; for each N, train
                  on the first N labelled lines of TRAIN and print precision, recall, F1
                  and false catches on FILE, below the same figures for the rules alone
  --min-labels N  with --train: labels of each class a head needs before it speaks
  --rules         per rule instead: how often it fires on comments labelled ok and on
                  comments to catch, their ratio, the points it added, and the
                  registered rules that never fired
  -h, --help      show this help

Exit status: 0 report printed; 1 some lines were bad (reported on stderr, the report
covers the rest); 2 usage error. FILE may be "-" for stdin.
`;

export const evalCommand = defineCommand({
  name: 'eval',
  summary: 'score decisions against labelled comments (precision, recall, F1)',
  help,
  options: {
    policy: { type: 'string' },
    'show-wrong': { type: 'boolean' },
    rules: { type: 'boolean' },
    model: { type: 'string' },
    train: { type: 'string' },
    curve: { type: 'string' },
    'min-labels': { type: 'string' },
  },
  json: true,
  positionals: exactly(1, 'expected exactly one labelled input FILE (or - for stdin)'),
  async run({ values, positionals: [file], io }) {
    const policy = await loadPolicy(values.policy);
    const minLabels = parseMinLabels(values['min-labels']);
    if (values.curve !== undefined) {
      if (values.train === undefined) throw new UsageError('--curve needs --train TRAIN');
      return learningCurve({ trainFile: values.train, testFile: file, points: parseCurve(values.curve), policy, minLabels, io });
    }
    const model = await evalModel({ model: values.model, train: values.train, minLabels }, policy, io);
    const input = await openInput(file, io);

    const tally = new EvalTally();
    const ruleTally = new RuleTally();
    const summary = await moderateStream(
      input,
      { policy, model, labelled: true, name: 'sieve eval', io, startedAt: Date.now() },
      ({ line, decision }) => {
        tally.add({ id: line.id, text: line.text, label: line.label ?? '' }, decision);
        ruleTally.add(line.label ?? '', decision);
      },
    );
    if (values.rules) {
      const rules = ruleTally.report();
      return { json: { ...rules, badLines: summary.badLines }, text: renderRuleReport(rules), exitCode: summary.badLines > 0 ? EXIT_FAILURE : EXIT_OK };
    }
    const report = tally.report();
    return {
      json: { ...report, badLines: summary.badLines },
      text: renderEvalReport(report, { showWrong: values['show-wrong'] ?? false }),
      exitCode: summary.badLines > 0 ? EXIT_FAILURE : EXIT_OK,
    };
  },
});
