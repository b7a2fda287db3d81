import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npx cdk synth > template.yaml` captures stdout: cdk.json's build step must print nothing
// there, or the YAML starts with npm's "> sieve@0.1.0 build:console" banner.

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));

describe('cdk.json', () => {
  it("builds the console with npm's banner silenced, through a script package.json defines", () => {
    // Prepare
    const { build } = read('cdk.json') as { build: string };
    const { scripts } = read('package.json') as { scripts: Record<string, string> };

    // Act
    const [, script] = /^npm run --silent ([\w:-]+)$/.exec(build) ?? [];

    // Assert
    expect(build).toMatch(/^npm run --silent /);
    expect(scripts[script!]).toBeDefined();
    expect(scripts[script!]).toContain('--logLevel warn');
  });
});
