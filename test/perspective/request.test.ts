import { describe, expect, it } from 'vitest';
import { PerspectiveInputError } from '../../shared/perspective/errors.ts';
import { MAX_TEXT_BYTES, parseAnalyzeRequest, parseSuggestRequest } from '../../shared/perspective/request.ts';

const body = (value: unknown) => JSON.stringify(value);

const problem = (fn: () => unknown): PerspectiveInputError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof PerspectiveInputError) return error;
    throw error;
  }
  throw new Error('expected a PerspectiveInputError');
};

describe('parseAnalyzeRequest', () => {
  it("reads Coral Talk's body: one attribute, doNotStore, one language", () => {
    const request = parseAnalyzeRequest(body({ comment: { text: 'hi there' }, doNotStore: true, requestedAttributes: { TOXICITY: {} }, languages: ['en'] }));

    expect(request).toEqual({ text: 'hi there', attributes: [{ name: 'TOXICITY' }], languages: ['en'], doNotStore: true, spanAnnotations: false });
  });

  it('answers in English when the caller names no language, and keeps a scoreThreshold per attribute', () => {
    const request = parseAnalyzeRequest(body({ comment: { text: 'hi', type: 'PLAIN_TEXT' }, requestedAttributes: { INSULT: { scoreType: 'PROBABILITY', scoreThreshold: 0.5 } }, sessionId: 's' }));

    expect(request.languages).toEqual(['en']);
    expect(request.attributes).toEqual([{ name: 'INSULT', scoreThreshold: 0.5 }]);
  });

  it('accepts "en-GB" as English', () => {
    expect(parseAnalyzeRequest(body({ comment: { text: 'hi' }, requestedAttributes: { TOXICITY: {} }, languages: ['en-GB'] })).attributes).toHaveLength(1);
  });

  it('counts the 20 KB limit in UTF-8 bytes, as Perspective does', () => {
    const justUnder = 'é'.repeat(MAX_TEXT_BYTES / 2);
    const over = `${justUnder}a`;

    expect(parseAnalyzeRequest(body({ comment: { text: justUnder }, requestedAttributes: { TOXICITY: {} } })).text).toBe(justUnder);
    expect(problem(() => parseAnalyzeRequest(body({ comment: { text: over }, requestedAttributes: { TOXICITY: {} } })))).toMatchObject({ code: 'text_too_long', fields: [{ field: 'comment.text' }] });
  });

  it.each([
    ['no body', undefined, 'invalid_json'],
    ['a truncated body', '{"comment":', 'invalid_json'],
    ['a text that is not a string', body({ comment: { text: 5 }, requestedAttributes: { TOXICITY: {} } }), 'invalid_argument'],
    ['white space only', body({ comment: { text: ' \n ' }, requestedAttributes: { TOXICITY: {} } }), 'empty_text'],
    ['no attributes', body({ comment: { text: 'hi' }, requestedAttributes: {} }), 'no_attributes'],
    ['an attribute Sieve does not score', body({ comment: { text: 'hi' }, requestedAttributes: { SEXUALLY_EXPLICIT: {} } }), 'unknown_attribute'],
    ['a threshold above 1', body({ comment: { text: 'hi' }, requestedAttributes: { TOXICITY: { scoreThreshold: 2 } } }), 'invalid_argument'],
  ])('refuses %s', (_what, raw, code) => {
    expect(problem(() => parseAnalyzeRequest(raw)).code).toBe(code);
  });

  it('names the bad field of a malformed body', () => {
    expect(problem(() => parseAnalyzeRequest(body({ comment: {}, requestedAttributes: { TOXICITY: {} } }))).fields).toEqual([{ field: 'comment.text', message: expect.any(String) }]);
  });

  it("refuses another language with Perspective's error type, or drops the attribute with dropUnsupportedAttributes", () => {
    const refused = problem(() => parseAnalyzeRequest(body({ comment: { text: 'hola' }, requestedAttributes: { TOXICITY: {} }, languages: ['es'] })));
    const dropped = parseAnalyzeRequest(body({ comment: { text: 'hola' }, requestedAttributes: { TOXICITY: {} }, languages: ['es'], dropUnsupportedAttributes: true }));

    expect(refused).toMatchObject({ code: 'language_not_supported', errorType: 'LANGUAGE_NOT_SUPPORTED_BY_ATTRIBUTE' });
    expect(dropped.attributes).toEqual([]);
  });
});

describe('parseSuggestRequest', () => {
  it("reads Coral Talk's suggestscore body", () => {
    const request = parseSuggestRequest(
      body({
        comment: { text: 'Nice one' },
        context: { entries: [{ text: '{"url":"https://news.example/a?commentID=c1","Coral_comment_id":"c1"}' }] },
        attributeScores: { DELETED: { summaryScore: { value: 1 } } },
        languages: ['en'],
        communityId: 'Coral:https://talk.example/',
        clientToken: 'comment:c1',
      }),
    );

    expect(request).toEqual({ text: 'Nice one', scores: [{ name: 'DELETED', value: 1 }], languages: ['en'], clientToken: 'comment:c1', communityId: 'Coral:https://talk.example/' });
  });

  it('refuses a verdict it does not know and an empty one', () => {
    expect(problem(() => parseSuggestRequest(body({ comment: { text: 'x' }, attributeScores: { LIKED: { summaryScore: { value: 1 } } } }))).code).toBe('unknown_attribute');
    expect(problem(() => parseSuggestRequest(body({ comment: { text: 'x' }, attributeScores: {} }))).code).toBe('no_attributes');
  });
});
