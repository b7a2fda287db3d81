import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { addModerator, addSite, bearer, bootStack, decided, request } from '../support/local-stack.ts';
import { SCREENSHOTS, buildConsole, launchChromium } from './console-browser.ts';

// The moderator console in a real browser against the real local runtime: sign in,
// read why a comment was flagged, decide by key and in bulk, see new comments arrive,
// and never run what a comment contains.

const SITE = 'blog';
const USER = { username: 'mina', password: 'a long local password' };
const LINKS = 'http://a.example http://b.example http://c.example http://d.example';
const TOUR = 'hello-world';

let stack: LocalStack;
let key: string;
/** The same moderator's token, to check through the API what the console did. */
let token: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Every dialog the page tried to open: a comment must never manage to open one. */
const dialogs: string[] = [];

const postFlagged = async (postId: string, text: string, author: { name: string; url?: string } = { name: 'Spammy Sam' }): Promise<string> => {
  const res = await request(stack, 'POST', '/v1/comments', { key, json: { postId, author, text } });
  expect(res.status).toBe(202);
  const comment = await decided(stack, key, res.body.id);
  expect(comment.status).toBe('flagged');
  return comment.id as string;
};

const statusOf = async (id: string) => (await request(stack, 'GET', `/v1/comments/${id}`, { key })).body.status;

const card = (id: string) => page.locator(`li.card[data-id="${id}"]`);

const signIn = async (on: Page) => {
  await on.getByLabel('Username').fill(USER.username);
  await on.getByLabel('Password').fill(USER.password);
  await on.getByRole('button', { name: 'Sign in' }).click();
};

/** Opens the console on one post's flagged queue (the fragment carries the filter), signing in if asked. */
const openQueue = async (postId: string, on: Page = page) => {
  await on.goto(`${stack.url}/console/#site=${SITE}&status=flagged&post=${postId}`);
  await on.locator('.console, form.sign-in').first().waitFor();
  if (await on.locator('form.sign-in').count()) await signIn(on);
  await on.locator('.console').waitFor();
};

beforeAll(async () => {
  // Chromium first: when it is missing the file fails at once, saying how to install it.
  browser = await launchChromium();
  [, stack] = await Promise.all([buildConsole(), bootStack()]);
  key = await addSite(stack, SITE);
  token = await addModerator(stack, { ...USER, sites: [SITE] });
  context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  // Fail fast: nothing on a local page should take seconds.
  context.setDefaultTimeout(8_000);
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
  it('signs in and shows flagged comments with their matches marked and the reasons in words', async () => {
    // A small, varied queue (invented texts), which also makes the README's screenshots.
    const spam = await postFlagged(TOUR, `Buy now ${LINKS}`, { name: 'Spammy Sam' });
    const insult = await postFlagged(TOUR, 'You are a complete idiot and everyone here knows it.', { name: 'Riley' });
    await postFlagged(TOUR, 'Call me on 555-123-4567 for CHEAP WATCHES, best prices!!!', { name: 'Jo Deals' });
    await postFlagged(TOUR, 'Great post. Visit bit.ly/xyz123 for more tips', { name: 'Kim' });

    await page.goto(`${stack.url}/console/`);
    await signIn(page);

    await card(spam).waitFor();
    expect(await card(spam).locator('.comment-text mark').allTextContents()).toEqual(expect.arrayContaining(['http://a.example', 'http://d.example']));
    expect(await card(spam).locator('.reasons').textContent()).toMatch(/Spam: 4 links/);
    expect(await card(insult).locator('.comment-text mark').allTextContents()).toEqual(['idiot']);
    expect(await card(insult).locator('.reasons').textContent()).toMatch(/Insult aimed at a person: Addresses someone as "idiot"/);
    expect(await page.locator('.tabs [aria-selected="true"]').textContent()).toMatch(/Flagged\s*4/);
    await expect.poll(() => page.locator('.detail .tally').textContent()).toMatch(/0 approved · 0 rejected · 1 flagged/);
    await page.screenshot({ path: `${SCREENSHOTS}/console-desktop.png` });
  });

  it('approves the current comment with the keyboard; it leaves the queue and appears on its post', async () => {
    const id = await postFlagged('post-keys', `Honest review, links below ${LINKS}`);
    await openQueue('post-keys');
    await card(id).waitFor();

    await page.keyboard.press('j'); // the only comment: j keeps it current and puts focus on it
    expect(await card(id).getAttribute('aria-current')).toBe('true');
    await page.keyboard.press('a');

    await card(id).waitFor({ state: 'detached' });
    expect(await statusOf(id)).toBe('approved');
    const listing = await request(stack, 'GET', '/v1/posts/post-keys/comments', { key });
    expect(listing.body.items.map((c: { id: string }) => c.id)).toEqual([id]);
  });

  it('rejects two selected comments at once as spam, with a note', async () => {
    const first = await postFlagged('post-bulk', `First offer ${LINKS}`);
    const second = await postFlagged('post-bulk', `Second offer ${LINKS}`);
    await openQueue('post-bulk');
    await card(second).waitFor();

    // The first comment is current as the queue opens: select it, step to the next, select that.
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    expect(await page.locator('.selected-count').textContent()).toBe('2 selected');
    await page.getByLabel('Note for the selected comments').fill('same spam run');
    await page.getByRole('button', { name: 'Reject selected as spam' }).click();

    await card(first).waitFor({ state: 'detached' });
    await card(second).waitFor({ state: 'detached' });
    expect([await statusOf(first), await statusOf(second)]).toEqual(['rejected', 'rejected']);
    const detail = await request(stack, 'GET', `/v1/moderation/comments/${first}`, { headers: bearer(token) });
    expect(detail.body.history).toEqual(expect.arrayContaining([expect.objectContaining({ by: expect.stringContaining(USER.username), reason: 'spam', note: 'same spam run', to: 'rejected' })]));
    expect(await page.locator('.queue > .empty').textContent()).toMatch(/No flagged comments match/);
  });

  it('narrows the queue by rule and by category from the filter form', async () => {
    await openQueue('');

    await page.getByLabel('Rule', { exact: true }).selectOption('insult.you');
    await expect.poll(() => page.locator('li.card .author-name').allTextContents()).toEqual(['Riley']);
    expect(page.url()).toContain('rule=insult.you');

    await page.getByRole('button', { name: 'Clear' }).click();
    await page.getByLabel('Category').selectOption('insult');
    await expect.poll(() => page.locator('li.card .author-name').allTextContents()).toEqual(['Riley']);
    await page.getByLabel('Category').selectOption('');
    await expect.poll(() => page.locator('li.card').count()).toBeGreaterThan(1);
  });

  it('tells the moderator when someone else decided first, and refreshes the queue', async () => {
    const id = await postFlagged('post-race', `Race offer ${LINKS}`);
    await openQueue('post-race');
    await card(id).waitFor();
    // Hold the page's polls back so it still shows the comment when the other moderator acts.
    await page.route('**/v1/moderation/sites/**', (route) => route.abort());
    const revision = (await request(stack, 'GET', `/v1/moderation/comments/${id}`, { headers: bearer(token) })).body.comment.revision;
    const other = await request(stack, 'POST', `/v1/moderation/comments/${id}/decision`, { headers: bearer(token), json: { action: 'reject', revision } });
    expect(other.status).toBe(200);

    await page.keyboard.press('a');

    await expect.poll(() => page.locator('.banner').textContent()).toMatch(/someone else decided this comment first/i);
    await page.unroute('**/v1/moderation/sites/**');
    await card(id).waitFor({ state: 'detached' });
    expect(await statusOf(id)).toBe('rejected');
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
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    // A new tab has its own sessionStorage: it signs in by itself.
    await openQueue('', phone);
    const first = phone.locator('li.card').first();
    await first.waitFor();

    const box = (await first.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await phone.locator('.detail').isVisible()).toBe(false);
    await phone.screenshot({ path: `${SCREENSHOTS}/console-phone.png` });

    await first.getByRole('button', { name: /Details/ }).click();
    expect(await phone.locator('.detail').isVisible()).toBe(true);
    await phone.locator('.detail .tally').waitFor();
    await phone.screenshot({ path: `${SCREENSHOTS}/console-phone-details.png` });
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

    await signIn(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });
});
