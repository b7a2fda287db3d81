import { describe, expect, it } from 'vitest';
import { authorKeysOf, erasureOf, ERASED_DETAIL, parseAuthorRef, writtenBy } from '../../shared/authors/personal-data.ts';
import { newComment, type Comment } from '../../shared/comments/comment.ts';
import { InvalidInputError } from '../../shared/errors.ts';

const comment = (author: Comment['author']): Comment =>
  newComment({ id: 'c_x', siteId: 's', submission: { postId: 'p', text: 'hello there', author }, bodyHash: 'h', now: new Date(0), correlationId: 'c' });

describe('naming an author for export and erasure', () => {
  it('takes exactly one of an author id and an e-mail', () => {
    expect(parseAuthorRef({ author: ' kim ' })).toEqual({ id: 'kim' });
    expect(parseAuthorRef({ email: 'E@x.example' })).toEqual({ email: 'E@x.example' });
    expect(() => parseAuthorRef({})).toThrow(InvalidInputError);
    expect(() => parseAuthorRef({ author: 'kim', email: 'e@x.example' })).toThrow(InvalidInputError);
  });

  it('matches comments by the blog’s id, or by e-mail without regard to case, never by name', () => {
    expect(writtenBy(comment({ name: 'Kim', id: 'kim' }), { id: 'kim' })).toBe(true);
    expect(writtenBy(comment({ name: 'kim' }), { id: 'kim' })).toBe(false);
    expect(writtenBy(comment({ name: 'Erin', email: 'Erin@X.example' }), { email: 'erin@x.example' })).toBe(true);
    expect(writtenBy(comment({ name: 'Erin', email: 'other@x.example' }), { email: 'erin@x.example' })).toBe(false);
  });

  it('finds the records under every key the author’s comments carry, never a name key', () => {
    const keys = authorKeysOf({ email: 'erin@x.example' }, [comment({ name: 'Erin', email: 'erin@x.example' }), comment({ name: 'Erin', id: 'e-1', email: 'erin@x.example' })]);
    expect(keys).toHaveLength(2);
    expect(keys.map((k) => k.split(':')[0]).sort()).toEqual(['email', 'id']);
  });
});

describe('erasing a comment', () => {
  it('keeps each reason’s rule and points but not its detail or spans', () => {
    const decided: Comment = {
      ...comment({ name: 'Erin' }),
      decision: { outcome: 'flag', scores: { spam: 1 }, policyVersion: 'v', by: 'engine', reasons: [{ rule: 'author.name.link', category: 'author', contribution: 1, detail: 'Name www.erin.example', spans: [[0, 4]], field: 'author.name' }] },
    };
    expect(erasureOf(decided, false, new Date(0)).reasons).toEqual([{ rule: 'author.name.link', category: 'author', contribution: 1, detail: ERASED_DETAIL, spans: [], field: 'author.name' }]);
  });
});
