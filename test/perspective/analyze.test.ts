import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../shared/engine/index.ts';
import { SHIPPED_CALIBRATION } from '../../shared/perspective/calibration.ts';
import { parseAnalyzeRequest } from '../../shared/perspective/request.ts';
import { analyzeResponse, scoreText } from '../../shared/perspective/score.ts';
import { PerspectiveInputError } from '../../shared/perspective/errors.ts';
import { labelOfSuggestion } from '../../shared/perspective/suggestion.ts';
import { parseSuggestRequest } from '../../shared/perspective/request.ts';

const analyze = (request: Record<string, unknown>) => {
  const parsed = parseAnalyzeRequest(JSON.stringify(request));
  return analyzeResponse(parsed, scoreText(parsed.text, DEFAULT_POLICY, undefined, 0), SHIPPED_CALIBRATION);
};

describe('analyzeResponse', () => {
  it('gives one span over the whole text without span annotations, as Perspective does', () => {
    const text = 'You are a moron.';
    const response = analyze({ comment: { text }, requestedAttributes: { TOXICITY: {} } });

    expect(response.attributeScores.TOXICITY!.spanScores).toEqual([{ begin: 0, end: text.length, score: response.attributeScores.TOXICITY!.summaryScore }]);
    expect(response.sieve).toMatchObject({ policyVersion: 'default-3', rules: ['insult.you'] });
  });

  it('scores the span of each reason with span annotations, the insulting passage and not the rest', () => {
    const text = 'Thanks for the recipe. You are a moron though.';
    const response = analyze({ comment: { text }, requestedAttributes: { INSULT: {} }, spanAnnotations: true });

    const spans = response.attributeScores.INSULT!.spanScores;
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) {
      expect(span.begin).toBeGreaterThanOrEqual(text.indexOf('You'));
      expect(span.score.value).toBeGreaterThan(0.5);
    }
  });

  it('leaves out an attribute scored under the threshold the caller set for it', () => {
    const response = analyze({ comment: { text: 'Lovely weather today.' }, requestedAttributes: { TOXICITY: { scoreThreshold: 0.5 }, SPAM: {} } });

    expect(Object.keys(response.attributeScores)).toEqual(['SPAM']);
  });
});

describe('labelOfSuggestion', () => {
  const label = (text: string, attributeScores: Record<string, number>) => {
    const request = parseSuggestRequest(JSON.stringify({ comment: { text }, attributeScores: Object.fromEntries(Object.entries(attributeScores).map(([k, v]) => [k, { summaryScore: { value: v } }])) }));
    return labelOfSuggestion(request, scoreText(text, DEFAULT_POLICY, undefined, 0), SHIPPED_CALIBRATION);
  };

  it('labels APPROVED "ok", DELETED by what the comment is, and Perspective attributes by their value', () => {
    expect(label('Nice post.', { APPROVED: 1 })).toBe('ok');
    expect(label('You are a moron.', { DELETED: 1 })).toBe('abuse');
    expect(label('Visit https://a.example and https://b.example for cheap pills, text +44 7700 900123', { DELETED: 1 })).toBe('spam');
    expect(label('An ordinary sentence.', { DELETED: 1 })).toBe('abuse');
    expect(label('Buy pills', { SPAM: 0.9 })).toBe('spam');
    expect(label('Whatever', { TOXICITY: 0.2, SPAM: 0.1 })).toBe('ok');
  });

  it('refuses APPROVED with DELETED, and a suggestion that teaches nothing', () => {
    expect(() => label('x y', { APPROVED: 1, DELETED: 1 })).toThrow(PerspectiveInputError);
    expect(() => label('x y', { APPROVED: 0 })).toThrow(/teaches nothing/);
  });
});
