import { InvalidInputError } from '../errors.ts';
import { commentIdOf, commentKey } from './keys.ts';
import { TABLE_DEFINITION, type IndexName } from './table.ts';

// Pagination cursors name a position (the index sort key, a comment's createdAt, and the
// comment id, which orders comments of the same millisecond) and nothing else; the
// partition is always rebuilt from the request, so a cursor can never reach into another
// site's or post's data.

interface Cursor {
  sortKey: string;
  id: string;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// Only a key position: it need not name an existing comment, but it must not carry anything else.
const ID = /^[\w-]{1,100}$/;

const encodeCursor = (c: Cursor): string => Buffer.from(JSON.stringify([c.sortKey, c.id])).toString('base64url');

const decodeCursor = (raw: string): Cursor => {
  try {
    const [sortKey, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[];
    if (typeof sortKey === 'string' && typeof id === 'string' && ISO_TIME.test(sortKey) && ID.test(id)) return { sortKey, id };
  } catch {
    // fall through to the error below
  }
  throw new InvalidInputError('invalid_cursor', 'Query parameter cursor is not a cursor this API returned', {
    fields: [{ field: 'cursor', message: 'malformed cursor' }],
  });
};

const indexNamed = (name: IndexName) => TABLE_DEFINITION.indexes.find((index) => index.name === name)!;

/** Where a page of an index Query starts: after the position `cursor` names, inside `partition`. */
export const pageStart = (indexName: IndexName, partition: string, cursor: string | undefined) => {
  if (!cursor) return {};
  const { sortKey, id } = decodeCursor(cursor);
  const index = indexNamed(indexName);
  return { ExclusiveStartKey: { [index.partitionKey]: partition, [index.sortKey]: sortKey, ...commentKey(id) } };
};

/** The cursor of the page after one that ended at `last`; nothing once the partition is read to its end. */
export const nextPage = (indexName: IndexName, last: Record<string, unknown> | undefined): { nextCursor?: string } =>
  last ? { nextCursor: encodeCursor({ sortKey: String(last[indexNamed(indexName).sortKey]), id: commentIdOf(String(last.pk)) }) } : {};
