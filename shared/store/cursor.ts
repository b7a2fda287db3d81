import { ApiError } from '../http/errors.ts';

// Pagination cursors name a position (the index sort key, a comment's createdAt, and the
// comment id, which orders comments of the same millisecond) and nothing else; the
// partition is always rebuilt from the request, so a cursor can never reach into another
// site's or post's data.

export interface Cursor {
  sortKey: string;
  id: string;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// Only a key position: it need not name an existing comment, but it must not carry anything else.
const ID = /^[\w-]{1,100}$/;

export const encodeCursor = (c: Cursor): string => Buffer.from(JSON.stringify([c.sortKey, c.id])).toString('base64url');

export const decodeCursor = (raw: string): Cursor => {
  try {
    const [sortKey, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[];
    if (typeof sortKey === 'string' && typeof id === 'string' && ISO_TIME.test(sortKey) && ID.test(id)) return { sortKey, id };
  } catch {
    // fall through to the error below
  }
  throw new ApiError(400, 'invalid_cursor', 'Query parameter cursor is not a cursor this API returned', {
    fields: [{ field: 'cursor', message: 'malformed cursor' }],
  });
};
