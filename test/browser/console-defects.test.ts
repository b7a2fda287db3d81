import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bearer, request } from '../support/local-stack.ts';
import { SCREENSHOTS } from './console-browser.ts';
import { cardOf, detailOf, openQueue, postFlagged, startConsoleFixture, stopConsoleFixture, type ConsoleFixture } from './console-page.ts';

// The defects a moderator found in the console (issue 12), each pinned in real Chromium
// against the real local runtime: a decision made offline is sent once the connection is
// back, a 409's banner does not outlive it, author-field marks sit on the matched word, the
// selection bar stays in view, a queue says it is loading, the rule filter offers the rules
// that exist, and the page asks for nothing that is not there.

let f: ConsoleFixture;

beforeAll(async () => {
  f = await startConsoleFixture('defects', 'dana');
}, 60_000);

// A failed test must not leave the next one offline or behind a route.
afterEach(async () => {
  await f.context.setOffline(false);
  await f.page.unrouteAll({ behavior: 'ignoreErrors' });
});

afterAll(async () => {
  await stopConsoleFixture(f);
});

describe('console defects', () => {
  it('loads without a single 404 (the favicon included)', async () => {
    // Prepare
    const missing: string[] = [];
    f.page.on('response', (res) => {
      if (res.status() >= 400) missing.push(`${res.status()} ${new URL(res.url()).pathname}`);
    });

    // Act
    await openQueue(f, 'status=flagged');
    await f.page.locator('.tabs').waitFor();
    await f.page.waitForLoadState('networkidle');

    // Assert
    expect(missing).toEqual([]);
    expect(await f.page.locator('link[rel="icon"]').getAttribute('href')).toBe('/console/favicon.svg');
    // Headless Chromium skips the favicon; other browsers and crawlers still ask for /favicon.ico.
    for (const path of ['/favicon.ico', '/console/favicon.svg']) {
      const res = await request(f.stack, 'GET', path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe('image/svg+xml');
    }
  });

  it('keeps a decision made offline, shows it waiting, and sends it once the connection is back', async () => {
    // Prepare
    const id = await postFlagged(f, 'post-offline');
    await openQueue(f, 'status=flagged&post=post-offline');
    await cardOf(f.page, id).waitFor();
    await f.page.keyboard.press('j');

    // Act
    await f.context.setOffline(true);
    await f.page.keyboard.press('a');

    // Assert: it waits, visibly, and nothing is decided yet.
    await cardOf(f.page, id).locator('.waiting').waitFor();
    await expect.poll(() => f.page.locator('.connection').textContent()).toMatch(/Offline: 1 decision waits to be sent/);
    expect((await detailOf(f, id)).comment.status).toBe('flagged');
    await f.page.screenshot({ path: `${SCREENSHOTS}/console-offline-waiting.png` });

    await f.context.setOffline(false);
    await cardOf(f.page, id).waitFor({ state: 'detached', timeout: 10_000 });
    expect((await detailOf(f, id)).comment).toMatchObject({ status: 'approved', review: { by: 'moderator:dana' } });
    await expect.poll(() => f.page.locator('.connection').textContent()).toBe('');
  });

  it('restores the card and says why when a decision sent late is refused', async () => {
    // Prepare: decided offline here, then by someone else before the connection returns.
    const id = await postFlagged(f, 'post-offline-late');
    await openQueue(f, 'status=flagged&post=post-offline-late');
    await cardOf(f.page, id).waitFor();
    await f.page.keyboard.press('j');
    await f.context.setOffline(true);
    await f.page.keyboard.press('a');
    await cardOf(f.page, id).locator('.waiting').waitFor();
    const revision = (await detailOf(f, id)).comment.revision;
    expect((await request(f.stack, 'POST', `/v1/moderation/comments/${id}/decision`, { headers: bearer(f.token), json: { action: 'reject', reason: 'spam', revision } })).status).toBe(200);

    // Act
    await f.context.setOffline(false);

    // Assert
    await expect.poll(() => f.page.locator('.banner').textContent(), { timeout: 10_000 }).toMatch(/someone else decided this comment first/i);
    expect((await detailOf(f, id)).comment.status).toBe('rejected');
  });

  it('does not leave a 409 banner up when a later, unrelated failure happens', async () => {
    // Prepare: a 409 on one comment.
    const raced = await postFlagged(f, 'post-banner');
    const other = await postFlagged(f, 'post-banner');
    await openQueue(f, 'status=flagged&post=post-banner');
    await cardOf(f.page, other).waitFor();
    await f.page.route('**/v1/moderation/sites/**', (route) => route.abort());
    const revision = (await detailOf(f, raced)).comment.revision;
    await request(f.stack, 'POST', `/v1/moderation/comments/${raced}/decision`, { headers: bearer(f.token), json: { action: 'reject', reason: 'other', revision } });
    await cardOf(f.page, raced).getByRole('button', { name: /^Approve comment by/ }).click();
    await expect.poll(() => f.page.locator('.banner').textContent()).toMatch(/someone else decided this comment first/i);
    await f.page.unroute('**/v1/moderation/sites/**');

    // Act: the network drops while deciding the other comment.
    await f.page.route('**/v1/moderation/comments/*/decision', (route) => route.abort('internetdisconnected'));
    await cardOf(f.page, other).getByRole('button', { name: /^Approve comment by/ }).click();

    // Assert
    await expect.poll(() => f.page.locator('.connection').textContent()).toMatch(/decision waits/);
    expect(await f.page.locator('.banner').textContent()).toBe('');
    expect(await f.page.locator('.banner').isVisible()).toBe(false);
    await f.page.unroute('**/v1/moderation/comments/*/decision');
    await cardOf(f.page, other).waitFor({ state: 'detached', timeout: 10_000 });
    expect((await detailOf(f, other)).comment.status).toBe('approved');
  });

  it('marks the matched word of an author website, not the character before it', async () => {
    // Prepare
    const id = await postFlagged(f, 'post-author-url', { name: 'Pat', url: 'http://pills.example' });

    // Act
    await openQueue(f, 'status=flagged&post=post-author-url');
    await cardOf(f.page, id).waitFor();

    // Assert
    expect(await cardOf(f.page, id).locator('.author-url mark').allTextContents()).toEqual(['pills']);
  });

  it('keeps the selection bar and its count in view when selecting deep in the list on a phone', async () => {
    // Prepare
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) ids.push(await postFlagged(f, 'post-phone'));
    const phone = await f.context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await openQueue(f, 'status=flagged&post=post-phone', phone);
    const last = cardOf(phone, ids.at(-1)!);
    await last.waitFor();

    // Act
    await last.scrollIntoViewIfNeeded();
    await last.locator('input.select').check();

    // Assert
    const bar = (await phone.locator('.bulk').boundingBox())!;
    expect(bar.y).toBeGreaterThanOrEqual(0);
    expect(bar.y + bar.height).toBeLessThanOrEqual(844);
    expect(await phone.locator('.selected-count').textContent()).toBe('1 selected');
    expect(await phone.getByRole('button', { name: 'Approve selected' }).isVisible()).toBe(true);
    await phone.screenshot({ path: `${SCREENSHOTS}/console-phone-bulk-bar.png` });
    await phone.close();
  });

  it('does not shift the list on desktop when the first comment is selected', async () => {
    // Prepare
    await openQueue(f, 'status=flagged&post=post-phone');
    const first = f.page.locator('li.card').first();
    await first.waitFor();
    const before = (await first.boundingBox())!.y;

    // Act
    await first.locator('input.select').check();

    // Assert
    expect(await f.page.locator('.selected-count').textContent()).toBe('1 selected');
    expect((await first.boundingBox())!.y).toBe(before);
  });

  it('says a queue is loading while it loads, instead of showing an empty queue', async () => {
    // Prepare: a slow network for queue reads.
    await openQueue(f, 'status=flagged&post=post-phone');
    await f.page.locator('li.card').first().waitFor();
    await f.page.route('**/v1/moderation/sites/**', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue().catch(() => undefined);
    });

    // Act
    await f.page.getByRole('tab', { name: /Rejected/ }).click();

    // Assert
    const loading = f.page.locator('.queue > .loading');
    await loading.waitFor();
    expect(await loading.textContent()).toBe('Loading rejected comments…');
    expect(await f.page.locator('.queue > .empty').isVisible()).toBe(false);
    expect(await f.page.locator('#queue').getAttribute('aria-busy')).toBe('true');
    await loading.waitFor({ state: 'hidden', timeout: 10_000 });
    expect(await f.page.locator('#queue').getAttribute('aria-busy')).toBe('false');
    await f.page.unroute('**/v1/moderation/sites/**');
  });

  it('offers the rules that exist in the rule filter, so a typo cannot empty the queue', async () => {
    // Prepare
    const insult = await postFlagged(f, 'post-rules', { name: 'Riley' }, 'You are a complete idiot and everyone here knows it.');
    await postFlagged(f, 'post-rules');
    await openQueue(f, 'status=flagged&post=post-rules');
    await cardOf(f.page, insult).waitFor();

    // Act
    const rule = f.page.getByLabel('Rule', { exact: true });
    const offered = await rule.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    await rule.selectOption('insult.you');

    // Assert
    expect(offered).toEqual(expect.arrayContaining(['', 'insult.you', 'spam.links.count', 'threat.violence']));
    expect(await rule.locator('optgroup').first().getAttribute('label')).toBe('Insult aimed at a person');
    await expect.poll(() => f.page.locator('li.card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-id')))).toEqual([insult]);
    expect(f.page.url()).toContain('rule=insult.you');
  });
});
