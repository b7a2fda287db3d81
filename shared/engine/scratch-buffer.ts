// The normaliser's growable scratch buffer: UTF-16 codes plus two offsets per code.

/**
 * Growable scratch buffers, reused across calls: normalising a comment allocates only
 * its results. (The engine is synchronous, so calls never interleave.)
 */
export class Buffer16 {
  codes = new Uint16Array(1024);
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  length = 0;

  reset(capacity: number): void {
    this.length = 0;
    if (capacity > this.codes.length) this.grow(capacity);
  }

  grow(capacity: number): void {
    const size = Math.max(capacity, this.codes.length * 2);
    const codes = new Uint16Array(size);
    const a = new Int32Array(size);
    const b = new Int32Array(size);
    codes.set(this.codes.subarray(0, this.length));
    a.set(this.a.subarray(0, this.length));
    b.set(this.b.subarray(0, this.length));
    this.codes = codes;
    this.a = a;
    this.b = b;
  }

  push(code: number, a: number, b: number): void {
    if (this.length === this.codes.length) this.grow(this.length + 1);
    this.codes[this.length] = code;
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.length++;
  }

  last(): number {
    return this.length > 0 ? this.codes[this.length - 1] : -1;
  }

  toString(): string {
    let out = '';
    for (let i = 0; i < this.length; i += 4096) {
      out += String.fromCharCode.apply(null, this.codes.subarray(i, Math.min(this.length, i + 4096)) as unknown as number[]);
    }
    return out;
  }
}
