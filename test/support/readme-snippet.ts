import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const README = new URL('../../README.md', import.meta.url);

/** The README's webhook verification snippet, loaded as a module exactly as printed there. */
export const loadVerifySnippet = async (): Promise<{ verifySieveSignature: (header: string, rawBody: string, secret: string, toleranceSeconds?: number) => boolean }> => {
  const readme = readFileSync(README, 'utf8');
  const block = /<!-- verify-snippet:start -->\s*```js\n([\s\S]*?)```\s*<!-- verify-snippet:end -->/.exec(readme);
  if (!block) throw new Error('README has no verify-snippet block');
  const file = join(mkdtempSync(join(tmpdir(), 'sieve-snippet-')), 'verify.mjs');
  writeFileSync(file, block[1]!);
  return import(pathToFileURL(file).href);
};
