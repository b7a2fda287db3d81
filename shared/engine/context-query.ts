// What a context source must look up before a comment is evaluated: the author's key,
// fingerprints of the text and the policy's windows (context-facts.ts says how they count). The exact fingerprint ignores case, markup, spacing,
// punctuation and obfuscation; the near one also ignores digits, word order and repeats,
// so "WIN $500 NOW!!" and "now win $900" count as the same text.

import type { CommentInput, ContextQuery } from './types.ts';
import type { Policy } from './policy.ts';
import { prepare } from './prepare.ts';
import { hashTokenSet, hashWords, stableHash } from './hash.ts';
import { authorKey } from './author-key.ts';

export function fingerprints(text: string): string[] {
  const { tokens, norm } = prepare(text);
  // Without words (emoji, symbols) the characters themselves are the text.
  const prints = [`x:${tokens.length > 0 ? hashWords(tokens) : stableHash(norm.text.replace(/\s+/g, ''))}`];
  const near = hashTokenSet(tokens);
  if (near !== undefined) prints.push(`n:${near}`);
  return prints;
}

export function contextQuery(comment: CommentInput, policy: Policy): ContextQuery {
  // The key first: it may normalise the author's name, and the text's preparation should be
  // the last one normalised when evaluate reuses it (a span read after another text was
  // normalised runs the text's passes again).
  const key = authorKey(comment.author);
  const query: ContextQuery = {
    fingerprints: fingerprints(typeof comment.text === 'string' ? comment.text : ''),
    at: comment.createdAt,
    duplicateWindowMs: policy.windows.duplicateMs,
    floodWindowMs: policy.windows.floodMs,
    campaignWindowMs: policy.windows.campaignMs,
  };
  if (key !== undefined) query.authorKey = key;
  if (typeof comment.ipKey === 'string' && comment.ipKey) query.ipKey = comment.ipKey;
  return query;
}
