// What a context source must look up before a comment is evaluated: the author's key and
// fingerprints of the text. The exact fingerprint ignores case, markup, spacing,
// punctuation and obfuscation; the near one also ignores digits, word order and repeats,
// so "WIN $500 NOW!!" and "now win $900" count as the same text.

import { createHash } from 'node:crypto';
import type { CommentInput, ContextQuery } from './types.ts';
import type { Policy } from './policy.ts';
import { normalise } from './normalise.ts';
import { tokenise } from './tokens.ts';
import { authorKey } from './author-key.ts';

function hash(value: string): string {
  return createHash('sha256').update(value).digest('base64url').slice(0, 22);
}

export function fingerprints(text: string): string[] {
  const words = tokenise(normalise(text).text).map((t) => t.w);
  const exact = words.join(' ');
  const near = [...new Set(words.map((w) => w.replace(/[0-9*']/g, '')).filter((w) => w.length > 1))].sort().join(' ');
  const prints = [`x:${hash(exact)}`];
  if (near) prints.push(`n:${hash(near)}`);
  return prints;
}

export function contextQuery(comment: CommentInput, policy: Policy): ContextQuery {
  const query: ContextQuery = {
    fingerprints: fingerprints(comment.text),
    at: comment.createdAt,
    duplicateWindowMs: policy.windows.duplicateMs,
    floodWindowMs: policy.windows.floodMs,
  };
  const key = authorKey(comment.author);
  if (key !== undefined) query.authorKey = key;
  return query;
}
