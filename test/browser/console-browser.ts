import { access, mkdir } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { REPO_ROOT } from '../../local/stack.ts';

// Shared setup for the console's browser tests: the production build of web/ and
// Debian's Chromium driven by playwright-core (its own browser downloads are not used).

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = `${REPO_ROOT}/test-artifacts/screenshots`;

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Builds web/ so the tests exercise the current source even when run without `npm test`'s
 * pretest build. Old files are left in place: another test file reading web/dist at the
 * same moment never finds it emptied.
 */
export const buildConsole = async (): Promise<void> => {
  await build({ configFile: `${REPO_ROOT}/web/vite.config.ts`, logLevel: 'warn', build: { emptyOutDir: false } });
};

/** Fails (never skips) when Chromium is missing: CI installs it, and a silent skip would hide a broken console. */
export const launchChromium = async (): Promise<Browser> => {
  try {
    await access(CHROMIUM_PATH);
  } catch {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. The console's browser tests need it: ` +
        '`apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
};
