import { describe, expect, it } from 'vitest';
import { facts, judge, rules } from './helpers.ts';

// Copies and floods inside one burst of posting: the facts carry how many of the author's
// comments fall inside the flood window (authorRecent).

const MEDIUM = 'Fully agree, the bypass is long overdue.';
const LONG = 'The planning committee should publish the full traffic survey before the council vote, not weeks after it.';

describe('copies in a burst', () => {
  it('flags a second copy of a sentence while the author is still posting', () => {
    const decision = judge(MEDIUM, facts({ byAnyone: 1, byAuthor: 1, authorRecent: 1 }));

    expect(decision.outcome).toBe('flag');
    expect(rules(decision)).toContain('duplicate.author');
  });

  it('lets the author ask the same thing again on another day', () => {
    expect(judge(MEDIUM, facts({ byAnyone: 1, byAuthor: 1, authorRecent: 0 })).outcome).toBe('approve');
  });

  it('lets a short reply repeat within a burst', () => {
    expect(judge('so true', facts({ byAnyone: 1, byAuthor: 1, authorRecent: 2 })).outcome).toBe('approve');
  });

  it('flags a long sentence copied word for word by another author', () => {
    expect(judge(LONG, facts({ byAnyone: 1 })).outcome).toBe('flag');
  });

  it('lets a medium sentence coincide once across authors', () => {
    expect(judge('I think the new bus timetable is a real improvement', facts({ byAnyone: 1 })).outcome).toBe('approve');
  });
});

describe('trust during a flood', () => {
  it('does not let comments of the current burst earn trust', () => {
    // Prepare: five earlier comments, all approved, all inside the flood window.
    const burst = facts({ approved: 5, authorRecent: 5 });

    // Act
    const decision = judge('nice', burst);

    // Assert
    expect(decision.outcome).toBe('flag');
    expect(rules(decision)).not.toContain('author.trusted');
  });

  it('still trusts an author whose approvals came before the burst', () => {
    const decision = judge('nice', facts({ approved: 9, authorRecent: 5 }));

    expect(decision.outcome).toBe('approve');
    expect(decision.reasons.at(-1)?.detail).toBe('Trusted author (4 approved comments): flood score × 0.5');
  });
});
