// `sieve learn`: train a site's model from labelled comments (a site's history, or an
// export of its moderators' decisions) and write it to a file for `check --model` and
// `eval --model`, so the model a site would get can be judged before it is used.

import { writeFile } from 'node:fs/promises';
import { EXIT_FAILURE, EXIT_OK, UsageError } from '../command.ts';
import { defineCommand, exactly } from '../define-command.ts';
import { openInput } from '../input.ts';
import { loadPolicy } from '../policy-file.ts';
import { formatCount } from '../progress.ts';
import { headStatus, parseMinLabels, readTrainingSet, renderHeads, trainModel } from '../training.ts';
import { DEFAULT_TRAINING } from '../../../shared/learn/index.ts';

const help = `Usage: sieve learn --out MODEL.json [--policy FILE] [--min-labels N] [--version V] [--json] FILE

Trains a site's learned model from labelled comments (JSON Lines, as for "sieve eval":
each line has a "label"): "ok" for comments its moderators approved, "spam", or an abuse
label ("insult", "threat", "identity"; any other label counts as abuse).

The lines are moderated in order exactly as "sieve eval" does (same policy, same stream
context), and the rules that fire on each become features next to its words, word pairs
and character 3-5-grams. Two heads are trained: spam (ok vs spam) and abuse (ok vs all
abuse labels). A head stays silent until it has at least N labels of each of its two
classes, and while, cross-validated on these labels, it would not improve on the rules
(then the rules already do as well as it could for this site); a model with both heads
silent decides exactly like the rules alone. A head that speaks adds learned.spam or
learned.abuse reasons naming the words that weighed most.

Use the model with "sieve check --model MODEL.json" or "sieve eval --model MODEL.json".
Training is deterministic: the same lines give the same weights.

Options:
  --out FILE        where to write the model (required)
  --policy FILE     JSON policy overrides, merged over the default policy
  --min-labels N    labels of each class a head needs before it speaks (default ${DEFAULT_TRAINING.minLabels})
  --version V       the model's version name, recorded on every decision (default m1)
  --json            print the summary as one JSON object
  -h, --help        show this help

Progress goes to stderr, the summary to stdout.

Exit status: 0 model written; 1 some lines were bad (each reported on stderr; the model
is trained on the rest); 2 usage error (bad option, unreadable file, invalid policy).
`;

export const learn = defineCommand({
  name: 'learn',
  summary: "train a site's model from labelled comments (for check/eval --model)",
  help,
  options: {
    out: { type: 'string' },
    policy: { type: 'string' },
    'min-labels': { type: 'string' },
    version: { type: 'string' },
  },
  json: true,
  positionals: exactly(1, 'expected exactly one labelled input FILE (or - for stdin)'),
  async run({ values, positionals: [file], io }) {
    if (values.out === undefined) throw new UsageError('--out MODEL.json is required');
    const minLabels = parseMinLabels(values['min-labels']);
    const version = values.version ?? 'm1';
    if (version.trim() === '') throw new UsageError('--version must not be empty');
    const policy = await loadPolicy(values.policy);
    const input = await openInput(file, io);

    const started = performance.now();
    const name = 'sieve learn';
    const training = await readTrainingSet(input, { policy, io, name });
    io.stderr.write(`${name}: ${formatCount(training.set.size)} labelled lines read, training\n`);
    const model = trainModel(training.set, { version, minLabels, progress: true }, { io, name });
    const text = JSON.stringify(model);
    await writeFile(values.out, text);
    const seconds = (performance.now() - started) / 1000;

    const heads = headStatus(model);
    const { ok, spam, abuse } = model.labels;
    const abuseLabels = Object.entries(training.byLabel)
      .filter(([label]) => label !== 'ok' && label !== 'spam')
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([label, n]) => `${formatCount(n)} ${label}`);
    return {
      json: {
        out: values.out,
        version,
        bytes: Buffer.byteLength(text),
        seconds,
        lines: training.lines,
        badLines: training.badLines,
        labels: model.labels,
        byLabel: training.byLabel,
        minLabels: model.minLabels,
        heads,
      },
      text: [
        `${formatCount(training.set.size)} labelled comments: ${formatCount(ok)} ok, ${formatCount(spam)} spam, ${formatCount(abuse)} abuse` +
          (abuseLabels.length > 0 ? ` (${abuseLabels.join(', ')})` : ''),
        ...renderHeads(heads),
        `model ${version} written to ${values.out} (${formatCount(Math.ceil(Buffer.byteLength(text) / 1024))} KB) in ${seconds.toFixed(1)} s` +
          (training.badLines > 0 ? `; ${formatCount(training.badLines)} bad lines skipped` : ''),
        '',
      ].join('\n'),
      exitCode: training.badLines > 0 ? EXIT_FAILURE : EXIT_OK,
    };
  },
});
