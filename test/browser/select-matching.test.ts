import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, request } from '../support/local-stack.ts';
import { SCREENSHOTS } from './console-browser.ts';
import { openQueue, postFlagged, startConsoleFixture, stopConsoleFixture, type ConsoleFixture } from './console-page.ts';

// "Select all N matching" in real Chromium: past the page the moderator sees, a bulk reject
// asks first, naming the count, and Cancel sends nothing.

let f: ConsoleFixture;
const COUNT = 32;

beforeAll(async () => {
  f = await startConsoleFixture('bulkier', 'bea');
  await Promise.all(Array.from({ length: COUNT }, () => postFlagged(f, 'post-many')));
  await postFlagged(f, 'post-other');
}, 90_000);

afterAll(async () => {
  await stopConsoleFixture(f);
});

const queueIds = async (status: string, postId: string) =>
  (await request(f.stack, 'GET', `/v1/moderation/sites/${f.site}/comments?status=${status}&postId=${postId}&limit=100`, { headers: bearer(f.token) })).body.items.map((i: { id: string }) => i.id);

describe('select all matching', () => {
  it('offers every comment of the queue once the page is selected, with the count', async () => {
    await openQueue(f, 'status=flagged');
    await f.page.locator('li.card').first().waitFor();

    await f.page.getByLabel('Select all', { exact: true }).check();

    expect(await f.page.locator('.selected-count').textContent()).toBe('25 selected');
    expect(await f.page.getByRole('button', { name: `Select all ${COUNT + 1} matching` }).isVisible()).toBe(true);
  });

  it('selects every comment matching a filter across pages and rejects them only after a confirmation naming the count', async () => {
    // Prepare
    await openQueue(f, 'status=flagged&post=post-many');
    await f.page.locator('li.card').first().waitFor();
    await f.page.getByLabel('Select all', { exact: true }).check();

    // Act: select across pages, then reject and cancel.
    await f.page.getByRole('button', { name: 'Select all matching' }).click();
    await expect.poll(() => f.page.locator('.selected-count').textContent(), { timeout: 10_000 }).toBe(`All ${COUNT} matching selected`);
    expect(await f.page.locator('li.card').count()).toBe(COUNT);
    await f.page.getByRole('button', { name: 'Reject selected as spam' }).click();
    const dialog = f.page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('p').textContent()).toBe(`Reject all ${COUNT} matching comments as spam?`);
    await f.page.screenshot({ path: `${SCREENSHOTS}/console-select-matching-confirm.png` });
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // Assert: nothing was sent.
    expect(await queueIds('flagged', 'post-many')).toHaveLength(COUNT);

    // Act: again, confirming.
    await f.page.getByRole('button', { name: 'Reject selected as spam' }).click();
    await f.page.getByRole('dialog').getByRole('button', { name: `Reject ${COUNT} comments` }).click();

    // Assert: every one rejected, the other post's comment untouched, one Undo for all.
    await expect.poll(() => queueIds('rejected', 'post-many').then((ids) => ids.length), { timeout: 10_000 }).toBe(COUNT);
    expect(await queueIds('flagged', 'post-many')).toEqual([]);
    expect(await queueIds('flagged', 'post-other')).toHaveLength(1);
    await expect.poll(() => f.page.locator('.undo-bar span').textContent(), { timeout: 10_000 }).toBe(`Rejected ${COUNT} comments as spam.`);
  });
});
