import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { pageLimitSchema } from '../../shared/comments/page-limit.ts';
import { invalidInput, MAX_FIELDS_LISTED } from '../../shared/errors.ts';
import { MAX_JSON_DEPTH, nestsDeeperThan } from '../../shared/http/json-depth.ts';
import { isJsonMediaType, parseMediaType } from '../../shared/http/media-type.ts';

// The pure pieces behind the hostile-input answers (test/integration/hostile-input.test.ts
// drives them over HTTP).

describe('media types', () => {
  it.each([
    ['application/json', 'application', 'json'],
    ['application/json ; charset=utf-8', 'application', 'json'],
    ['Application/JSON;charset="utf-8"', 'application', 'json'],
    ['application/json;;', 'application', 'json'],
    ['text/plain; a=b; c="d \\" e"', 'text', 'plain'],
  ])('reads %j', (header, type, subtype) => {
    expect(parseMediaType(header)).toEqual({ type, subtype });
  });

  it.each(['application', 'application/', '/json', 'application/json charset=utf-8', 'application/json; charset', 'application/json; a="unterminated', 'appli cation/json'])(
    'finds no media type in %j',
    (header) => {
      expect(parseMediaType(header)).toBeUndefined();
    },
  );

  it('takes application/json and +json types as JSON, nothing else', () => {
    expect(isJsonMediaType('application/problem+json')).toBe(true);
    expect(isJsonMediaType('application/jsonx')).toBe(false);
    expect(isJsonMediaType('text/json')).toBe(false);
    expect(isJsonMediaType(undefined)).toBe(false);
  });
});

describe('JSON depth', () => {
  it('counts objects and arrays, not brackets inside strings or after escapes', () => {
    expect(nestsDeeperThan('{"a":[{"b":1}]}', 3)).toBe(false);
    expect(nestsDeeperThan('{"a":[{"b":[1]}]}', 3)).toBe(true);
    expect(nestsDeeperThan(`{"a":"${'['.repeat(100)}\\"${'{'.repeat(100)}"}`, 1)).toBe(false);
  });

  it('refuses ten thousand levels without walking them', () => {
    expect(nestsDeeperThan('['.repeat(10_000), MAX_JSON_DEPTH)).toBe(true);
  });
});

describe('page limits', () => {
  const limit = pageLimitSchema(100, 25);

  it('defaults when absent and reads plain digits', () => {
    expect(limit.parse(undefined)).toBe(25);
    expect(limit.parse('7')).toBe(7);
    expect(limit.parse('100')).toBe(100);
  });

  it.each(['0x10', ' 5', '5 ', '1e2', '+5', '-1', '0', '07', '101', '1.0', ''])('refuses %j', (value) => {
    expect(limit.safeParse(value).success).toBe(false);
  });
});

describe('field problems', () => {
  it(`lists the first ${MAX_FIELDS_LISTED} and counts them all`, () => {
    const schema = z.strictObject({});
    const result = schema.safeParse(Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i])));
    const error = invalidInput('body', result.error!);
    expect(error.fields).toHaveLength(MAX_FIELDS_LISTED);
    expect(error.fieldCount).toBe(500);
    expect(error.message).toMatch(/k19: unknown field; and 480 more$/);
  });
});
