import { describe, expect, it } from 'vitest';
import type { ContextQuery } from '../../shared/engine/index.ts';
import { MemoryContextSource } from '../../local/cli/memory-context.ts';

const MINUTE = 60_000;

function query(at: number, fingerprints: string[], authorKey?: string): ContextQuery {
  return { at, fingerprints, authorKey, duplicateWindowMs: 10 * MINUTE, floodWindowMs: MINUTE };
}

describe('MemoryContextSource', () => {
  it('counts earlier comments with the same fingerprint, by anyone and by the author', async () => {
    // Prepare
    const context = new MemoryContextSource();
    await context.record(query(0, ['fp-a'], 'ann'), 'approve');
    await context.record(query(1000, ['fp-a'], 'bob'), 'approve');
    await context.record(query(2000, ['fp-b'], 'ann'), 'approve');

    // Act
    const facts = await context.lookup(query(3000, ['fp-a'], 'ann'));

    // Assert
    expect(facts.sameText).toEqual({ byAnyone: 2, byAuthor: 1 });
  });

  it('counts a comment matching on several fingerprints once', async () => {
    // Prepare
    const context = new MemoryContextSource();
    await context.record(query(0, ['exact-1', 'near-1'], 'ann'), 'approve');
    await context.record(query(0, ['exact-2', 'near-1'], 'bob'), 'approve');

    // Act
    const facts = await context.lookup(query(1000, ['exact-1', 'near-1'], 'cat'));

    // Assert
    expect(facts.sameText.byAnyone).toBe(2);
  });

  it('forgets duplicates older than the duplicate window', async () => {
    // Prepare
    const context = new MemoryContextSource();
    await context.record(query(0, ['fp'], 'ann'), 'approve');
    await context.record(query(5 * MINUTE, ['fp'], 'bob'), 'approve');

    // Act
    const facts = await context.lookup(query(12 * MINUTE, ['fp'], 'cat'));

    // Assert
    expect(facts.sameText.byAnyone).toBe(1);
  });

  it('counts the author\'s comments within the flood window only', async () => {
    // Prepare
    const context = new MemoryContextSource();
    for (const second of [0, 30, 70, 80, 90]) await context.record(query(second * 1000, [`t${second}`], 'ann'), 'approve');

    // Act
    const facts = await context.lookup(query(100_000, ['new'], 'ann'));

    // Assert: 70, 80 and 90 s are within a minute of 100 s.
    expect(facts.authorRecent).toBe(3);
  });

  it('keeps the author\'s decided comments as all-time history', async () => {
    // Prepare
    const context = new MemoryContextSource();
    await context.record(query(0, ['a'], 'ann'), 'approve');
    await context.record(query(1, ['b'], 'ann'), 'reject');
    await context.record(query(2, ['c'], 'ann'), 'flag');
    await context.record(query(3, ['d'], 'ann'), 'approve');

    // Act
    const facts = await context.lookup(query(100 * 24 * 60 * MINUTE, ['e'], 'ann'));

    // Assert
    expect(facts.authorHistory).toEqual({ approved: 2, rejected: 1, flagged: 1 });
  });

  it('gives anonymous comments no author facts', async () => {
    // Prepare
    const context = new MemoryContextSource();
    await context.record(query(0, ['fp']), 'approve');

    // Act
    const facts = await context.lookup(query(1, ['fp']));

    // Assert
    expect(facts).toEqual({
      sameText: { byAnyone: 1, byAuthor: 0 },
      authorRecent: 0,
      authorHistory: { approved: 0, rejected: 0, flagged: 0 },
    });
  });

  it('drops expired fingerprints and authors as the stream moves on', () => {
    // Prepare: 50k distinct comments, one per second, far longer than either window.
    const context = new MemoryContextSource();

    // Act
    for (let i = 0; i < 50_000; i++) context.recordNow(query(i * 1000, [`fp-${i}`], `author-${i}`), 'approve');

    // Assert: only what is inside the windows (about 10 min of fingerprints) plus one sweep interval remains.
    expect(context.trackedKeys).toBeLessThan(3 * 4096 + 2 * 600 + 60);
  });
});
