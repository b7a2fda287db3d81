import { describe, expect, it } from 'vitest';
import { ensureDemoModerator } from '../../local/demo-site.ts';
import { ModeratorDirectory } from '../../local/issuer/moderator-directory.ts';
import { passwordProblems } from '../../shared/admin/passwords.ts';

describe('the demo moderator created at first start', () => {
  it('gets a password that passes the rule `sieve moderators add` enforces', () => {
    // Prepare: many first starts, since a random password may pass by luck.
    const passwords = Array.from({ length: 20 }, () => ensureDemoModerator(new ModeratorDirectory())?.password ?? '');

    // Act
    const problems = passwords.flatMap((password) => passwordProblems(password).map((p) => `${password}: ${p}`));

    // Assert
    expect(passwords.every((p) => p.length > 0)).toBe(true);
    expect(problems).toEqual([]);
  });
});
