import { SendMessageBatchCommand, ReceiveMessageCommand, GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { createDocumentClient } from '../../shared/store/client.ts';
import { CommentStore } from '../../shared/store/comments.ts';
import { commentKey } from '../../shared/store/keys.ts';
import { newComment } from '../../shared/comments/comment.ts';
import { addSite, bootStack, decided, eventually, request } from '../support/local-stack.ts';

// The pipeline end to end through real HTTP, the embedded SQS and DynamoDB servers, the
// poller and the real handlers: HTTP in, decision out.

let stack: LocalStack;
let keyA: string;
let keyB: string;

const civil = (postId: string, text = 'Thanks for the clear write-up, the second example finally made it click for me.') => ({
  postId,
  author: { name: 'Ada', id: 'reader-ada', email: 'ada@example.org' },
  text,
  client: { ip: '203.0.113.7', userAgent: 'test' },
});

beforeAll(async () => {
  stack = await bootStack();
  keyA = await addSite(stack, 'site-a');
  keyB = await addSite(stack, 'site-b');
}, 30_000);

afterAll(async () => {
  await stack?.stop();
});

describe('accepting and moderating comments', () => {
  it('approves a civil comment and lists it for its post', async () => {
    const accepted = await request(stack, 'POST', '/v1/comments', { key: keyA, json: civil('post-civil') });
    expect(accepted.status).toBe(202);
    expect(accepted.body).toEqual({ id: expect.stringMatching(/^c_/), status: 'pending' });

    const comment = await decided(stack, keyA, accepted.body.id);
    expect(comment.status).toBe('approved');
    expect(comment.decision.outcome).toBe('approve');
    expect(comment.decision.policyVersion).toEqual(expect.any(String));
    expect(comment.author).not.toHaveProperty('email');

    const listing = await request(stack, 'GET', '/v1/posts/post-civil/comments', { key: keyA });
    expect(listing.status).toBe(200);
    expect(listing.body.items).toEqual([
      expect.objectContaining({ id: accepted.body.id, parentId: null, text: civil('post-civil').text, author: { name: 'Ada', id: 'reader-ada' } }),
    ]);
  });

  it('flags a comment full of links, naming the link rule', async () => {
    const spam = civil(
      'post-spam',
      'Great deals here http://cheap-pills.example.com and http://win-cash.example.net and http://free-prizes.example.org and http://more.example.biz',
    );
    const accepted = await request(stack, 'POST', '/v1/comments', { key: keyA, json: spam });
    expect(accepted.status).toBe(202);

    const comment = await decided(stack, keyA, accepted.body.id);
    expect(['flagged', 'rejected']).toContain(comment.status);
    expect(comment.decision.reasons).toEqual(
      expect.arrayContaining([expect.objectContaining({ category: 'spam', rule: expect.stringMatching(/link/) })]),
    );
    const listing = await request(stack, 'GET', '/v1/posts/post-spam/comments', { key: keyA });
    expect(listing.body.items).toEqual([]);
  });

  it('threads replies and pages through a post oldest first', async () => {
    const ids: string[] = [];
    for (const text of ['First thought on this.', 'Second thought, building on the first.', 'Third and last thought.']) {
      const res = await request(stack, 'POST', '/v1/comments', {
        key: keyA,
        json: { ...civil('post-paged', text), ...(ids[0] ? { parentId: ids[0] } : {}) },
      });
      ids.push(res.body.id);
      await decided(stack, keyA, res.body.id);
    }
    const first = await request(stack, 'GET', '/v1/posts/post-paged/comments?limit=2', { key: keyA });
    expect(first.body.items.map((c: { id: string }) => c.id)).toEqual(ids.slice(0, 2));
    expect(first.body.items[1].parentId).toBe(ids[0]);
    expect(first.body.nextCursor).toEqual(expect.any(String));

    const second = await request(stack, 'GET', `/v1/posts/post-paged/comments?limit=2&cursor=${first.body.nextCursor}`, { key: keyA });
    expect(second.body.items.map((c: { id: string }) => c.id)).toEqual(ids.slice(2));

    const bad = await request(stack, 'GET', '/v1/posts/post-paged/comments?cursor=garbage', { key: keyA });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([expect.objectContaining({ field: 'cursor' })]);
  });
});

describe('rejecting bad input with errors that name the problem', () => {
  it('rejects malformed JSON', async () => {
    const res = await request(stack, 'POST', '/v1/comments', { key: keyA, rawBody: '{"postId": "p1", "text": ' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_json');
  });

  it('rejects a body that is not JSON by content type', async () => {
    const res = await request(stack, 'POST', '/v1/comments', { key: keyA, rawBody: 'hello', headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(415);
    expect(res.body.error.message).toMatch(/application\/json/);
  });

  it('names a missing field', async () => {
    const { text: _text, ...withoutText } = civil('p1');
    const res = await request(stack, 'POST', '/v1/comments', { key: keyA, json: withoutText });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.fields).toEqual([expect.objectContaining({ field: 'text' })]);
  });

  it('names an over-long text', async () => {
    const res = await request(stack, 'POST', '/v1/comments', { key: keyA, json: civil('p1', 'a'.repeat(10_001)) });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([expect.objectContaining({ field: 'text', message: expect.stringMatching(/10000/) })]);
  });

  it('names unknown fields, nested ones included', async () => {
    const body = { ...civil('p1'), mood: 'grumpy', author: { name: 'Ada', age: 36 } };
    const res = await request(stack, 'POST', '/v1/comments', { key: keyA, json: body });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual(
      expect.arrayContaining([
        { field: 'mood', message: 'unknown field' },
        { field: 'author.age', message: 'unknown field' },
      ]),
    );
  });

  it('names an invalid e-mail and url', async () => {
    const body = { ...civil('p1'), author: { name: 'Ada', email: 'not-an-email', url: 'javascript:alert(1)' } };
    const res = await request(stack, 'POST', '/v1/comments', { key: keyA, json: body });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['author.email', 'author.url']);
  });
});

describe('site keys', () => {
  it('answers 401 without a key and 403 with a wrong one', async () => {
    const none = await request(stack, 'POST', '/v1/comments', { json: civil('p1') });
    expect(none.status).toBe(401);
    const wrong = await request(stack, 'POST', '/v1/comments', { key: 'sk_this-is-not-a-real-key-at-all', json: civil('p1') });
    expect(wrong.status).toBe(403);
    const reading = await request(stack, 'GET', '/v1/posts/post-civil/comments', { key: 'sk_wrong' });
    expect(reading.status).toBe(403);
  });

  it('never lets one site see another site’s comments', async () => {
    const accepted = await request(stack, 'POST', '/v1/comments', { key: keyA, json: civil('post-shared-name') });
    await decided(stack, keyA, accepted.body.id);

    const foreign = await request(stack, 'GET', `/v1/comments/${accepted.body.id}`, { key: keyB });
    expect(foreign.status).toBe(404);
    const listing = await request(stack, 'GET', '/v1/posts/post-shared-name/comments', { key: keyB });
    expect(listing.body.items).toEqual([]);
  });
});

describe('idempotent retries', () => {
  it('returns the same id for the same Idempotency-Key and stores exactly one comment', async () => {
    const body = civil('post-idem', 'Retried on a flaky network, posted once.');
    const headers = { 'idempotency-key': 'retry-test-1' };
    const first = await request(stack, 'POST', '/v1/comments', { key: keyA, json: body, headers });
    const again = await request(stack, 'POST', '/v1/comments', { key: keyA, json: body, headers });
    expect(first.status).toBe(202);
    expect(again.status).toBe(202);
    expect(again.body.id).toBe(first.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');

    await decided(stack, keyA, first.body.id);
    const doc = createDocumentClient();
    const { Items = [] } = await doc.send(
      new ScanCommand({ TableName: stack.tableName, FilterExpression: 'postId = :p', ExpressionAttributeValues: { ':p': 'post-idem' } }),
    );
    expect(Items).toHaveLength(1);
  });

  it('treats a repeated externalId as the same comment', async () => {
    const body = { ...civil('post-ext', 'Imported from the old system.'), externalId: 'legacy-42' };
    const first = await request(stack, 'POST', '/v1/comments', { key: keyA, json: body });
    const again = await request(stack, 'POST', '/v1/comments', { key: keyA, json: body });
    expect(again.body.id).toBe(first.body.id);
  });

  it('refuses a reused key with a different body', async () => {
    const headers = { 'idempotency-key': 'retry-test-2' };
    await request(stack, 'POST', '/v1/comments', { key: keyA, json: civil('post-idem2', 'One text.'), headers });
    const other = await request(stack, 'POST', '/v1/comments', { key: keyA, json: civil('post-idem2', 'Another text.'), headers });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('idempotency_conflict');
  });
});

describe('worker reliability', () => {
  it('sends a poison message to the DLQ after the configured receives while the rest of its batch is stored', async () => {
    const store = new CommentStore(createDocumentClient(), stack.tableName);
    const good = ['Batch neighbour one says hello.', 'Batch neighbour two agrees.'].map((text, i) =>
      newComment({
        id: `c_batchneighbour${i}aaaaaaaaaa`.slice(0, 24),
        siteId: 'site-a',
        submission: { postId: 'post-batch', author: { name: `N${i}` }, text },
        bodyHash: 'x',
        now: new Date(),
        correlationId: `batch-${i}`,
      }),
    );
    for (const c of good) await store.create(c);
    const queue = stack.queues.moderation!;
    await stack.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queue.url,
        Entries: [
          { Id: 'good0', MessageBody: JSON.stringify({ commentId: good[0]!.id, siteId: 'site-a', correlationId: 'b0' }) },
          { Id: 'poison', MessageBody: JSON.stringify({ commentId: 'c_doesnotexistanywhere00', siteId: 'site-a', correlationId: 'p' }) },
          { Id: 'good1', MessageBody: JSON.stringify({ commentId: good[1]!.id, siteId: 'site-a', correlationId: 'b1' }) },
        ],
      }),
    );

    for (const c of good) expect((await decided(stack, keyA, c.id)).status).toBe('approved');

    const dead = await eventually(async () => {
      const { Messages = [] } = await stack.sqs.send(
        new ReceiveMessageCommand({ QueueUrl: queue.deadLetterUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1, MessageSystemAttributeNames: ['All'] }),
      );
      return Messages.find((m) => m.Body?.includes('c_doesnotexistanywhere00'));
    }, 'the poison message in the DLQ', 30_000);
    expect(Number(dead.Attributes?.ApproximateReceiveCount)).toBeGreaterThanOrEqual(5);
  }, 40_000);

  it('does not let a redelivered message overwrite a moderator’s decision', async () => {
    const accepted = await request(stack, 'POST', '/v1/comments', { key: keyA, json: civil('post-redeliver') });
    await decided(stack, keyA, accepted.body.id);
    const doc = createDocumentClient();
    await doc.send(
      new UpdateCommand({
        TableName: stack.tableName,
        Key: commentKey(accepted.body.id),
        UpdateExpression: 'SET #s = :s, decision.#by = :by',
        ExpressionAttributeNames: { '#s': 'status', '#by': 'by' },
        ExpressionAttributeValues: { ':s': 'rejected', ':by': 'moderator:grace' },
      }),
    );

    const queue = stack.queues.moderation!;
    await stack.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queue.url,
        Entries: [{ Id: 'again', MessageBody: JSON.stringify({ commentId: accepted.body.id, siteId: 'site-a', correlationId: 'again' }) }],
      }),
    );
    await eventually(async () => {
      const { Attributes = {} } = await stack.sqs.send(
        new GetQueueAttributesCommand({ QueueUrl: queue.url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }),
      );
      return Attributes.ApproximateNumberOfMessages === '0' && Attributes.ApproximateNumberOfMessagesNotVisible === '0' ? true : undefined;
    }, 'the redelivered message to be consumed');

    const after = await request(stack, 'GET', `/v1/comments/${accepted.body.id}`, { key: keyA });
    expect(after.body.status).toBe('rejected');
    expect(after.body.decision.by).toBe('moderator');
  });
});

describe('local metrics', () => {
  it('serves the handlers’ metrics in Prometheus text format', async () => {
    const res = await fetch(`${stack.url}/metrics`);
    const text = await res.text();
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    expect(text).toMatch(/^sieve_comments_received_total [1-9]\d*$/m);
    expect(text).toMatch(/^sieve_decisions_total\{outcome="approve"\} [1-9]\d*$/m);
    expect(text).toMatch(/^sieve_time_to_decision_milliseconds_count [1-9]\d*$/m);
    expect(text).toMatch(/^sieve_worker_record_failures_total [1-9]\d*$/m);
  });
});
