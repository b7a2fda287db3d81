import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from '../support/local-stack.ts';
import { SCREENSHOTS } from './console-browser.ts';
import { cardOf, openQueue, postFlagged, startConsoleFixture, stopConsoleFixture, type ConsoleFixture } from './console-page.ts';

// Search and the Pending and All queues in real Chromium, by keyboard as a moderator works:
// `/` to search, digits and brackets to switch queues, `j` past the last comment loads more.

let f: ConsoleFixture;
let waldo: string;
let flagged: string[];
const requested: string[] = [];

beforeAll(async () => {
  // A batching window long enough to see a lone comment in Pending before the engine decides it.
  f = await startConsoleFixture('searching', 'sam', { queueBatchingWindowSeconds: 2 });
  f.page.on('request', (r) => requested.push(r.url()));
  [waldo, ...flagged] = await Promise.all([
    postFlagged(f, 'post-market', { name: 'Waldo Stripes', id: 'waldo-1', email: 'Waldo@Example.org' }, 'Lost my RED SCARF, reward at http://aone.example http://atwo.example http://athree.example http://afour.example'),
    ...Array.from({ length: 29 }, () => postFlagged(f, 'post-market')),
  ]);
}, 90_000);

afterAll(async () => {
  await stopConsoleFixture(f);
});

const selectedTab = () => f.page.locator('[role=tab][aria-selected=true]').getAttribute('id');

describe('search in the console', () => {
  it('focuses the search box with /, finds text whatever its case across every queue, and by a hashed e-mail', async () => {
    // Prepare
    await openQueue(f, 'status=flagged');
    await f.page.locator('li.card').first().waitFor();

    // Act: text.
    await f.page.keyboard.press('/');
    expect(await f.page.evaluate(() => document.activeElement?.id)).toBe('search');
    await f.page.keyboard.type('red scarf');
    await f.page.keyboard.press('Enter');

    // Assert
    await expect.poll(() => f.page.locator('li.card').count(), { timeout: 10_000 }).toBe(1);
    await cardOf(f.page, waldo).waitFor();
    expect(await selectedTab()).toBe('tab-all');
    await f.page.screenshot({ path: `${SCREENSHOTS}/console-search.png` });

    // Act: an exact e-mail, typed in another case.
    await f.page.getByLabel('Search in').selectOption('email');
    await f.page.getByLabel('Search this site').fill('waldo@example.ORG');
    await f.page.getByRole('button', { name: 'Search', exact: true }).click();

    // Assert: found, and the address went nowhere in clear.
    await expect.poll(() => f.page.evaluate(() => location.hash)).toMatch(/emailHash=[0-9a-f]{64}/);
    await cardOf(f.page, waldo).waitFor();
    expect(await f.page.locator('li.card').count()).toBe(1);
    expect(requested.filter((u) => /waldo/i.test(decodeURIComponent(u)))).toEqual([]);
    expect(await f.page.evaluate(() => location.hash)).not.toMatch(/waldo/i);

    // Act: nothing matches.
    await f.page.getByLabel('Search in').selectOption('author');
    await f.page.getByLabel('Search this site').fill('nobody by this name');
    await f.page.keyboard.press('Enter');
    await expect.poll(() => f.page.locator('.queue .empty').textContent()).toBe('No comments match this search.');
  });
});

describe('queues by keyboard', () => {
  it('switches queues with the digit and bracket keys, and shows a comment the engine has not decided in Pending', async () => {
    // Prepare
    await openQueue(f, 'status=flagged');
    await f.page.locator('li.card').first().waitFor();

    // Act and assert: digits pick a queue, brackets step and wrap.
    await f.page.keyboard.press('6');
    await expect.poll(selectedTab).toBe('tab-all');
    await f.page.keyboard.press(']');
    await expect.poll(selectedTab).toBe('tab-pending');
    await f.page.keyboard.press('[');
    await expect.poll(selectedTab).toBe('tab-all');
    await f.page.keyboard.press('3');
    await expect.poll(selectedTab).toBe('tab-reported');
    await f.page.keyboard.press('4');
    await expect.poll(selectedTab).toBe('tab-rejected');

    // Act: a new comment, then Pending at once.
    const res = await request(f.stack, 'POST', '/v1/comments', { key: f.key, json: { postId: 'post-market', author: { name: 'Newcomer' }, text: 'Is the market open on the bank holiday?' } });
    await f.page.keyboard.press('1');

    // Assert
    await expect.poll(selectedTab).toBe('tab-pending');
    const card = cardOf(f.page, res.body.id);
    await card.waitFor();
    expect(await card.locator('.status-badge').textContent()).toBe('pending');
    await f.page.screenshot({ path: `${SCREENSHOTS}/console-pending.png` });
  });

  it('loads the next page when j passes the last comment loaded', async () => {
    // Prepare: 30 flagged comments, 25 to a page.
    await openQueue(f, 'status=flagged');
    await f.page.locator('li.card').first().waitFor();
    expect(await f.page.locator('li.card').count()).toBe(25);

    // Act
    for (let i = 0; i < 25; i++) await f.page.keyboard.press('j');

    // Assert: the 26th comment is the current one.
    await expect.poll(() => f.page.locator('li.card').count(), { timeout: 10_000 }).toBe(30);
    await expect.poll(() => f.page.locator('li.card[aria-current=true]').getAttribute('data-id')).toBe(await f.page.locator('li.card').nth(25).getAttribute('data-id'));
    expect(flagged).toHaveLength(29);
  });
});
