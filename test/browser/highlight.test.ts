import { describe, expect, it } from 'vitest';
import { runs, spansFor } from '../../web/src/highlight.ts';
import type { Reason } from '../../web/src/api.ts';

// The console's span marking, in Node: which characters end up inside <mark>.

const reason = (rule: string, spans: Array<[number, number]>, field?: Reason['field']): Reason => ({ rule, category: 'spam', detail: 'd', spans, ...(field ? { field } : {}) });

describe('marking matched spans', () => {
  it('cuts the text into plain and marked runs that join back to the text', () => {
    const text = 'Buy now http://a.example today';

    const out = runs(text, [{ span: [8, 24], rule: 'spam.links.count' }]);

    expect(out).toEqual([
      { text: 'Buy now ', rules: [] },
      { text: 'http://a.example', rules: ['spam.links.count'] },
      { text: ' today', rules: [] },
    ]);
    expect(out.map((r) => r.text).join('')).toBe(text);
  });

  it('names every rule on an overlap and merges neighbours with the same rules', () => {
    const out = runs('abcdef', [
      { span: [0, 4], rule: 'one' },
      { span: [2, 6], rule: 'two' },
      { span: [4, 6], rule: 'two' },
    ]);

    expect(out).toEqual([
      { text: 'ab', rules: ['one'] },
      { text: 'cd', rules: ['one', 'two'] },
      { text: 'ef', rules: ['two'] },
    ]);
  });

  it('ignores spans that are empty, reversed or out of range instead of breaking the page', () => {
    const out = runs('short', [
      { span: [3, 3], rule: 'empty' },
      { span: [4, 2], rule: 'reversed' },
      { span: [3, 999], rule: 'clamped' },
      { span: [50, 60], rule: 'outside' },
    ]);

    expect(out).toEqual([
      { text: 'sho', rules: [] },
      { text: 'rt', rules: ['clamped'] },
    ]);
  });

  it('never splits an emoji (a surrogate pair) across a mark edge', () => {
    const text = 'hi 😀 there';

    const out = runs(text, [{ span: [4, 8], rule: 'r' }]);

    expect(out.map((r) => r.text).join('')).toBe(text);
    expect(out.find((r) => r.rules.length)!.text.startsWith('😀')).toBe(true);
  });

  it('takes text spans from reasons without a field and author spans only from their field', () => {
    const reasons = [reason('a', [[0, 1]]), reason('b', [[1, 2]], 'text'), reason('c', [[0, 3]], 'author.name')];

    expect(spansFor(reasons, 'text').map((s) => s.rule)).toEqual(['a', 'b']);
    expect(spansFor(reasons, 'author.name')).toEqual([{ span: [0, 3], rule: 'c' }]);
    expect(spansFor(reasons, 'author.url')).toEqual([]);
  });
});
