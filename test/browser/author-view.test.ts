import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, request } from '../support/local-stack.ts';
import { SCREENSHOTS } from './console-browser.ts';
import { cardOf, openQueue, postFlagged, startConsoleFixture, stopConsoleFixture, type ConsoleFixture } from './console-page.ts';

// An author's view in real Chromium: from a comment's details, every comment of its author
// in every queue, and "reject all pending" for those still waiting, after a confirmation.

let f: ConsoleFixture;
let pats: string[];
let other: string;

beforeAll(async () => {
  f = await startConsoleFixture('authorview', 'ada');
  pats = await Promise.all([1, 2, 3].map(() => postFlagged(f, 'post-pat', { name: 'Pat', id: 'pat-9' })));
  other = await postFlagged(f, 'post-pat', { name: 'Someone Else', id: 'else-1' });
  // One of Pat's comments is approved already: the view shows it, "reject all pending" leaves it.
  const detail = (await request(f.stack, 'GET', `/v1/moderation/comments/${pats[2]}`, { headers: bearer(f.token) })).body;
  await request(f.stack, 'POST', `/v1/moderation/comments/${pats[2]}/decision`, { headers: bearer(f.token), json: { action: 'approve', revision: detail.comment.revision } });
}, 60_000);

afterAll(async () => {
  await stopConsoleFixture(f);
});

const statusOf = async (id: string) => (await request(f.stack, 'GET', `/v1/moderation/comments/${id}`, { headers: bearer(f.token) })).body.comment.status;

describe('an author’s view', () => {
  it('opens from the details, lists the author’s comments in every queue, and rejects the pending ones after naming the count', async () => {
    // Prepare
    await openQueue(f, 'status=flagged&post=post-pat');
    await cardOf(f.page, pats[0]!).click();

    // Act: open the view.
    await f.page.locator('.detail').getByRole('button', { name: 'All comments by Pat' }).click();

    // Assert
    await f.page.getByRole('heading', { name: 'All comments by Pat' }).waitFor();
    await expect.poll(() => f.page.locator('li.card').count(), { timeout: 10_000 }).toBe(3);
    expect(await cardOf(f.page, other).count()).toBe(0);
    expect(await f.page.locator('[role=tab][aria-selected=true]').getAttribute('id')).toBe('tab-all');

    // Act: reject all pending as spam.
    await f.page.getByRole('button', { name: 'Reject all pending as spam' }).click();
    const dialog = f.page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('p').textContent()).toBe('Reject all 2 pending comments by Pat as spam?');
    await f.page.screenshot({ path: `${SCREENSHOTS}/console-author-view.png` });
    await dialog.getByRole('button', { name: 'Reject 2 comments' }).click();

    // Assert: the two waiting ones rejected; the approved one and the other author untouched.
    await expect.poll(() => statusOf(pats[0]!), { timeout: 10_000 }).toBe('rejected');
    expect(await statusOf(pats[1]!)).toBe('rejected');
    expect(await statusOf(pats[2]!)).toBe('approved');
    expect(await statusOf(other)).toBe('flagged');
    await expect.poll(() => cardOf(f.page, pats[0]!).locator('.status-badge').textContent(), { timeout: 10_000 }).toBe('rejected');

    // Act: back to the queue.
    await f.page.getByRole('button', { name: 'Back to the queue' }).click();
    await cardOf(f.page, other).waitFor();
    expect(await f.page.getByRole('heading', { name: 'All comments by Pat' }).count()).toBe(0);
  });
});
