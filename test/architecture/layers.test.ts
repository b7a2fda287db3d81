import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { httpErrorOf } from '../../functions/middleware/domain-errors.ts';
import { decideComment } from '../../shared/review/decide.ts';
import { pageStart } from '../../shared/store/cursor.ts';
import { ConflictError, InvalidInputError, NotAuthenticatedError, NotFoundError } from '../../shared/errors.ts';

// The domain (shared/) knows nothing of HTTP or of the code that deploys or runs it: it throws
// domain errors, and only functions/middleware/ turns them into status codes.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const sourcesUnder = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));

const importsOf = (file: string): string[] =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => join(file, '..', m[1]));

describe('layers', () => {
  it('keeps shared/ free of imports from functions/, cdk/ and local/', () => {
    // Act
    const outward = sourcesUnder('shared').flatMap((file) =>
      importsOf(file).filter((target) => /^(functions|cdk|local)\//.test(target)).map((target) => `${file} -> ${target}`),
    );

    // Assert
    expect(outward).toEqual([]);
  });

  it('keeps HTTP errors out of domain and store code', () => {
    // Act
    const httpInDomain = sourcesUnder('shared')
      .filter((file) => !file.startsWith('shared/http/'))
      .flatMap((file) => importsOf(file).filter((target) => target === 'shared/http/errors.ts').map(() => file));

    // Assert
    expect(httpInDomain).toEqual([]);
  });
});

describe('domain errors', () => {
  it('are thrown by the store and the review logic, with their codes', async () => {
    // Prepare
    const moderator = { sub: 's', username: 'mia', sites: ['blog'], admin: false };
    const ports = { getComment: async () => undefined, applyReview: async () => true, appendAudit: async () => {}, moveAuthorCount: async () => {} };

    // Act
    const cursor = (() => {
      try {
        pageStart('byPost', 'p', 'not-a-cursor');
      } catch (error) {
        return error;
      }
    })();
    const missing = await decideComment({ moderator, commentId: 'c_x', action: 'approve', revision: 0, now: new Date() }, ports).catch((e: unknown) => e);

    // Assert
    expect(cursor).toBeInstanceOf(InvalidInputError);
    expect(cursor).toMatchObject({ code: 'invalid_cursor', fields: [{ field: 'cursor', message: 'malformed cursor' }] });
    expect(missing).toBeInstanceOf(NotFoundError);
  });

  it('get their HTTP status only in the middleware, keeping code, message and fields', () => {
    // Act
    const answers = [
      new InvalidInputError('validation_failed', 'Invalid comment: text: too long', { fields: [{ field: 'text', message: 'too long' }] }),
      new NotAuthenticatedError('unauthorized', 'A moderator token is required'),
      new NotFoundError('not_found', 'No comment with id c_1'),
      new ConflictError('conflict', 'Someone else decided first'),
    ].map((error) => httpErrorOf(error));

    // Assert
    expect(answers.map((a) => a?.statusCode)).toEqual([400, 401, 404, 409]);
    expect(answers[0]?.toBody()).toEqual({
      error: { code: 'validation_failed', message: 'Invalid comment: text: too long', fields: [{ field: 'text', message: 'too long' }] },
    });
  });
});

describe('declared dependencies', () => {
  it('are each imported by the code (no dependency that nothing uses)', () => {
    // Prepare
    const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const code = ['cdk', 'functions', 'shared', 'local', 'web', 'bench']
      .flatMap((dir) => sourcesUnder(dir))
      .map((file) => readFileSync(join(ROOT, file), 'utf8'))
      .join('\n');

    // Act
    const unused = Object.keys(dependencies).filter((name) => !new RegExp(`from '${name.replace('/', '\\/')}(?:/[^']*)?'|import\\('${name}`).test(code));

    // Assert
    expect(unused).toEqual([]);
  });
});
