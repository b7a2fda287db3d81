// Which head a moderator's label trains: "ok" trains both heads as the comments to let
// through, "spam" the spam head, and every other label (insult, threat, identity, or a
// site's own word for abuse) the abuse head.

import type { Category, Decision } from '../engine/types.ts';

export const OK_LABEL = 'ok';

export type HeadName = 'spam' | 'abuse';
export const HEADS: readonly HeadName[] = ['spam', 'abuse'];

export type LabelGroup = typeof OK_LABEL | HeadName;

/** The rule categories the abuse head speaks for. */
export const ABUSE_CATEGORIES = ['insult', 'threat', 'identity'] as const satisfies readonly Category[];

export function labelGroup(label: string): LabelGroup {
  if (label === OK_LABEL) return OK_LABEL;
  return label === 'spam' ? 'spam' : 'abuse';
}

/** The abuse category the rules scored highest, with its score (insult, the commonest, at 0). */
export function strongestAbuse(scores: Decision['scores']): [Category, number] {
  let best: Category = 'insult';
  let bestScore = 0;
  for (const category of ABUSE_CATEGORIES) {
    const score = scores[category] ?? 0;
    if (score > bestScore) {
      best = category;
      bestScore = score;
    }
  }
  return [best, bestScore];
}
