import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { addModerator, addSite, bootStack, decided, eventually, request } from '../support/local-stack.ts';
import { SCREENSHOTS, buildConsole, launchChromium } from './console-browser.ts';

// The moderator console in a real browser against the real local runtime: sign in,
// read why a comment was flagged, decide by key and in bulk, see new comments arrive,
// and never run what a comment contains.

const SITE = 'blog';
const USER = { username: 'mina', password: 'a long local password' };
const LINKS = 'http://a.example http://b.example http://c.example http://d.example';

let stack: LocalStack;
let key: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every dialog the page tried to open: a comment must never manage to open one. */
const dialogs: string[] = [];

const postFlagged = async (postId: string, text: string, author: { name: string; url?: string } = { name: 'Spammy Sam' }) => {
  const res = await request(stack, 'POST', '/v1/comments', { key, json: { postId, author, text } });
  expect(res.status).toBe(202);
  const comment = await decided(stack, key, res.body.id);
  expect(comment.status).toBe('flagged');
  return comment.id as string;
};

const statusOf = async (id: string) => (await request(stack, 'GET', `/v1/comments/${id}`, { key })).body.status;

const card = (id: string) => page.locator(`li.card[data-id="${id}"]`);

/** Opens the console on one post's flagged queue (the fragment carries the filter). */
const openQueue = async (postId: string) => {
  await page.goto(`${stack.url}/console/#site=${SITE}&status=flagged&post=${postId}`);
  await page.locator('.console').waitFor();
};

beforeAll(async () => {
  const [, started] = await Promise.all([buildConsole(), bootStack()]);
  stack = started;
  key = await addSite(stack, SITE);
  await addModerator(stack, { ...USER, sites: [SITE] });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the moderator console', () => {
  it('signs in and shows a flagged comment with its links marked and the reason in words', async () => {
    const id = await postFlagged('post-first', `Buy now ${LINKS}`);

    await page.goto(`${stack.url}/console/`);
    await page.getByLabel('Username').fill(USER.username);
    await page.getByLabel('Password').fill(USER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await card(id).waitFor();
    const marks = await card(id).locator('.comment-text mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['http://a.example', 'http://d.example']));
    expect(await card(id).locator('.reasons').textContent()).toMatch(/Spam: .*link/i);
    expect(await page.locator('.tabs [aria-selected="true"]').textContent()).toMatch(/Flagged\s*\d+/);
    await expect.poll(() => page.locator('.detail .tally').textContent()).toMatch(/approved .* rejected .* flagged/);
    await page.screenshot({ path: `${SCREENSHOTS}/console-desktop.png` });
  });

  it('approves the current comment with the keyboard; it leaves the queue and appears on its post', async () => {
    const id = await postFlagged('post-keys', `Honest review, links below ${LINKS}`);
    await openQueue('post-keys');
    await card(id).waitFor();

    await page.keyboard.press('j');
    expect(await card(id).getAttribute('aria-current')).toBe('true');
    await page.keyboard.press('a');

    await card(id).waitFor({ state: 'detached' });
    expect(await statusOf(id)).toBe('approved');
    const listing = await request(stack, 'GET', '/v1/posts/post-keys/comments', { key });
    expect(listing.body.items.map((c: { id: string }) => c.id)).toEqual([id]);
  });

  it('rejects two selected comments at once, with a note', async () => {
    const first = await postFlagged('post-bulk', `First offer ${LINKS}`);
    const second = await postFlagged('post-bulk', `Second offer ${LINKS}`);
    await openQueue('post-bulk');
    await card(second).waitFor();

    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    expect(await page.locator('.selected-count').textContent()).toBe('2 selected');
    await page.getByLabel('Note for the selected comments').fill('same spam run');
    await page.getByRole('button', { name: 'Reject selected' }).click();

    await card(first).waitFor({ state: 'detached' });
    await card(second).waitFor({ state: 'detached' });
    expect([await statusOf(first), await statusOf(second)]).toEqual(['rejected', 'rejected']);
    expect(await page.locator('.empty').textContent()).toMatch(/No flagged comments match/);
  });

  it('shows a comment full of markup as plain characters and runs none of it', async () => {
    const hostile = `<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> <a href="javascript:window.pwned = 3">win</a> ${LINKS}`;
    const id = await postFlagged('post-xss', hostile, { name: '<img src=y onerror=alert(1)>', url: 'https://evil.example/"><svg onload=alert(2)>' });
    await openQueue('post-xss');
    await card(id).waitFor();
    await page.locator('.detail .tally').waitFor();

    expect(await card(id).locator('.comment-text').textContent()).toBe(hostile);
    expect(await card(id).locator('.author-name').textContent()).toBe('<img src=y onerror=alert(1)>');
    expect(await page.locator('#app script, #app img, #app svg, #app iframe, #app a').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('shows a newly flagged comment without a reload, keeping the moderator on their comment', async () => {
    const before = await postFlagged('post-live', `Early bird ${LINKS}`);
    await openQueue('post-live');
    await card(before).waitFor();
    await page.keyboard.press('j');
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));

    const later = await postFlagged('post-live', `Late arrival ${LINKS}`);

    await card(later).waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
    expect(await card(before).getAttribute('aria-current')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.closest('li.card')?.getAttribute('data-id'))).toBe(before);
  });

  it('fits a phone in one column and opens the details over the queue', async () => {
    const id = await postFlagged('post-phone', `Tiny screen offer ${LINKS}`);
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${stack.url}/console/#site=${SITE}&status=flagged&post=post-phone`);
    const phoneCard = phone.locator(`li.card[data-id="${id}"]`);
    await phoneCard.waitFor();

    const box = (await phoneCard.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await phone.locator('.detail').isVisible()).toBe(false);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: `${SCREENSHOTS}/console-phone.png` });

    await phoneCard.getByRole('button', { name: /Details/ }).click();
    expect(await phone.locator('.detail').isVisible()).toBe(true);
    await phone.keyboard.press('Escape');
    expect(await phone.locator('.detail').isVisible()).toBe(false);
    await phone.close();
  });

  it('opens the shortcut help with ? and closes it with Esc', async () => {
    await openQueue('post-first');

    await page.keyboard.press('?');
    expect(await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/console-help.png` });
    await page.keyboard.press('Escape');

    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('returns to the sign-in form when the API answers 401, and signs out on request', async () => {
    await openQueue('post-first');
    await page.evaluate(() => {
      const k = 'sieve.console.session';
      const s = JSON.parse(sessionStorage.getItem(k)!);
      sessionStorage.setItem(k, JSON.stringify({ ...s, token: 'not-a-token' }));
    });

    await page.reload();

    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.locator('.notice').textContent()).toMatch(/session has ended/i);

    await page.getByLabel('Username').fill(USER.username);
    await page.getByLabel('Password').fill(USER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });
});
