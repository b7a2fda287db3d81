// `sieve dlq list`: the messages that failed moderation too often, without taking them.

import { UsageError } from '../../command.ts';
import { listDeadLetters } from '../../dead-letter-queue.ts';
import { defineCommand } from '../../define-command.ts';
import { formatTable } from '../../table-output.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const help = `Usage: sieve dlq list [--limit N] [--json] [--stage NAME]

Lists the moderation dead-letter queue: messages the worker failed on too many times.
For each: message id, comment id, site, correlation id, how often it was received, when
it was first sent. Listing changes nothing: locally the queue is read without receiving
(receive counts stay as they are); SQS in AWS has no such look, so there each message is
received and handed straight back, which adds one to its count (shown without it).

Find the cause in the worker's logs (search for the correlation id or the comment id), fix
it, then replay with: sieve dlq redrive ID... (or --all). A message no fix will ever decide
can be deleted: sieve dlq delete ID... (or sieve dlq purge for all).

  --limit N   list at most N messages (default 100)
  --json      print [{messageId, commentId, siteId, correlationId, receiveCount, firstSentAt}]

${TARGET_HELP}`;

export const dlqList = defineCommand({
  name: 'dlq list',
  summary: 'list dead-lettered moderation messages (without consuming them)',
  help,
  options: { ...TARGET_OPTIONS, limit: { type: 'string', default: '100' } },
  json: true,
  async run({ values }) {
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit: expected a whole number above 0, got "${values.limit}"`);

    const letters = await withTarget(values, async (target) => {
      const { sqs, deadLetterQueueUrl, peek } = await target.queues();
      return listDeadLetters(sqs, deadLetterQueueUrl, limit, peek);
    });

    const rows = letters.map((d) => [
      d.messageId,
      d.commentId ?? `(${d.problem})`,
      d.siteId ?? '-',
      d.correlationId ?? '-',
      String(d.receiveCount),
      d.firstSentAt ?? '-',
    ]);
    const more = letters.length === limit ? `(first ${limit}; there may be more: --limit N)\n` : '';
    return {
      json: letters,
      text: letters.length
        ? formatTable(['MESSAGE', 'COMMENT', 'SITE', 'CORRELATION', 'RECEIVES', 'FIRST SENT'], rows) + more
        : 'The dead-letter queue is empty.\n',
    };
  },
});
