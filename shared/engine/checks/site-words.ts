// The site's own word lists: whole-word or substring terms that flag or reject a comment
// regardless of scores (a forced outcome), reported under the rule's category.

import type { Check } from './check.ts';
import { tokenSpan, typed } from './check.ts';
import { textSpan } from '../normalise.ts';

export const siteWordsCheck: Check = (input, out) => {
  const { compiled, comment, norm } = input;
  for (const hit of compiled.wordRules.matchAll(input.tokens)) {
    const span = tokenSpan(input, hit.start, hit.end);
    out.push({
      rule: hit.data.action === 'reject' ? 'policy.words.reject' : 'policy.words.flag',
      category: hit.data.category,
      weight: 0,
      spans: [span],
      detail: `Site word list (${hit.data.action}): "${typed(comment.text, span)}" matches "${hit.data.term}"`,
      force: hit.data.action === 'reject' ? 'reject' : 'flag',
    });
  }
  for (const { needle, rule } of compiled.substringRules) {
    const at = norm.text.indexOf(needle);
    if (at < 0) continue;
    const span = textSpan(norm, at, at + needle.length);
    out.push({
      rule: rule.action === 'reject' ? 'policy.words.reject' : 'policy.words.flag',
      category: rule.category,
      weight: 0,
      spans: [span],
      detail: `Site word list (${rule.action}): "${typed(comment.text, span)}" contains "${rule.term}"`,
      force: rule.action === 'reject' ? 'reject' : 'flag',
    });
  }
};
