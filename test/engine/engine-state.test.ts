import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, EMPTY_CONTEXT, normalise, type CommentInput } from '../../shared/engine/index.ts';
import { CHECKS, inspect } from '../../shared/engine/evaluate.ts';
import { decide } from '../../shared/engine/decide.ts';
import { textSpan } from '../../shared/engine/normalise.ts';
import { VOCABULARY, WORD } from '../../shared/engine/lexicon/vocabulary.ts';

function decisionWith(comment: CommentInput, checks: typeof CHECKS) {
  const { findings, compiled } = inspect(comment, EMPTY_CONTEXT, DEFAULT_POLICY, checks);
  const d = decide(findings, EMPTY_CONTEXT, DEFAULT_POLICY, compiled.scores);
  return { outcome: d.outcome, scores: d.scores, rules: d.reasons.map((r) => r.rule).sort() };
}

const COMMENTS: CommentInput[] = [
  { id: 'a', text: 'You are an i d i o t, check out my channel', createdAt: 0, author: { name: 'Sub To My Channel', url: 'https://a.example/?ref=x' } },
  { id: 'b', text: 'I will k1ll you, visit www.example.com', createdAt: 0, author: { name: 'pr__ck', url: 'https://bit.ly/x' } },
  { id: 'c', text: 'Thanks for the thoughtful article.', createdAt: 0, author: { name: 'Free $500 a day', url: 'http://shop.example' } },
];

describe('engine state', () => {
  it('decides the same whatever the order of the checks', () => {
    // Prepare: the usual order, reversed, and a fixed shuffle with the author-fields check first.
    const reversed = [...CHECKS].reverse();
    const shuffled = [...CHECKS].map((c, i) => [(i * 7919) % 101, c] as const).sort((x, y) => x[0] - y[0]).map(([, c]) => c);
    for (const comment of COMMENTS) {
      // Act
      const usual = decisionWith(comment, CHECKS);
      // Assert
      expect(usual.rules.length).toBeGreaterThan(0);
      expect(decisionWith(comment, reversed)).toEqual(usual);
      expect(decisionWith(comment, shuffled)).toEqual(usual);
    }
  });

  it('keeps the spans of a text normalised before another one', () => {
    // Prepare
    const a = normalise('you are an i d i o t');
    const b = normalise('<b>totally</b> different &amp; longer text, with m0r0n in it');
    // Act: read A only after B was normalised.
    const at = a.text.indexOf('idiot');
    const span = textSpan(a, at, at + 5);
    // Assert
    expect(span).toEqual([11, 20]);
    expect(b.text).toContain('moron');
  });

  it('has the whole vocabulary without importing any check', () => {
    // Act / Assert: one word of each list the vocabulary is built from.
    expect((VOCABULARY.get('kill') ?? 0) & WORD.violent).toBe(WORD.violent);
    expect((VOCABULARY.get('killed') ?? 0) & WORD.passive).toBe(WORD.passive);
    expect((VOCABULARY.get('www') ?? 0) & WORD.linkWord).toBe(WORD.linkWord);
    expect((VOCABULARY.get('whatsapp') ?? 0) & WORD.contact).toBe(WORD.contact);
    expect((VOCABULARY.get('five') ?? 0) & WORD.digitWord).toBe(WORD.digitWord);
    expect((VOCABULARY.get('salary') ?? 0) & WORD.earning).toBe(WORD.earning);
    expect((VOCABULARY.get('muslims') ?? 0) & WORD.group).toBe(WORD.group);
    expect((VOCABULARY.get('deport') ?? 0) & WORD.identityFirst).toBe(WORD.identityFirst);
    expect((VOCABULARY.get('subscribe') ?? 0) & WORD.promotionWord).toBe(WORD.promotionWord);
    for (const bit of [WORD.directedFirst, WORD.threatFirst, WORD.spamFirst]) {
      expect([...VOCABULARY.values()].some((f) => (f & bit) !== 0)).toBe(true);
    }
  });
});
