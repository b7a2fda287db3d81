import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { addSite, bootStack, decided, request } from '../support/local-stack.ts';

// A burst reaches the worker as one SQS batch (the event source mapping gathers messages for
// its batching window). Each comment of the batch must still see the ones before it, or a
// flood or a copy-paste campaign that arrives all at once would pass unseen.

let stack: LocalStack;
let key: string;

beforeAll(async () => {
  stack = await bootStack();
  key = await addSite(stack, 'site-burst');
}, 30_000);

afterAll(async () => {
  await stack?.stop();
});

const postAll = async (bodies: object[]) => {
  const accepted = await Promise.all(bodies.map((json) => request(stack, 'POST', '/v1/comments', { key, json })));
  for (const a of accepted) expect(a.status).toBe(202);
  return Promise.all(accepted.map((a) => decided(stack, key, a.body.id as string)));
};

const rulesOf = (comment: { decision: { reasons: Array<{ rule: string }> } }) => comment.decision.reasons.map((r) => r.rule);

it('counts earlier comments of the same burst as flood by one author', async () => {
  const topics = ['the bridge', 'the bus times', 'the library', 'the market', 'the park', 'the school run', 'the harbour', 'the museum'];
  const comments = await postAll(
    topics.map((topic, i) => ({
      postId: 'post-flood',
      author: { name: 'Quick Typist', id: 'typist-1' },
      text: `Comment number ${i + 1} about ${topic}, written in a hurry.`,
    })),
  );

  const flooded = comments.filter((c) => rulesOf(c).some((rule) => rule.startsWith('flood')));
  // The policy allows five comments per author in its flood window; the others are over it.
  expect(flooded.length).toBeGreaterThanOrEqual(topics.length - 5);
});

it('counts earlier copies of the same burst as duplicates by other authors', async () => {
  const text = 'Everyone should read the council minutes from last week before the vote on Thursday.';
  const comments = await postAll(
    Array.from({ length: 6 }, (_, i) => ({ postId: 'post-copies', author: { name: `Reader ${i}`, id: `reader-${i}` }, text })),
  );

  const seenAsCopies = comments.filter((c) => rulesOf(c).some((rule) => rule.startsWith('duplicate')));
  expect(seenAsCopies.length).toBeGreaterThanOrEqual(comments.length - 1);
});
