// Batches output lines into large writes and waits when the reader is slow, so piping
// 100k decisions into `head` or a file neither floods memory nor costs a syscall per line.

import { once } from 'node:events';
import type { Writable } from 'node:stream';

const FLUSH_AT = 64 * 1024;

export class LineWriter {
  private buffer: string[] = [];
  private buffered = 0;
  private readonly out: Writable;

  constructor(out: Writable) {
    this.out = out;
  }

  async write(line: string): Promise<void> {
    this.buffer.push(line, '\n');
    this.buffered += line.length + 1;
    if (this.buffered >= FLUSH_AT) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.buffered = 0;
    if (!this.out.write(chunk)) await once(this.out, 'drain');
  }
}
