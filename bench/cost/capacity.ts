import { itemSize, pick, type Item } from './item-size.ts';

// Request units DynamoDB on-demand charges for one operation, from the items it touched.
// Rules (DynamoDB developer guide, "Read/write capacity mode" and "Provisioned throughput
// considerations for global secondary indexes"):
// - a write costs ceil(KB) of the larger of the item before and after, at least 1; a
//   conditional write that fails still costs the existing item's size (at least 1);
// - each GSI: an entry added or removed costs its projected size; an index key change costs
//   a delete plus a put; an entry whose projected attributes change costs one write; an
//   item in no index before or after costs nothing there;
// - a read costs ceil(4 KB) per item (a Query: of the summed sizes), 1 unit at least,
//   halved when eventually consistent.

const KB = 1024;

export interface IndexShape {
  name: string;
  partitionKey: string;
  sortKey?: string;
  /** ALL, KEYS_ONLY or INCLUDE (with nonKeyAttributes). */
  projection: 'ALL' | 'KEYS_ONLY' | 'INCLUDE';
  nonKeyAttributes?: string[];
}

export interface TableShape {
  partitionKey: string;
  sortKey?: string;
  indexes: IndexShape[];
}

const writeUnitsFor = (bytes: number) => Math.max(1, Math.ceil(bytes / KB));

const keyNames = (shape: { partitionKey: string; sortKey?: string }) => [shape.partitionKey, ...(shape.sortKey ? [shape.sortKey] : [])];

/** The index entry of an item, or undefined when the item lacks an index key (sparse index). */
export const indexEntry = (table: TableShape, index: IndexShape, item: Item | undefined): Item | undefined => {
  if (!item || !keyNames(index).every((k) => item[k])) return undefined;
  if (index.projection === 'ALL') return item;
  return pick(item, [...keyNames(table), ...keyNames(index), ...(index.projection === 'INCLUDE' ? (index.nonKeyAttributes ?? []) : [])]);
};

const sameValue = (a: Item, b: Item, names: string[]) => names.every((n) => JSON.stringify(a[n]) === JSON.stringify(b[n]));

/** Write units one GSI consumes when an item changes from `before` to `after`. */
export const indexWriteUnits = (table: TableShape, index: IndexShape, before: Item | undefined, after: Item | undefined): number => {
  const old = indexEntry(table, index, before);
  const now = indexEntry(table, index, after);
  if (!old && !now) return 0;
  if (!old) return writeUnitsFor(itemSize(now!));
  if (!now) return writeUnitsFor(itemSize(old));
  if (!sameValue(old, now, keyNames(index))) return writeUnitsFor(itemSize(old)) + writeUnitsFor(itemSize(now));
  if (JSON.stringify(old) === JSON.stringify(now)) return 0;
  return writeUnitsFor(Math.max(itemSize(old), itemSize(now)));
};

export interface WriteUnits {
  table: number;
  /** Per index name; only indexes the write touched. */
  indexes: Record<string, number>;
}

/**
 * Units of a PutItem, UpdateItem or DeleteItem that changed `before` into `after` (either may
 * be absent). `failed`: the condition check failed and nothing was written.
 */
export const writeUnits = (table: TableShape, before: Item | undefined, after: Item | undefined, failed = false): WriteUnits => {
  if (failed) return { table: writeUnitsFor(before ? itemSize(before) : 0), indexes: {} };
  const indexes: Record<string, number> = {};
  for (const index of table.indexes) {
    const units = indexWriteUnits(table, index, before, after);
    if (units) indexes[index.name] = units;
  }
  return { table: writeUnitsFor(Math.max(before ? itemSize(before) : 0, after ? itemSize(after) : 0)), indexes };
};

/** Units of reading items one by one (GetItem, BatchGetItem); a missing item still costs the minimum. */
export const itemReadUnits = (found: Item | undefined, consistent: boolean): number =>
  Math.max(1, Math.ceil((found ? itemSize(found) : 0) / (4 * KB))) * (consistent ? 1 : 0.5);

/** Units of a Query or Scan page: its items' sizes summed, then rounded up to 4 KB. */
export const pageReadUnits = (items: Item[], consistent: boolean): number =>
  Math.max(1, Math.ceil(items.reduce((sum, i) => sum + itemSize(i), 0) / (4 * KB))) * (consistent ? 1 : 0.5);
