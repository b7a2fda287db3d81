// `sieve check`: moderate a stream of comments and print one decision per line, in input
// order, so an operator can dry-run a policy over exported comments.

import type { Decision } from '../../../shared/engine/index.ts';
import { EXIT_FAILURE, EXIT_OK } from '../command.ts';
import { defineCommand } from '../define-command.ts';
import { openInput } from '../input.ts';
import { LineWriter } from '../line-writer.ts';
import { moderateStream } from '../moderate-stream.ts';
import { loadPolicy } from '../policy-file.ts';
import { loadModelFile } from '../model-file.ts';

const help = `Usage: sieve check [--policy FILE] [--model MODEL.json] [--json] [FILE|-]

Moderates comments given as JSON Lines (one per line, read from FILE or stdin):
  {"id","text","author":{"name","id"},"postId","createdAt"}   (only id and text required)
and prints one JSON line per comment, in input order:
  {"id","decision":"approve"|"flag"|"reject","scores":{...},"reasons":[...],"policyVersion"}
(plus "modelVersion" when a learned model spoke in the decision)

Lines form one stream: duplicate and flood checks see the earlier lines. createdAt
(ISO-8601 with a zone, or epoch ms) is the clock; a line without it reuses the last one.
Lines end at \n only (U+2028 inside a string is text); a line over 1,048,576 characters
is reported as a bad line and skipped.

Options:
  --policy FILE   policy overrides, JSON or YAML (by extension: .yaml/.yml), merged over
                  the default policy; decisions record the file's "version", or
                  "file:<name>" when it has none
  --model FILE    decide with this learned model (from "sieve learn") as the worker would:
                  its learned.spam / learned.abuse reasons join the rules' reasons
  --json          accepted for symmetry: the output is always JSON Lines
  -h, --help      show this help

Exit status: 0 all lines moderated; 1 some lines were bad (each reported on stderr,
the rest still moderated); 2 usage error (bad option, unreadable file, invalid policy,
a model file that is corrupt or from an incompatible version).
`;

export const check = defineCommand({
  name: 'check',
  summary: 'moderate JSON Lines comments and print a decision per line',
  help,
  options: { policy: { type: 'string' }, model: { type: 'string' } },
  positionals: { min: 0, max: 1, problem: (given) => `expected at most one input file, got ${given.length}` },
  // Decisions stream out line by line as they are made, so this command writes its own output.
  async run({ values, positionals, io }) {
    const policy = await loadPolicy(values.policy);
    const model = values.model === undefined ? undefined : await loadModelFile(values.model);
    const input = await openInput(positionals[0], io);
    if (input === io.stdin && io.stdin.isTTY) io.stderr.write('sieve check: reading comments from stdin (Ctrl-D to end)\n');

    const out = new LineWriter(io.stdout);
    const summary = await moderateStream(
      input,
      { policy, model, labelled: false, name: 'sieve check', io, startedAt: Date.now() },
      ({ line, decision }) => out.write(JSON.stringify(decisionLine(line.id, decision))),
    );
    await out.flush();
    return summary.badLines > 0 ? EXIT_FAILURE : EXIT_OK;
  },
});

/** The output shape: the decision under the names the operator docs use. */
function decisionLine(id: string, decision: Decision) {
  return {
    id,
    decision: decision.outcome,
    scores: decision.scores,
    reasons: decision.reasons.map(({ rule, category, contribution, detail, spans, field }) =>
      field === undefined || field === 'text'
        ? { rule, category, contribution, detail, spans }
        : { rule, category, contribution, detail, spans, field },
    ),
    policyVersion: decision.policyVersion,
    ...(decision.modelVersion === undefined ? {} : { modelVersion: decision.modelVersion }),
  };
}
