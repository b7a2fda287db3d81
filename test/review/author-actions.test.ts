import { describe, expect, it } from 'vitest';
import { withAuthorAction, type AuthorAction } from '../../shared/authors/author-actions.ts';
import type { Decision } from '../../shared/engine/types.ts';

// An author action sets the outcome while it is in force, and not a moment after it expires.

const engine: Decision = { outcome: 'approve', scores: {}, reasons: [], policyVersion: 'default-2' };
const ban: AuthorAction = { action: 'ban', by: 'ana', at: '2026-12-01T09:00:00.000Z', expiresAt: '2026-12-08T09:00:00.000Z', note: 'spam run' };

describe('author actions with an expiry', () => {
  it('rejects while the ban is in force, saying who banned the author until when', () => {
    const decision = withAuthorAction(engine, ban, new Date('2026-12-08T08:59:59.999Z'));

    expect(decision.outcome).toBe('reject');
    expect(decision.reasons).toEqual([{ rule: 'author.action.ban', category: 'author', contribution: 0, detail: 'Author banned by ana until 2026-12-08 09:00 UTC: spam run', spans: [] }]);
  });

  it('leaves the engine’s decision alone once the ban has expired', () => {
    expect(withAuthorAction(engine, ban, new Date('2026-12-08T09:00:00.000Z'))).toBe(engine);
  });

  it('holds a pre-moderated author without an expiry for review, and approves a trusted one', () => {
    const now = new Date('2030-01-01T00:00:00.000Z');

    expect(withAuthorAction({ ...engine, outcome: 'reject' }, { action: 'trust', by: 'ana', at: ban.at }, now).outcome).toBe('approve');
    expect(withAuthorAction(engine, { action: 'premoderate', by: 'ana', at: ban.at }, now)).toMatchObject({ outcome: 'flag', reasons: [{ detail: 'Author put on pre-moderation by ana' }] });
  });
});
