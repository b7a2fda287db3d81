// A stable key per author for history and flood counters: the site's own id when it
// sends one, else a hash of the email (never stored in clear), else the normalised name
// (so "Bob", "BOB" and "Ｂｏｂ" are one author).

import { createHash } from 'node:crypto';
import type { CommentAuthor } from './types.ts';
import { normalise } from './normalise.ts';

function hash(value: string): string {
  return createHash('sha256').update(value).digest('base64url').slice(0, 22);
}

export function authorKey(author?: CommentAuthor): string | undefined {
  if (!author) return undefined;
  // Callers validate input; these guards only keep a malformed record from throwing.
  const id = typeof author.id === 'string' ? author.id.trim() : '';
  if (id) return `id:${id}`;
  const email = typeof author.email === 'string' ? author.email.trim().toLowerCase() : '';
  if (email) return `email:${hash(email)}`;
  const name = typeof author.name === 'string' ? normalise(author.name).text.replace(/\s+/g, ' ').trim() : '';
  if (name) return `name:${name}`;
  return undefined;
}
