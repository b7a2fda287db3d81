import { describe, expect, it } from 'vitest';
import { arrivals, focusAfterRefresh, focusAfterRemoval, moveFocus } from '../../web/src/queue-state.ts';

// Where the moderator's place in the queue goes as the queue changes under them.

describe('keeping the moderator’s place', () => {
  it('moves to the next comment when the current one is decided, or the previous at the end', () => {
    expect(focusAfterRemoval(['a', 'b', 'c'], 'b', new Set(['b']))).toBe('c');
    expect(focusAfterRemoval(['a', 'b', 'c'], 'c', new Set(['c']))).toBe('b');
    expect(focusAfterRemoval(['a', 'b', 'c'], 'a', new Set(['a', 'b', 'c']))).toBeNull();
  });

  it('stays on the current comment when others leave', () => {
    expect(focusAfterRemoval(['a', 'b', 'c'], 'b', new Set(['a', 'c']))).toBe('b');
  });

  it('keeps focus on the same comment when a poll adds new ones before it', () => {
    expect(focusAfterRefresh(['b', 'c'], ['new', 'b', 'c'], 'c')).toBe('c');
  });

  it('falls to the nearest survivor when a poll shows the current comment was decided elsewhere', () => {
    expect(focusAfterRefresh(['a', 'b', 'c'], ['a', 'c', 'd'], 'b')).toBe('c');
    expect(focusAfterRefresh(['a'], ['z'], 'a')).toBe('z');
  });

  it('steps with j and k without running off either end', () => {
    expect(moveFocus(['a', 'b'], null, 1)).toBe('a');
    expect(moveFocus(['a', 'b'], 'a', 1)).toBe('b');
    expect(moveFocus(['a', 'b'], 'b', 1)).toBe('b');
    expect(moveFocus(['a', 'b'], 'a', -1)).toBe('a');
    expect(moveFocus([], null, 1)).toBeNull();
  });

  it('names the comments that arrived since the last poll', () => {
    expect(arrivals(['a', 'b'], ['a', 'b', 'c', 'd'])).toEqual(['c', 'd']);
    expect(arrivals(['a', 'b'], ['b'])).toEqual([]);
  });
});
