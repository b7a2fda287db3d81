// Typed arrays as base64 text for the model's JSON, little-endian whatever the machine, so
// a model trained anywhere loads anywhere.

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** The bytes of base64 text, or undefined when it is not canonical base64. */
function fromBase64(text: string): Uint8Array | undefined {
  const bytes = Buffer.from(text, 'base64');
  // Buffer skips characters it does not know: a round trip tells corrupt text apart.
  return bytes.toString('base64') === text ? bytes : undefined;
}

export function packInt32(values: Int32Array): string {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setInt32(i * 4, values[i], true);
  return toBase64(bytes);
}

export function packInt16(values: Int16Array): string {
  const bytes = new Uint8Array(values.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setInt16(i * 2, values[i], true);
  return toBase64(bytes);
}

/** `count` Int32 values, or undefined when the text is not base64 of exactly that many. */
export function unpackInt32(text: string, count: number): Int32Array | undefined {
  const bytes = fromBase64(text);
  if (bytes === undefined || bytes.byteLength !== count * 4) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = new Int32Array(count);
  for (let i = 0; i < count; i++) values[i] = view.getInt32(i * 4, true);
  return values;
}

/** `count` Int16 values, or undefined when the text is not base64 of exactly that many. */
export function unpackInt16(text: string, count: number): Int16Array | undefined {
  const bytes = fromBase64(text);
  if (bytes === undefined || bytes.byteLength !== count * 2) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = new Int16Array(count);
  for (let i = 0; i < count; i++) values[i] = view.getInt16(i * 2, true);
  return values;
}
