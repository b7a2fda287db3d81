import { describe, expect, it } from 'vitest';
import { contextQuery } from '../../shared/engine/index.ts';
import { MemoryContextSource } from '../../shared/engine/memory-context.ts';
import { CONTRACT_POLICY, contextSourceContract } from './context-source.contract.ts';

// The stream context of `sieve check`, `eval`, `backtest` and the benchmarks: one source for the
// whole stream.

/** A word of letters only for n (fingerprints ignore digits). */
const wordFor = (n: number): string => [...n.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('');

describe('MemoryContextSource', () => {
  contextSourceContract(() => {
    const source = new MemoryContextSource();
    return { sourceFor: () => source };
  });

  it('drops texts and authors that every window has left behind as the stream moves on', () => {
    // Prepare: 50k distinct comments by as many authors, one a second, far longer than the 10 min windows.
    const context = new MemoryContextSource();

    // Act
    for (let i = 0; i < 50_000; i++) {
      const comment = { id: `c${i}`, text: `about ${wordFor(i)} today`, author: { id: `author-${i}` }, createdAt: i * 1000 };
      context.recordNow(contextQuery(comment, CONTRACT_POLICY), 'approve');
    }

    // Assert: what the windows still reach (600 s of texts and authors) plus one sweep interval of each.
    expect(context.trackedKeys).toBeLessThan(2 * (600 + 4096));
  });
});
