import { describe, expect, it } from 'vitest';
import type { LabelSource } from '../../shared/labels/labels.ts';
import { selectTrainingLabels, type SelectableLabel } from '../../shared/labels/select.ts';

// Which stored labels a training run uses: every moderator and imported label, auto labels
// only once their window has passed, and never more auto labels than their share allows.

const DAY = 86_400_000;
const NOW = new Date('2026-03-10T00:00:00.000Z');
const at = (daysBeforeNow: number) => new Date(NOW.getTime() - daysBeforeNow * DAY).toISOString();

let seq = 0;
const label = (labelSource: LabelSource, daysBeforeNow: number, extra: Partial<SelectableLabel> = {}): SelectableLabel => ({
  id: `c_${String(++seq).padStart(4, '0')}`,
  labelSource,
  labelledAt: at(daysBeforeNow),
  ...extra,
});

const ids = (labels: SelectableLabel[]) => labels.map((l) => l.id);

describe('selectTrainingLabels', () => {
  it('keeps every moderator and imported label, however new', () => {
    // Prepare
    const labels = [label('moderator', 0), label('import', 40), label('moderator', 0.01)];

    // Act
    const selected = selectTrainingLabels(labels, { autoShareCap: 0.5, now: NOW, window: 3 * DAY });

    // Assert
    expect(ids(selected).sort()).toEqual(ids(labels).sort());
  });

  it('leaves out auto labels whose window has not passed, counting from the later of label and decision time', () => {
    // Prepare
    const people = [label('moderator', 10), label('moderator', 9)];
    const old = label('auto', 5);
    const young = label('auto', 1);
    const decidedLate = label('auto', 5, { decidedAt: at(2) });

    // Act
    const selected = selectTrainingLabels([...people, old, young, decidedLate], { autoShareCap: 0.5, now: NOW, window: 3 * DAY });

    // Assert
    expect(ids(selected)).toContain(old.id);
    expect(ids(selected)).not.toContain(young.id);
    expect(ids(selected)).not.toContain(decidedLate.id);
  });

  it('caps auto labels to their share of the result, keeping the newest', () => {
    // Prepare: 3 people's labels and 10 ripe auto labels; a cap of 0.25 leaves room for 1.
    const people = [label('moderator', 30), label('import', 30), label('moderator', 20)];
    const auto = Array.from({ length: 10 }, (_, i) => label('auto', 20 - i));

    // Act
    const selected = selectTrainingLabels([...auto, ...people], { autoShareCap: 0.25, now: NOW, window: 3 * DAY });

    // Assert
    expect(selected).toHaveLength(4);
    expect(ids(selected.filter((l) => l.labelSource === 'auto'))).toEqual([auto[9]!.id]);
  });

  it('lets auto labels make up exactly the cap when there are enough of them', () => {
    // Prepare
    const people = Array.from({ length: 6 }, () => label('moderator', 10));
    const auto = Array.from({ length: 20 }, () => label('auto', 10));

    // Act
    const selected = selectTrainingLabels([...people, ...auto], { autoShareCap: 0.4, now: NOW, window: 3 * DAY });

    // Assert: 4 of 10 is 0.4
    expect(selected.filter((l) => l.labelSource === 'auto')).toHaveLength(4);
    expect(selected).toHaveLength(10);
  });

  it('trains on no auto labels when no person labelled anything, or when the cap is 0', () => {
    // Prepare
    const auto = [label('auto', 10), label('auto', 9)];

    // Act
    const alone = selectTrainingLabels(auto, { autoShareCap: 0.5, now: NOW, window: 3 * DAY });
    const capped = selectTrainingLabels([label('moderator', 10), ...auto], { autoShareCap: 0, now: NOW, window: 3 * DAY });

    // Assert
    expect(alone).toEqual([]);
    expect(capped.map((l) => l.labelSource)).toEqual(['moderator']);
  });

  it('keeps every ripe auto label with a cap of 1', () => {
    // Prepare
    const auto = [label('auto', 10), label('auto', 9), label('auto', 0)];

    // Act
    const selected = selectTrainingLabels(auto, { autoShareCap: 1, now: NOW, window: 3 * DAY });

    // Assert
    expect(ids(selected)).toEqual([auto[0]!.id, auto[1]!.id]);
  });

  it('returns the labels oldest first, ties by id, whatever order they came in', () => {
    // Prepare
    const a = label('moderator', 5);
    const b = label('import', 7);
    const c = { ...label('moderator', 0), labelledAt: a.labelledAt };

    // Act
    const selected = selectTrainingLabels([c, a, b], { autoShareCap: 0.5, now: NOW, window: 0 });

    // Assert
    expect(ids(selected)).toEqual([b.id, a.id, c.id]);
  });

  it('refuses a cap outside 0..1 and a negative window', () => {
    expect(() => selectTrainingLabels([], { autoShareCap: 1.5, now: NOW, window: DAY })).toThrow(RangeError);
    expect(() => selectTrainingLabels([], { autoShareCap: Number.NaN, now: NOW, window: DAY })).toThrow(/autoShareCap/);
    expect(() => selectTrainingLabels([], { autoShareCap: 0.5, now: NOW, window: -1 })).toThrow(/window/);
  });
});
