import { ApiError } from '../http/errors.ts';

// Pagination cursors name a position (index sort key + comment id) and nothing else; the
// partition is always rebuilt from the request, so a cursor can never reach into another
// site's or post's data.

export interface Cursor {
  sortKey: string;
  id: string;
}

export const encodeCursor = (c: Cursor): string => Buffer.from(JSON.stringify([c.sortKey, c.id])).toString('base64url');

export const decodeCursor = (raw: string): Cursor => {
  try {
    const [sortKey, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[];
    if (typeof sortKey === 'string' && typeof id === 'string' && sortKey.endsWith(`#${id}`)) return { sortKey, id };
  } catch {
    // fall through to the error below
  }
  throw new ApiError(400, 'invalid_cursor', 'Query parameter cursor is not a cursor this API returned', {
    fields: [{ field: 'cursor', message: 'malformed cursor' }],
  });
};
