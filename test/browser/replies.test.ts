import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decided, request } from '../support/local-stack.ts';
import { SCREENSHOTS } from './console-browser.ts';
import { cardOf, openQueue, startConsoleFixture, stopConsoleFixture, type ConsoleFixture } from './console-page.ts';

// Replies in context in real Chromium: a flagged reply's details show the comment it answers,
// and the thread is drawn as a tree, each reply indented under its parent.

let f: ConsoleFixture;
let root: string;
let reply: string;

beforeAll(async () => {
  f = await startConsoleFixture('threads', 'tia');
  const res = await request(f.stack, 'POST', '/v1/comments', { key: f.key, json: { postId: 'post-ferry', author: { name: 'Rosa' }, text: 'Does anyone know when the first ferry leaves on Sundays?' } });
  root = (await decided(f.stack, f.key, res.body.id)).id;
  const sibling = await request(f.stack, 'POST', '/v1/comments', { key: f.key, json: { postId: 'post-ferry', author: { name: 'Sol' }, text: 'I would like to know that too, thanks for asking.' } });
  await decided(f.stack, f.key, sibling.body.id);
  // The reply is link-heavy, so the engine flags it.
  const flaggedReply = await request(f.stack, 'POST', '/v1/comments', {
    key: f.key,
    json: { postId: 'post-ferry', parentId: root, author: { name: 'Ferry Deals' }, text: 'Cheap tickets at http://ferryone.example http://ferrytwo.example http://ferrythree.example' },
  });
  const decidedReply = await decided(f.stack, f.key, flaggedReply.body.id);
  expect(decidedReply.status).toBe('flagged');
  reply = decidedReply.id;
}, 60_000);

afterAll(async () => {
  await stopConsoleFixture(f);
});

describe('replies in context', () => {
  it('shows the comment a reply answers, and indents the reply under it in the thread', async () => {
    // Prepare
    await openQueue(f, 'status=flagged&post=post-ferry');

    // Act
    await cardOf(f.page, reply).click();

    // Assert
    const parent = f.page.locator('.detail blockquote.parent');
    await parent.waitFor();
    expect(await parent.textContent()).toContain('Does anyone know when the first ferry leaves on Sundays?');
    const items = f.page.locator('.detail .thread li');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(3);
    const rootItem = items.nth(0);
    const replyItem = items.nth(1);
    expect(await replyItem.getAttribute('class')).toBe('this');
    expect(await replyItem.getAttribute('data-depth')).toBe('1');
    expect(await items.nth(2).textContent()).toContain('Sol');
    expect((await replyItem.boundingBox())!.x).toBeGreaterThan((await rootItem.boundingBox())!.x + 10);
    await f.page.locator('.detail .thread').scrollIntoViewIfNeeded();
    await f.page.screenshot({ path: `${SCREENSHOTS}/console-reply-context.png` });
  });
});
