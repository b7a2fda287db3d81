// `--author ID | --email E`: how `sieve authors` commands name an author.

import { parseAuthorRef, type AuthorRef } from '../../../../shared/authors/personal-data.ts';
import { UsageError } from '../../command.ts';

export const AUTHOR_OPTIONS = { author: { type: 'string' }, email: { type: 'string' } } as const;

export const requiredAuthor = (values: { author?: string | undefined; email?: string | undefined }): AuthorRef => {
  if (Boolean(values.author?.trim()) === Boolean(values.email?.trim())) throw new UsageError('name the author with exactly one of --author ID or --email E');
  return parseAuthorRef(values);
};
