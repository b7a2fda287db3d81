// `sieve dlq delete ID...` and `sieve dlq purge`: remove poison messages for good, after asking.

import { EXIT_FAILURE, EXIT_OK, UsageError } from '../../command.ts';
import { countDeadLetters, deleteDeadLetters } from '../../dead-letter-queue.ts';
import { ANY_POSITIONALS, defineCommand, type CommandOutput } from '../../define-command.ts';
import { confirm } from '../../prompt.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';
import type { TakeResult } from '../../dead-letter-queue.ts';

const CONFIRM_OPTIONS = { ...TARGET_OPTIONS, yes: { type: 'boolean', short: 'y' } } as const;

const outputOf = (result: TakeResult | undefined): CommandOutput => {
  if (!result) return { json: { deleted: [], notFound: [], cancelled: true }, text: 'Nothing deleted.\n', exitCode: EXIT_FAILURE };
  const n = result.taken.length;
  return {
    json: {
      deleted: result.taken.map(({ messageId, commentId, siteId, correlationId }) => ({
        messageId,
        commentId: commentId ?? null,
        siteId: siteId ?? null,
        correlationId: correlationId ?? null,
      })),
      notFound: result.notFound,
    },
    text:
      `Deleted ${n} message${n === 1 ? '' : 's'} from the dead-letter queue.\n` +
      (result.notFound.length ? `Not in the dead-letter queue: ${result.notFound.join(', ')}\n` : ''),
    exitCode: result.notFound.length ? EXIT_FAILURE : EXIT_OK,
  };
};

const AFTER = `Deleting a message does not decide its comment: the comment stays stored as pending
(and may be queued again by a retry of the blog). Prefer "sieve dlq redrive" once the
cause is fixed.`;

export const dlqDelete = defineCommand({
  name: 'dlq delete',
  summary: 'delete dead-lettered messages by id, after asking',
  help: `Usage: sieve dlq delete MESSAGE_ID... [--yes] [--json] [--stage NAME]

Deletes the given messages (ids from "sieve dlq list") from the dead-letter queue for good.
Asks first on the terminal; --yes confirms without asking (required when stdin is not a
terminal).

${AFTER}

  -y, --yes   do not ask
  --json      print {deleted: [{messageId, commentId, siteId, correlationId}], notFound: [id]}

${TARGET_HELP}
Exit status: 0 all deleted; 1 some ids were not in the queue (the rest were deleted), the
question was declined, or the target failed; 2 usage error.
`,
  options: CONFIRM_OPTIONS,
  json: true,
  positionals: ANY_POSITIONALS,
  async run({ values, positionals, io }) {
    if (!positionals.length) throw new UsageError('say which messages: message ids from "sieve dlq list" (or "sieve dlq purge" for all)');
    const ids = new Set(positionals);
    const result = await withTarget(values, async (target) => {
      const question = `Delete ${ids.size} message${ids.size === 1 ? '' : 's'} from the dead-letter queue of ${target.label} for good?`;
      if (!(await confirm(io, question, values.yes))) return undefined;
      const { sqs, deadLetterQueueUrl } = await target.queues();
      return deleteDeadLetters(sqs, deadLetterQueueUrl, ids);
    });
    return outputOf(result);
  },
});

export const dlqPurge = defineCommand({
  name: 'dlq purge',
  summary: 'delete every dead-lettered message, after asking',
  help: `Usage: sieve dlq purge [--yes] [--json] [--stage NAME]

Deletes every message in the dead-letter queue for good. Asks first on the terminal,
naming how many; --yes confirms without asking (required when stdin is not a terminal).

${AFTER}

  -y, --yes   do not ask
  --json      print {deleted: [{messageId, commentId, siteId, correlationId}], notFound: []}

${TARGET_HELP}
Exit status: 0 purged; 1 the question was declined or the target failed; 2 usage error.
`,
  options: CONFIRM_OPTIONS,
  json: true,
  async run({ values, io }) {
    const result = await withTarget(values, async (target) => {
      const { sqs, deadLetterQueueUrl } = await target.queues();
      if (!values.yes) {
        const count = await countDeadLetters(sqs, deadLetterQueueUrl);
        if (!(await confirm(io, `Delete all ${count} message${count === 1 ? '' : 's'} in the dead-letter queue of ${target.label} for good?`, false))) return undefined;
      }
      return deleteDeadLetters(sqs, deadLetterQueueUrl, 'all');
    });
    return outputOf(result);
  },
});
