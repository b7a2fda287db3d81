// Which of a site's labels a training run uses. Moderators' and imported labels all count.
// Auto labels (engine approvals) count only once their window has passed without a
// moderator overturning them, and at most `autoShareCap` of the result may be auto: the
// queue moderators see is mostly what the rules flagged, so without these a model would only
// learn from the doubtful, yet a model fed mostly its own approvals would learn nothing new.

import type { LabelSource } from './labels.ts';

export interface SelectableLabel {
  id: string;
  labelSource: LabelSource;
  labelledAt: string;
  /** When the engine decided; an auto label's window runs from the later of this and labelledAt. */
  decidedAt?: string;
}

export interface SelectionOptions {
  /** Largest share (0 to 1) of the selected labels that may be auto labels. */
  autoShareCap: number;
  now: Date;
  /** Milliseconds an auto label waits for a moderator to overturn it. */
  window: number;
}

const byTimeThenId = (a: SelectableLabel, b: SelectableLabel) =>
  a.labelledAt < b.labelledAt ? -1 : a.labelledAt > b.labelledAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

const windowStart = (label: SelectableLabel): number => Math.max(Date.parse(label.labelledAt), label.decidedAt ? Date.parse(label.decidedAt) : -Infinity);

/** Whether an auto label's window has passed at `now` (moderators' and imported labels count at once). */
export const labelCounts = (label: SelectableLabel, now: Date, window: number): boolean =>
  label.labelSource !== 'auto' || windowStart(label) <= now.getTime() - window;

/**
 * The labels to train on, oldest first (ties by id), so the same labels always give the same
 * training order. When auto labels exceed the cap, the newest are kept: they reflect the
 * site's traffic as it is now.
 */
export function selectTrainingLabels<L extends SelectableLabel>(labels: Iterable<L>, options: SelectionOptions): L[] {
  const { autoShareCap, now, window } = options;
  if (!(autoShareCap >= 0 && autoShareCap <= 1)) throw new RangeError(`autoShareCap must be between 0 and 1, got ${autoShareCap}`);
  if (!(window >= 0)) throw new RangeError(`window must be 0 or more milliseconds, got ${window}`);
  const people: L[] = [];
  const auto: L[] = [];
  for (const label of labels) {
    if (label.labelSource !== 'auto') people.push(label);
    else if (labelCounts(label, now, window)) auto.push(label);
  }
  // auto / (people + auto) <= cap  <=>  auto <= cap * people / (1 - cap)
  const room = autoShareCap === 1 ? auto.length : Math.floor((autoShareCap * people.length) / (1 - autoShareCap) + 1e-9);
  const kept = auto.length > room ? auto.sort(byTimeThenId).slice(auto.length - room) : auto;
  return [...people, ...kept].sort(byTimeThenId);
}
