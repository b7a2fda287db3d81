// Progress on stderr for long runs: silent for small inputs, a line every `every` comments
// with the rate for big ones, so stdout stays pure JSON Lines.

import type { Writable } from 'node:stream';

export class Progress {
  private readonly started = performance.now();
  private reported = false;
  private readonly label: string;
  private readonly stderr: Writable;
  private readonly every: number;

  constructor(label: string, stderr: Writable, every = 10_000) {
    this.label = label;
    this.stderr = stderr;
    this.every = every;
  }

  /** Call once per line read. */
  tick(lines: number): void {
    if (lines % this.every !== 0) return;
    this.reported = true;
    this.stderr.write(`${this.label}: ${formatCount(lines)} lines (${this.rate(lines)} lines/s)\n`);
  }

  /** Closing summary, only when progress was shown (a small run stays quiet). */
  done(lines: number, badLines: number): void {
    if (!this.reported) return;
    const seconds = (performance.now() - this.started) / 1000;
    this.stderr.write(
      `${this.label}: done, ${formatCount(lines)} lines in ${seconds.toFixed(1)} s ` +
        `(${this.rate(lines)} lines/s), ${formatCount(badLines)} bad\n`,
    );
  }

  private rate(lines: number): string {
    const seconds = Math.max((performance.now() - this.started) / 1000, 1e-3);
    return formatCount(Math.round(lines / seconds));
  }
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
