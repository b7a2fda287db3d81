import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LocalStack, LocalStackOptions } from '../../local/stack.ts';
import { addModerator, addSite, bearer, bootStack, decided, request } from '../support/local-stack.ts';
import { buildConsole, launchChromium } from './console-browser.ts';

// One local stack, one site, one moderator and one Chromium page per test file, with the
// moves every console test makes: post a comment the engine flags, open a queue signed in,
// read a comment back through the API.

export interface ConsoleFixture {
  stack: LocalStack;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  site: string;
  /** The site's key, for posting comments as its blog would. */
  key: string;
  /** The moderator's token, to check through the API what the console did. */
  token: string;
  user: { username: string; password: string };
}

export const startConsoleFixture = async (site: string, username: string, stackOptions: Partial<LocalStackOptions> = {}): Promise<ConsoleFixture> => {
  // Chromium first: when it is missing the file fails at once, saying how to install it.
  const browser = await launchChromium();
  const [, stack] = await Promise.all([buildConsole(), bootStack(stackOptions)]);
  const key = await addSite(stack, site);
  const user = { username, password: 'a long local password' };
  const token = await addModerator(stack, { ...user, sites: [site] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  // Fail fast: nothing on a local page should take seconds.
  context.setDefaultTimeout(8_000);
  const page = await context.newPage();
  return { stack, browser, context, page, site, key, token, user };
};

export const stopConsoleFixture = async (f: ConsoleFixture | undefined): Promise<void> => {
  await f?.browser.close();
  await f?.stack.stop();
};

let posted = 0;
/** 1 → "b", 27 → "bb": duplicate checks fold digits away, so each text differs in letters. */
const letters = (n: number): string => (n < 26 ? '' : letters(Math.floor(n / 26))) + String.fromCharCode(97 + (n % 26));

/** Posts a link-heavy comment (different each time, so no duplicate rule escalates it) and waits until it is flagged. */
export const postFlagged = async (f: ConsoleFixture, postId: string, author: { name: string; url?: string; id?: string; email?: string } = { name: `Seller ${posted + 1}` }, text?: string): Promise<string> => {
  posted += 1;
  const tag = letters(posted);
  const body = text ?? `Offer ${tag} http://${tag}one.example http://${tag}two.example http://${tag}three.example http://${tag}four.example`;
  const res = await request(f.stack, 'POST', '/v1/comments', { key: f.key, json: { postId, author, text: body } });
  expect(res.status).toBe(202);
  const comment = await decided(f.stack, f.key, res.body.id);
  expect(comment.status).toBe('flagged');
  return comment.id as string;
};

/** A comment as the moderator's API shows it, with its history. */
export const detailOf = async (f: ConsoleFixture, id: string) => (await request(f.stack, 'GET', `/v1/moderation/comments/${id}`, { headers: bearer(f.token) })).body;

/** Opens a queue (the fragment carries site, status and filters), signing in when asked. */
export const openQueue = async (f: ConsoleFixture, fragment: string, on: Page = f.page): Promise<void> => {
  await on.goto(`${f.stack.url}/console/#site=${f.site}&${fragment}`);
  await on.locator('.console, form.sign-in').first().waitFor();
  if (await on.locator('form.sign-in').count()) {
    await on.getByLabel('Username').fill(f.user.username);
    await on.getByLabel('Password').fill(f.user.password);
    await on.getByRole('button', { name: 'Sign in' }).click();
  }
  await on.locator('.console').waitFor();
};

export const cardOf = (on: Page, id: string) => on.locator(`li.card[data-id="${id}"]`);
