// Profanity is a label for moderators, never a reason by itself under the default policy
// (its thresholds are disabled). All profane words of a comment make one signal.

import type { Check } from './check.ts';
import { hitSpan, typed } from './check.ts';
import type { Span } from '../types.ts';

export const profanityCheck: Check = (input, out) => {
  const spans: Span[] = [];
  const words: string[] = [];
  for (let i = 0; i < input.tokens.length; i++) {
    const hit = input.hits[i];
    if (!hit || !hit.entry.profane) continue;
    const span = hitSpan(input, i);
    spans.push(span);
    const word = `"${typed(input.comment.text, span)}"`;
    if (!words.includes(word)) words.push(word);
  }
  if (spans.length === 0) return;
  out.push({
    rule: 'profanity.words',
    category: 'profanity',
    weight: spans.length,
    spans,
    detail: `Profanity: ${words.slice(0, 5).join(', ')}${words.length > 5 ? ` and ${words.length - 5} more` : ''}`,
  });
};
