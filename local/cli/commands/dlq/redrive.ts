// `sieve dlq redrive`: send dead-lettered messages back to the moderation queue.

import { EXIT_FAILURE, EXIT_OK, UsageError } from '../../command.ts';
import { redriveDeadLetters } from '../../dead-letter-queue.ts';
import { ANY_POSITIONALS, defineCommand } from '../../define-command.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const help = `Usage: sieve dlq redrive (--all | MESSAGE_ID...) [--json] [--stage NAME]

Sends dead-lettered messages back to the moderation queue, then deletes them from the
dead-letter queue (a message is never only in flight: at worst it is in both for a
moment, and the worker ignores a comment already decided). Fix the cause first, or the
messages come back.

  --all     every message in the dead-letter queue
  --json    print {redriven: [{messageId, commentId, siteId}], notFound: [id]}

${TARGET_HELP}
Exit status: 0 all redriven; 1 some ids were not in the queue (the rest were redriven)
or the target failed; 2 usage error.
`;

export const dlqRedrive = defineCommand({
  name: 'dlq redrive',
  summary: 'send dead-lettered messages back to the moderation queue',
  help,
  options: { ...TARGET_OPTIONS, all: { type: 'boolean' } },
  json: true,
  positionals: ANY_POSITIONALS,
  async run({ values, positionals, io }) {
    if (values.all && positionals.length) throw new UsageError('give either --all or message ids, not both');
    if (!values.all && !positionals.length) throw new UsageError('say which messages: --all, or message ids from "sieve dlq list"');

    const result = await withTarget(values, async (target) => {
      const queues = await target.queues();
      return redriveDeadLetters(queues.sqs, queues, values.all ? 'all' : new Set(positionals), (moved) => {
        if (moved % 100 === 0) io.stderr.write(`sieve dlq redrive: ${moved} messages moved\n`);
      });
    });

    const n = result.taken.length;
    return {
      json: {
        redriven: result.taken.map(({ messageId, commentId, siteId }) => ({ messageId, commentId: commentId ?? null, siteId: siteId ?? null })),
        notFound: result.notFound,
      },
      text:
        `Redrove ${n} message${n === 1 ? '' : 's'} to the moderation queue.\n` +
        (result.notFound.length ? `Not in the dead-letter queue: ${result.notFound.join(', ')}\n` : ''),
      exitCode: result.notFound.length ? EXIT_FAILURE : EXIT_OK,
    };
  },
});
