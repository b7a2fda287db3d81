import { describe, expect, it } from 'vitest';
import { ModelFormatError, parseModel } from '../../shared/learn/index.ts';
import { CRYSTAL_SPAM, GARDEN_OK, interleave, trained } from './site-comments.ts';

const { document } = trained(interleave(GARDEN_OK, CRYSTAL_SPAM));

/** The trained model's JSON with one change made to its document. */
function changed(edit: (doc: any) => void): string {
  const doc = structuredClone(document) as any;
  edit(doc);
  return JSON.stringify(doc);
}

function refusal(json: string): ModelFormatError {
  try {
    parseModel(json);
  } catch (error) {
    if (error instanceof ModelFormatError) return error;
    throw error;
  }
  throw new Error('the model was accepted');
}

describe('model format', () => {
  it('reads back the model it stores, weights and thresholds included', () => {
    // Act
    const model = parseModel(JSON.stringify(document));

    // Assert
    const head = model.heads.spam;
    expect(head).toMatchObject({ bias: document.heads.spam?.bias, catchAt: document.heads.spam?.catchAt, scale: document.heads.spam?.scale });
    const spamWeights = model.weights.filter((_, i) => i % 2 === head?.lane);
    expect(spamWeights.length).toBe(1 << document.hashBits);
    expect(spamWeights.filter((w) => w !== 0).length).toBe(document.heads.spam?.count);
    expect(model.version).toBe('m1');
  });

  it.each([
    ['not JSON', () => '{"format": "sieve-model", ', '', /not JSON/],
    ['not an object', () => '[1, 2]', '', /expected a JSON object/],
    ['another kind of file', () => changed((d) => (d.format = 'sieve-policy')), 'format', /not a Sieve model/],
    ['a newer format version', () => changed((d) => (d.formatVersion = 2)), 'formatVersion', /model format 2 is not supported \(this Sieve reads 1\)/],
    ['a missing field', () => changed((d) => delete d.version), 'version', /./],
    ['a hash space out of range', () => changed((d) => (d.hashBits = 40)), 'hashBits', /./],
    ['corrupt weights', () => changed((d) => (d.heads.spam.values = d.heads.spam.values.slice(0, -8))), 'heads.spam.values', /base64 of \d+ 16-bit weights/],
    ['slots out of order', () => changed((d) => (d.heads.spam.indices = Buffer.alloc(d.heads.spam.count * 4).toString('base64'))), 'heads.spam.indices', /out of order/],
    ['an unknown head', () => changed((d) => (d.heads.toxicity = d.heads.spam)), 'heads', /./],
    ['a clear threshold above the catch threshold', () => changed((d) => Object.assign(d.heads.spam, { catchAt: 0, clearAt: 1 })), 'heads.spam.clearAt', /must not be above catchAt/],
  ])('refuses %s, naming the field', (_case, json, field, message) => {
    // Act
    const error = refusal(json());

    // Assert
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    if (field) expect(error.message.startsWith(`${field}: `)).toBe(true);
  });
});
