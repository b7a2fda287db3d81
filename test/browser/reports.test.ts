import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, decided, request } from '../support/local-stack.ts';
import { SCREENSHOTS } from './console-browser.ts';
import { cardOf, openQueue, startConsoleFixture, stopConsoleFixture, type ConsoleFixture } from './console-page.ts';

// The Reported queue in real Chromium: readers' reports relayed by the blog bring an approved
// comment to the moderator with the count, reasons and notes; approving it keeps it published
// and takes it out of the queue.

let f: ConsoleFixture;
let id: string;

beforeAll(async () => {
  f = await startConsoleFixture('reporting', 'rui');
  const res = await request(f.stack, 'POST', '/v1/comments', { key: f.key, json: { postId: 'post-park', author: { name: 'Parker' }, text: 'The new benches in the park are a real improvement.' } });
  const comment = await decided(f.stack, f.key, res.body.id);
  expect(comment.status).toBe('approved');
  id = comment.id;
  for (const json of [{ reason: 'abuse', note: 'This is aimed at my neighbour' }, { reason: 'abuse' }, { reason: 'off_topic' }]) {
    expect((await request(f.stack, 'POST', `/v1/comments/${id}/reports`, { key: f.key, json })).status).toBe(202);
  }
}, 60_000);

afterAll(async () => {
  await stopConsoleFixture(f);
});

describe('the Reported queue', () => {
  it('shows a reported comment with its reports, and approving it keeps it on its post and clears it from the queue', async () => {
    // Prepare
    await openQueue(f, 'status=flagged');

    // Act: to the Reported queue by key, then the details.
    await f.page.keyboard.press('3');
    const card = cardOf(f.page, id);
    await card.waitFor();

    // Assert
    expect(await f.page.locator('#tab-reported .count').textContent()).toBe('1');
    expect(await card.locator('.report-count').textContent()).toBe('3 reader reports: abuse 2, off topic 1.');
    await card.click();
    await expect.poll(() => f.page.locator('.detail .report-notes').textContent(), { timeout: 10_000 }).toBe('abuse: This is aimed at my neighbour');
    await f.page.screenshot({ path: `${SCREENSHOTS}/console-reported.png` });

    // Act: the moderator keeps it.
    await f.page.locator('.detail').getByRole('button', { name: 'Keep' }).click();

    // Assert
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(0);
    const listing = await request(f.stack, 'GET', '/v1/posts/post-park/comments', { key: f.key });
    expect(listing.body.items.map((c: { id: string }) => c.id)).toEqual([id]);
    const detail = (await request(f.stack, 'GET', `/v1/moderation/comments/${id}`, { headers: bearer(f.token) })).body.comment;
    expect(detail).toMatchObject({ status: 'approved', reports: { count: 3, reviewed: 3 } });
  });
});
