import { beforeAll, describe, expect, it } from 'vitest';
import { createModelCache, type ModelSource } from '../../shared/models/model-cache.ts';
import type { LearningMode } from '../../shared/models/versions.ts';
import { StoredModelError } from '../../shared/store/models.ts';
import { cookingModel } from '../support/learning-site.ts';

// The worker's cache of a site's models: pointers read once per TTL, each version read and
// parsed once, a version that cannot be used refused (told once per TTL) so the site is decided
// with what remains, and any other failure thrown so the message is retried.

const TTL = 60_000;
let documents: Record<string, string>;

beforeAll(async () => {
  documents = { m1: JSON.stringify(await cookingModel('m1')), m2: JSON.stringify(await cookingModel('m2')) };
});

/** A source whose pointers and documents the test sets, counting reads. */
const fakeSource = (pointers: { mode?: LearningMode; active?: string; shadow?: string }, overrides: Partial<Record<string, () => string>> = {}) => {
  const reads = { pointers: 0, documents: [] as string[] };
  const state = { ...pointers };
  const source: ModelSource = {
    pointers: async () => {
      reads.pointers++;
      return { mode: state.mode ?? 'active', ...(state.active ? { active: state.active } : {}), ...(state.shadow ? { shadow: state.shadow } : {}) };
    },
    documentText: async (_site, version) => {
      reads.documents.push(version);
      const override = overrides[version];
      if (override) return override();
      const text = documents[version];
      if (!text) throw new StoredModelError(`model ${version} is not stored`);
      return text;
    },
  };
  return { source, reads, state };
};

const cacheOf = (source: ModelSource) => {
  const refusals: Array<{ version: string; error: string }> = [];
  const cache = createModelCache(source, {
    ttlMs: TTL,
    isRefusal: (e) => e instanceof StoredModelError,
    onRefused: (_site, version, error) => refusals.push({ version, error: error.message }),
  });
  return { cache, refusals };
};

describe('a site with models', () => {
  it('reads the pointers once per TTL and each version once', async () => {
    const { source, reads, state } = fakeSource({ active: 'm1' });
    const { cache } = cacheOf(source);

    const first = await cache('s', 0);
    const again = await cache('s', TTL - 1);
    state.active = 'm2';
    const stale = await cache('s', TTL - 1);
    const fresh = await cache('s', TTL);

    expect(first.active?.version).toBe('m1');
    expect(again.active).toBe(first.active);
    expect(stale.active?.version).toBe('m1');
    expect(fresh.active?.version).toBe('m2');
    expect(reads).toEqual({ pointers: 2, documents: ['m1', 'm2'] });
  });

  it('gives the shadow version beside the active one, and nothing when learning is off', async () => {
    const on = cacheOf(fakeSource({ active: 'm1', shadow: 'm2' }).source).cache;
    const off = cacheOf(fakeSource({ mode: 'off', active: 'm1', shadow: 'm2' }).source).cache;

    const models = await on('s', 0);

    expect([models.active?.version, models.shadow?.version]).toEqual(['m1', 'm2']);
    expect(await off('s', 0)).toEqual({});
  });
});

describe('a version that cannot be used', () => {
  it.each([
    ['from an incompatible format', () => JSON.stringify({ ...JSON.parse(documents.m1!), formatVersion: 99 }), /formatVersion/],
    ['that is not JSON', () => '{"format": "sieve-model", trunc', /not JSON/],
    ['whose parts are missing', () => { throw new StoredModelError('model m1: part 2 of 3 is missing'); }, /part 2 of 3 is missing/],
  ])('is refused when %s: the site gets no model, and the refusal is told once per TTL', async (_what, text, problem) => {
    const { source, reads } = fakeSource({ active: 'm1' }, { m1: text });
    const { cache, refusals } = cacheOf(source);

    const first = await cache('s', 0);
    const soon = await cache('s', 1_000);
    const later = await cache('s', TTL + 1);

    expect(first).toEqual({});
    expect(soon).toEqual({});
    expect(later).toEqual({});
    expect(refusals).toHaveLength(2);
    expect(refusals[0]!.error).toMatch(problem);
    expect(reads.documents).toEqual(['m1', 'm1']);
  });

  it('leaves the active version deciding when only the shadow is refused', async () => {
    const { cache, refusals } = cacheOf(fakeSource({ active: 'm1', shadow: 'm3' }).source);

    const models = await cache('s', 0);

    expect(models.active?.version).toBe('m1');
    expect(models.shadow).toBeUndefined();
    expect(refusals.map((r) => r.version)).toEqual(['m3']);
  });

  it('whose document names another version is refused', async () => {
    const { cache, refusals } = cacheOf(fakeSource({ active: 'm2' }, { m2: () => documents.m1! }).source);

    expect(await cache('s', 0)).toEqual({});
    expect(refusals[0]!.error).toMatch(/the document says m1, stored as m2/);
  });
});

it('throws a failure that is not the model\'s fault, so the message is retried', async () => {
  const { cache, refusals } = cacheOf(fakeSource({ active: 'm1' }, { m1: () => { throw new Error('ProvisionedThroughputExceededException'); } }).source);

  await expect(cache('s', 0)).rejects.toThrow('ProvisionedThroughputExceededException');
  expect(refusals).toEqual([]);
});

it('keeps at most maxModels parsed versions, dropping the least recently used', async () => {
  const { source, reads, state } = fakeSource({ active: 'm1' });
  const cache = createModelCache(source, { ttlMs: 0, maxModels: 1, isRefusal: () => false, onRefused: () => undefined });

  await cache('s', 0);
  state.active = 'm2';
  await cache('s', 1);
  state.active = 'm1';
  await cache('s', 2);

  expect(reads.documents).toEqual(['m1', 'm2', 'm1']);
});
