import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS } from './console-browser.ts';
import { cardOf, detailOf, openQueue, postFlagged, startConsoleFixture, stopConsoleFixture, type ConsoleFixture } from './console-page.ts';

// Undo in real Chromium against the real local runtime: after a decision, single or bulk,
// the console offers Undo for a few seconds (a button, or the u key), and the comments come
// back to the queue with the undo in their history.

let f: ConsoleFixture;

beforeAll(async () => {
  f = await startConsoleFixture('undo', 'ana');
}, 60_000);

afterAll(async () => {
  await stopConsoleFixture(f);
});

describe('undo in the console', () => {
  it('offers Undo after an approval and brings the comment back to the queue', async () => {
    // Prepare
    const id = await postFlagged(f, 'post-undo', { name: 'Quinn' });
    await openQueue(f, 'status=flagged&post=post-undo');
    await cardOf(f.page, id).waitFor();
    await f.page.keyboard.press('j');
    await f.page.keyboard.press('a');
    await cardOf(f.page, id).waitFor({ state: 'detached' });
    const bar = f.page.locator('.undo-bar');
    expect(await bar.textContent()).toMatch(/Approved the comment by Quinn\.\s*Undo/);
    await f.page.screenshot({ path: `${SCREENSHOTS}/console-undo.png` });

    // Act
    await bar.getByRole('button', { name: 'Undo' }).click();

    // Assert
    await cardOf(f.page, id).waitFor({ timeout: 10_000 });
    expect(await bar.isHidden()).toBe(true);
    const detail = await detailOf(f, id);
    expect(detail.comment.status).toBe('flagged');
    expect(detail.history.map((e: { action: string; by: string }) => `${e.by} ${e.action}`)).toEqual(['moderator:ana approve', 'moderator:ana undo']);
  });

  it('undoes a bulk reject with u: every comment of it comes back', async () => {
    // Prepare
    const first = await postFlagged(f, 'post-undo-bulk');
    const second = await postFlagged(f, 'post-undo-bulk');
    await openQueue(f, 'status=flagged&post=post-undo-bulk');
    await cardOf(f.page, second).waitFor();
    await f.page.keyboard.press('x');
    await f.page.keyboard.press('j');
    await f.page.keyboard.press('x');
    await f.page.getByRole('button', { name: 'Reject selected as spam' }).click();
    await cardOf(f.page, first).waitFor({ state: 'detached' });
    await cardOf(f.page, second).waitFor({ state: 'detached' });
    expect(await f.page.locator('.undo-bar').textContent()).toMatch(/Rejected 2 comments as spam\./);

    // Act
    await f.page.keyboard.press('u');

    // Assert
    await cardOf(f.page, first).waitFor({ timeout: 10_000 });
    await cardOf(f.page, second).waitFor();
    for (const id of [first, second]) {
      const detail = await detailOf(f, id);
      expect(detail.comment.status).toBe('flagged');
      expect(detail.comment).not.toHaveProperty('label');
    }
  });

  it('lists u in the shortcut help', async () => {
    await openQueue(f, 'status=flagged');

    await f.page.keyboard.press('?');

    expect(await f.page.getByRole('dialog', { name: 'Keyboard shortcuts' }).textContent()).toMatch(/u\s*Undo your last decision/);
    await f.page.keyboard.press('Escape');
  });
});
