// DynamoDB item size as AWS bills it, for items in the wire format (AttributeValue JSON,
// `{ "S": "..." }`), following "Item sizes and formats" in the DynamoDB developer guide:
// names and strings count their UTF-8 bytes, a number about one byte per two significant
// digits plus one, a list or map three bytes plus one byte per element on top of the
// elements themselves. (dynalite has its own sizer, but it counts UTF-16 code units.)

export type AttributeValue =
  | { S: string }
  | { N: string }
  | { B: string }
  | { BOOL: boolean }
  | { NULL: true }
  | { SS: string[] }
  | { NS: string[] }
  | { BS: string[] }
  | { L: AttributeValue[] }
  | { M: Item };

export type Item = Record<string, AttributeValue>;

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');

const numberSize = (n: string): number => {
  const digits = n.replace(/^[-+]/, '').replace(/e.*$/i, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1;
};

export const valueSize = (value: AttributeValue): number => {
  if ('S' in value) return utf8(value.S);
  if ('N' in value) return numberSize(value.N);
  if ('B' in value) return Buffer.from(value.B, 'base64').length;
  if ('BOOL' in value || 'NULL' in value) return 1;
  if ('SS' in value) return value.SS.reduce((sum, s) => sum + utf8(s), 0);
  if ('NS' in value) return value.NS.reduce((sum, n) => sum + numberSize(n), 0);
  if ('BS' in value) return value.BS.reduce((sum, b) => sum + Buffer.from(b, 'base64').length, 0);
  if ('L' in value) return 3 + value.L.reduce((sum, v) => sum + 1 + valueSize(v), 0);
  return 3 + Object.entries(value.M).reduce((sum, [name, v]) => sum + 1 + utf8(name) + valueSize(v), 0);
};

/** Bytes of an item: every attribute's name plus its value. */
export const itemSize = (item: Item): number => Object.entries(item).reduce((sum, [name, v]) => sum + utf8(name) + valueSize(v), 0);

/** Only the named attributes of an item (an index entry of a KEYS_ONLY or INCLUDE projection). */
export const pick = (item: Item, names: Iterable<string>): Item => {
  const picked: Item = {};
  for (const name of names) if (item[name]) picked[name] = item[name];
  return picked;
};
