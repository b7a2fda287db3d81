import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { WebhookMessage } from './message.ts';

/** SQS's limit per SendMessageBatch. */
const SEND_BATCH_MAX = 10;

export class WebhookQueue {
  readonly #sqs: SQSClient;
  readonly #url: string;

  constructor(sqs: SQSClient, queueUrl: string) {
    this.#sqs = sqs;
    this.#url = queueUrl;
  }

  async send(messages: WebhookMessage[]): Promise<void> {
    for (let start = 0; start < messages.length; start += SEND_BATCH_MAX) {
      const chunk = messages.slice(start, start + SEND_BATCH_MAX);
      const { Failed = [] } = await this.#sqs.send(
        new SendMessageBatchCommand({ QueueUrl: this.#url, Entries: chunk.map((m, i) => ({ Id: String(i), MessageBody: JSON.stringify(m) })) }),
      );
      // Failing the caller makes it retry the whole event; receivers deduplicate on the event id.
      if (Failed.length) throw new Error(`SQS refused ${Failed.length} webhook message(s): ${Failed.map((f) => f.Code).join(', ')}`);
    }
  }
}
