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

// A page merged from several partitions of one index (the All queue) resumes each partition
// where that partition's own reading stopped: positions are never carried from one partition
// into another, whose order among entries of the same millisecond could differ.

/** Where one partition of a merged page resumes: after a position, from its start (undefined), or nowhere (false: read to its end). */
export type Resume = Record<string, unknown> | undefined | false;

const MERGED = 'm';

const invalidCursor = () =>
  new InvalidInputError('invalid_cursor', 'Query parameter cursor is not a cursor this API returned', { fields: [{ field: 'cursor', message: 'malformed cursor' }] });

/** The start of each partition for a merged page; `cursor` from nextMergedPage over the same partitions. */
export const mergedPageStarts = (indexName: IndexName, partitions: readonly string[], cursor: string | undefined): Resume[] => {
  if (!cursor) return partitions.map(() => undefined);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed[0] !== MERGED || parsed.length !== partitions.length + 1) throw invalidCursor();
  const index = indexNamed(indexName);
  return parsed.slice(1).map((entry: unknown, i) => {
    if (entry === 0) return false;
    if (entry === null) return undefined;
    const [sortKey, id] = Array.isArray(entry) ? (entry as unknown[]) : [];
    if (typeof sortKey !== 'string' || typeof id !== 'string' || !ISO_TIME.test(sortKey) || !ID.test(id)) throw invalidCursor();
    return { [index.partitionKey]: partitions[i], [index.sortKey]: sortKey, ...commentKey(id) };
  });
};

/** The cursor of the next merged page; nothing once every partition is read to its end. */
export const nextMergedPage = (indexName: IndexName, resumes: readonly Resume[]): { nextCursor?: string } => {
  if (resumes.every((r) => r === false)) return {};
  const sortKey = indexNamed(indexName).sortKey;
  const entries = resumes.map((r) => (r === false ? 0 : r === undefined ? null : [String(r[sortKey]), commentIdOf(String(r.pk))]));
  return { nextCursor: Buffer.from(JSON.stringify([MERGED, ...entries])).toString('base64url') };
};
