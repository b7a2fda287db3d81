import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalStack } from '../../local/stack.ts';
import { addModerator, addSite, bearer, bootStack, decided, request } from '../support/local-stack.ts';
import { SCREENSHOTS, buildConsole, launchChromium } from './console-browser.ts';

// A reject says why, in a real browser against the real local runtime: `r` then one key
// (s spam, b abuse, o other) or one of three buttons, on a card, in the details pane and for
// a selection; the reason lands on the decision and shows in the comment's history.

const SITE = 'reasons';
const USER = { username: 'rosa', password: 'a long local password' };

let stack: LocalStack;
let key: string;
let token: string;
let browser: Browser;
let page: Page;

let n = 0;
const postFlagged = async (postId: string): Promise<string> => {
  n += 1;
  const text = `Offer ${n} http://a${n}.example http://b${n}.example http://c${n}.example http://d${n}.example`;
  const res = await request(stack, 'POST', '/v1/comments', { key, json: { postId, author: { name: `Seller ${n}` }, text } });
  const comment = await decided(stack, key, res.body.id);
  expect(comment.status).toBe('flagged');
  return comment.id as string;
};

const detailOf = async (id: string) => (await request(stack, 'GET', `/v1/moderation/comments/${id}`, { headers: bearer(token) })).body;

const card = (id: string) => page.locator(`li.card[data-id="${id}"]`);

const openQueue = async (postId: string, status = 'flagged') => {
  await page.goto(`${stack.url}/console/#site=${SITE}&status=${status}&post=${postId}`);
  await page.locator('.console, form.sign-in').first().waitFor();
  if (await page.locator('form.sign-in').count()) {
    await page.getByLabel('Username').fill(USER.username);
    await page.getByLabel('Password').fill(USER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await page.locator('.console').waitFor();
};

beforeAll(async () => {
  browser = await launchChromium();
  [, stack] = await Promise.all([buildConsole(), bootStack()]);
  key = await addSite(stack, SITE);
  token = await addModerator(stack, { ...USER, sites: [SITE] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  context.setDefaultTimeout(8_000);
  page = await context.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('rejecting with a reason in the console', () => {
  it('asks why after r and rejects as abuse on b', async () => {
    // Prepare
    const id = await postFlagged('post-key');
    await openQueue('post-key');
    await card(id).waitFor();
    await page.keyboard.press('j');

    // Act
    await page.keyboard.press('r');
    const prompt = page.locator('.reason-prompt');
    await prompt.waitFor();
    expect(await prompt.textContent()).toMatch(/Reject this comment as.*s spam, b abuse, o other; Esc cancels/);
    await page.screenshot({ path: `${SCREENSHOTS}/console-reject-reason.png` });
    await page.keyboard.press('b');

    // Assert
    await card(id).waitFor({ state: 'detached' });
    expect(await prompt.isHidden()).toBe(true);
    const detail = await detailOf(id);
    expect(detail.comment).toMatchObject({ status: 'rejected', review: { reason: 'abuse' }, label: 'abuse' });
    expect(detail.history).toEqual([expect.objectContaining({ action: 'reject', reason: 'abuse', to: 'rejected' })]);
  });

  it('cancels a reject on Esc and sends nothing', async () => {
    // Prepare
    const id = await postFlagged('post-cancel');
    await openQueue('post-cancel');
    await card(id).waitFor();
    await page.keyboard.press('j');

    // Act
    await page.keyboard.press('r');
    await page.locator('.reason-prompt').waitFor();
    await page.keyboard.press('Escape');

    // Assert
    expect(await page.locator('.reason-prompt').isHidden()).toBe(true);
    expect(await card(id).isVisible()).toBe(true);
    expect((await detailOf(id)).comment.status).toBe('flagged');
  });

  it('rejects as spam with one click on the card', async () => {
    // Prepare
    const id = await postFlagged('post-click');
    await openQueue('post-click');
    await card(id).waitFor();

    // Act
    await card(id).getByRole('button', { name: /^Reject as spam: comment by/ }).click();

    // Assert
    await card(id).waitFor({ state: 'detached' });
    expect((await detailOf(id)).comment.review).toMatchObject({ action: 'reject', reason: 'spam' });
  });

  it('rejects a selection with r then o, as "other", which teaches the filter nothing', async () => {
    // Prepare
    const first = await postFlagged('post-bulk-keys');
    const second = await postFlagged('post-bulk-keys');
    await openQueue('post-bulk-keys');
    await card(second).waitFor();
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.keyboard.press('x');

    // Act
    await page.keyboard.press('r');
    expect(await page.locator('.reason-prompt').textContent()).toMatch(/Reject 2 comments as/);
    await page.keyboard.press('o');

    // Assert
    await card(first).waitFor({ state: 'detached' });
    await card(second).waitFor({ state: 'detached' });
    for (const id of [first, second]) {
      const detail = await detailOf(id);
      expect(detail.comment.review.reason).toBe('other');
      expect(detail.comment).not.toHaveProperty('label');
    }
  });

  it('rejects from the details pane and shows the reason in the decision history', async () => {
    // Prepare
    const id = await postFlagged('post-detail');
    await openQueue('post-detail');
    await card(id).waitFor();
    await page.locator('.detail .tally').waitFor();

    // Act
    await page.locator('.detail').getByRole('button', { name: 'Reject as spam' }).click();
    await card(id).waitFor({ state: 'detached' });
    await openQueue('post-detail', 'rejected');
    await card(id).waitFor();
    await page.locator('.detail .history').waitFor();

    // Assert
    expect(await page.locator('.detail .history li').first().textContent()).toMatch(/rosa reject as spam: flagged → rejected/);
    expect(await page.locator('.detail .review-reason').textContent()).toBe('rosa rejected it as spam.');
    await page.screenshot({ path: `${SCREENSHOTS}/console-reject-history.png` });
  });

  it('lists the reason keys in the shortcut help', async () => {
    // Prepare
    await openQueue('post-help');

    // Act
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });

    // Assert
    const text = await help.textContent();
    expect(text).toMatch(/r then s\s*Reject as spam/);
    expect(text).toMatch(/r then b\s*Reject as abuse/);
    expect(text).toMatch(/r then o\s*Reject as other/);
    await page.keyboard.press('Escape');
  });
});
