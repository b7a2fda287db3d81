import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { ModerationMessage } from './moderation-message.ts';

export class ModerationQueue {
  readonly #sqs: SQSClient;
  readonly #url: string;

  constructor(sqs: SQSClient, queueUrl: string) {
    this.#sqs = sqs;
    this.#url = queueUrl;
  }

  async send(message: ModerationMessage): Promise<void> {
    await this.#sqs.send(new SendMessageCommand({ QueueUrl: this.#url, MessageBody: JSON.stringify(message) }));
  }
}
