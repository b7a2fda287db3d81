import { describe, expect, it } from 'vitest';
import * as engine from '../../shared/engine/index.ts';
import { DEFAULT_POLICY, EMPTY_CONTEXT, authorKey, evaluate } from '../../shared/engine/index.ts';
import { comment } from './helpers.ts';

describe('engine API', () => {
  it('exports the agreed functions and values', () => {
    expect(Object.keys(engine).sort()).toEqual(
      ['DEFAULT_POLICY', 'EMPTY_CONTEXT', 'PolicyValidationError', 'authorKey', 'contextQuery', 'evaluate', 'inspect', 'normalise', 'parsePolicy', 'policySchema', 'policyWithOverrides'].sort(),
    );
  });

  it('is deterministic and does not touch its inputs', () => {
    const input = comment('Check out my channel, you idiot: bit.ly/x', { author: { name: 'Spammy' } });
    const before = JSON.stringify(input);

    const first = evaluate(input, EMPTY_CONTEXT, DEFAULT_POLICY);
    const second = evaluate(input, EMPTY_CONTEXT, DEFAULT_POLICY);

    expect(second).toEqual(first);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('orders reasons by what drove the outcome, labels last', () => {
    const decision = evaluate(comment('shit, check out my channel http://bit.ly/x'), EMPTY_CONTEXT, DEFAULT_POLICY);

    expect(decision.outcome).not.toBe('approve');
    expect(decision.reasons[0].category).toBe('spam');
    expect(decision.reasons.at(-1)?.category).toBe('profanity');
    expect(decision.scores.spam).toBeGreaterThan(1);
    expect(decision.policyVersion).toBe('default-3');
  });

  it('approves an empty or whitespace comment without reasons', () => {
    expect(evaluate(comment(''), EMPTY_CONTEXT, DEFAULT_POLICY)).toEqual({ outcome: 'approve', scores: {}, reasons: [], policyVersion: 'default-3' });
    expect(evaluate(comment('   \n '), EMPTY_CONTEXT, DEFAULT_POLICY).reasons).toEqual([]);
  });

  it('keys authors by id, then email hash, then normalised name', () => {
    expect(authorKey({ id: 'u-1', name: 'Bob' })).toBe('id:u-1');
    expect(authorKey({ email: 'Bob@Example.com' })).toBe(authorKey({ email: 'bob@example.com ' }));
    expect(authorKey({ email: 'bob@example.com' })).not.toContain('bob');
    expect(authorKey({ name: 'ＢＯＢ' })).toBe(authorKey({ name: ' bob ' }));
    expect(authorKey({})).toBeUndefined();
    expect(authorKey()).toBeUndefined();
  });
});

describe('long and hostile input', () => {
  it('keeps a decision on a 10,000-character comment small', () => {
    const text = 'you are an idiot and '.repeat(500) + 'http://bit.ly/x '.repeat(100);

    const decision = evaluate(comment(text), EMPTY_CONTEXT, DEFAULT_POLICY);

    expect(decision.outcome).toBe('reject');
    expect(decision.reasons.length).toBeLessThanOrEqual(40);
    for (const reason of decision.reasons) expect(reason.spans.length).toBeLessThanOrEqual(20);
    expect(JSON.stringify(decision).length).toBeLessThan(20_000);
  });

  it('never throws on odd text', () => {
    for (const text of ['\uD800', '\uDC00abc', '<', '&', '&#xFFFFFF;', '\\x', '\\u12', '<!--', 'a'.repeat(10_000), '\u0000\u0001']) {
      expect(() => evaluate(comment(text), EMPTY_CONTEXT, DEFAULT_POLICY)).not.toThrow();
    }
  });
});

describe('malformed records', () => {
  it('judges a record without text as empty instead of throwing', () => {
    const record = { id: 'x', createdAt: 0, author: { name: 42 } } as unknown as Parameters<typeof evaluate>[0];

    expect(evaluate(record, EMPTY_CONTEXT, DEFAULT_POLICY).outcome).toBe('approve');
    expect(engine.contextQuery(record, DEFAULT_POLICY).fingerprints.length).toBeGreaterThan(0);
  });
});
