import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decided, request } from '../support/local-stack.ts';
import { SCREENSHOTS } from './console-browser.ts';
import { cardOf, openQueue, postFlagged, startConsoleFixture, stopConsoleFixture, type ConsoleFixture } from './console-page.ts';

// Author actions in real Chromium against the real local runtime: a moderator bans an author
// from a comment's details, and the author's next comment is rejected by the worker, saying
// who banned them until when.

let f: ConsoleFixture;

beforeAll(async () => {
  f = await startConsoleFixture('authors', 'ana');
}, 60_000);

afterAll(async () => {
  await stopConsoleFixture(f);
});

describe('author actions in the console', () => {
  it('bans an author for 7 days from the details; their next comment is rejected with the ban as its reason', async () => {
    // Prepare
    const id = await postFlagged(f, 'post-ban', { name: 'Pat', id: 'pat-42' });
    await openQueue(f, 'status=flagged&post=post-ban');
    await cardOf(f.page, id).waitFor();
    const section = f.page.locator('.detail .author-actions');
    await section.waitFor();
    expect(await section.locator('.author-standing').textContent()).toBe('No action: the filter decides.');

    // Act
    await f.page.getByLabel('Action on this author').selectOption('ban');
    await f.page.getByLabel('For how long').selectOption('7');
    await f.page.getByLabel('Note on this author action').fill('link drops');
    await section.getByRole('button', { name: 'Apply' }).click();

    // Assert: the pane shows the standing the server now holds.
    await expect.poll(() => section.locator('.author-standing').textContent()).toMatch(/^Banned by ana until .+: link drops\.$/);
    await f.page.screenshot({ path: `${SCREENSHOTS}/console-author-ban.png` });
    const res = await request(f.stack, 'POST', '/v1/comments', { key: f.key, json: { postId: 'post-ban', author: { name: 'Pat', id: 'pat-42' }, text: 'A perfectly polite remark about the weather this week.' } });
    const next = await decided(f.stack, f.key, res.body.id);
    expect(next.status).toBe('rejected');
    await openQueue(f, 'status=rejected&post=post-ban');
    await cardOf(f.page, next.id).waitFor();
    expect(await cardOf(f.page, next.id).locator('.reasons').textContent()).toMatch(/Author signals: Author banned by ana until \d{4}-\d\d-\d\d \d\d:\d\d UTC: link drops/);
  });

  it('explains that an author known only by a name cannot carry an action', async () => {
    const id = await postFlagged(f, 'post-name-only', { name: 'Nameonly' });
    await openQueue(f, 'status=flagged&post=post-name-only');
    await cardOf(f.page, id).waitFor();

    const section = f.page.locator('.detail .author-actions');
    await section.waitFor();

    expect(await section.textContent()).toMatch(/no id or e-mail, so no action can be set/);
    expect(await section.locator('form').count()).toBe(0);
  });
});
