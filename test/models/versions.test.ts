import { describe, expect, it } from 'vitest';
import {
  claimNext,
  HISTORY_KEPT,
  ModelVersionError,
  NO_MODELS,
  promoted,
  prunable,
  published,
  rolledBack,
  trained,
  VERSIONS_KEPT,
  versionNumber,
  type ModelPointers,
} from '../../shared/models/versions.ts';

// How a site's model pointers move: pure transitions that the store applies with a
// conditional write on the revision it read.

const AT = '2026-03-01T12:00:00.000Z';

/** Pointers after publishing versions 1..n as active, one after another. */
const activeThrough = (n: number): ModelPointers => {
  let p = NO_MODELS;
  for (let i = 0; i < n; i++) {
    const claim = claimNext(p);
    p = published(claim.pointers, claim.version, 'active', AT);
  }
  return p;
};

describe('publishing', () => {
  it('claims m1, m2, ... in order, each claim a new revision, before anything is written', () => {
    const first = claimNext(NO_MODELS);
    const second = claimNext(first.pointers);

    expect([first.version, second.version]).toEqual(['m1', 'm2']);
    expect(second.pointers).toMatchObject({ seq: 2, revision: 2 });
    expect(second.pointers.active).toBeUndefined();
  });

  it('makes a new active version decide, remembers the one it replaces, and drops an older shadow', () => {
    const withShadow = published(activeThrough(1), 'm2', 'shadow', AT);

    const next = published(withShadow, 'm3', 'active', AT);

    expect(next).toMatchObject({ active: 'm3', history: ['m1'], trainedAt: AT });
    expect(next.shadow).toBeUndefined();
  });

  it('puts a version in shadow beside the active one, replacing an earlier shadow', () => {
    const next = published(published(activeThrough(1), 'm2', 'shadow', AT), 'm3', 'shadow', AT);

    expect(next).toMatchObject({ active: 'm1', shadow: 'm3', history: [] });
  });

  it('records a run that published nothing by its time alone', () => {
    const p = activeThrough(2);

    const next = trained(p, '2026-03-02T00:00:00.000Z');

    expect(next).toEqual({ ...p, trainedAt: '2026-03-02T00:00:00.000Z', revision: p.revision + 1 });
  });
});

describe('promote and rollback', () => {
  it('promotes the shadow version and can roll back to the version it replaced', () => {
    const promotedP = promoted(published(activeThrough(1), 'm2', 'shadow', AT));

    const back = rolledBack(promotedP);

    expect(promotedP).toMatchObject({ active: 'm2', history: ['m1'] });
    expect(promotedP.shadow).toBeUndefined();
    expect(back).toMatchObject({ active: 'm1', history: [] });
  });

  it('rolls back one active version at a time, then refuses when none is earlier', () => {
    const p = activeThrough(3);

    const once = rolledBack(p);
    const twice = rolledBack(once);

    expect([once.active, twice.active]).toEqual(['m2', 'm1']);
    expect(() => rolledBack(twice)).toThrow(ModelVersionError);
    expect(() => rolledBack(twice)).toThrow(/no earlier active version .*m1 is the first/);
  });

  it('rolls back to a named version, and refuses the version already active', () => {
    const p = activeThrough(4);

    const back = rolledBack(p, 'm2');

    expect(back).toMatchObject({ active: 'm2', history: ['m1', 'm3'] });
    expect(() => rolledBack(back, 'm2')).toThrow(/m2 is already the active version/);
  });

  it('refuses to promote when nothing is in shadow', () => {
    expect(() => promoted(activeThrough(1))).toThrow(/no model version is in shadow \(m1 is active\)/);
  });

  it('keeps at most HISTORY_KEPT earlier versions to roll back to', () => {
    expect(activeThrough(HISTORY_KEPT + 5).history).toHaveLength(HISTORY_KEPT);
  });
});

describe('pruning', () => {
  it('deletes only versions older than the newest VERSIONS_KEPT that no pointer names', () => {
    const p = rolledBack(activeThrough(VERSIONS_KEPT + 5), 'm2');
    const stored = Array.from({ length: VERSIONS_KEPT + 5 }, (_, i) => `m${i + 1}`);

    const gone = prunable({ ...p, history: ['m1'] }, stored);

    expect(gone.sort((a, b) => versionNumber(a)! - versionNumber(b)!)).toEqual(['m3', 'm4', 'm5']);
  });
});

it('reads version numbers and nothing else', () => {
  expect([versionNumber('m1'), versionNumber('m12'), versionNumber('m0'), versionNumber('v1'), versionNumber('m1x')]).toEqual([1, 12, undefined, undefined, undefined]);
});
