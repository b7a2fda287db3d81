// The words a site's approved comments are made of ("the", "you", "with" in English, other
// words elsewhere): found in many of them, they tell a moderator nothing about one comment,
// so an explanation never starts from one (it may still include one, as in "my channel").
// Counted per site from its own "ok" labels, so it needs no word list and no language.

import type { TrainingSet } from './training-set.ts';

/** A word is common when at least this share of the site's ok comments contain it... */
const COMMON_SHARE = 0.05;
/** ...and at least this many, so that a handful of labels does not make every word common. */
const MIN_COMMENTS = 5;
/** The stored list stays short. */
const MAX_COMMON = 200;

/** The slots of the word and pair features common in the set's ok examples, ascending. */
export function commonWordSlots(set: TrainingSet): Int32Array {
  const counts = new Map<number, number>();
  let ok = 0;
  for (let e = 0; e < set.size; e++) {
    if (set.groupOf(e) !== 'ok') continue;
    ok++;
    const from = set.start(e);
    // A word typed twice in one comment counts once.
    for (const slot of new Set(set.indices.subarray(from, from + set.wordCount(e)))) counts.set(slot, (counts.get(slot) ?? 0) + 1);
  }
  const least = Math.max(MIN_COMMENTS, COMMON_SHARE * ok);
  const common = [...counts].filter(([, n]) => n >= least).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, MAX_COMMON);
  return Int32Array.from(common.map(([slot]) => slot)).sort();
}
