// Decisions the server could not be reached for. A moderator's click must never be lost
// to a dropped connection: each waits here, in the order it was made, and is sent again
// until the server answers. An answer that is a refusal (someone decided first, the
// session ended) goes back to whoever queued it, so the card can be restored and the
// moderator told.

export interface Outgoing<T> {
  /** Sends the request once; rejects with `isOffline(error)` true while the server is unreachable. */
  send(): Promise<T>;
  /** The server accepted it. */
  sent(result: T): void;
  /** The server refused it: it will not be sent again. */
  refused(error: unknown): void;
}

export interface OutboxOptions {
  retryMs: number;
  isOffline(error: unknown): boolean;
  /** How many decisions are waiting, after every change. */
  changed(waiting: number): void;
}

export class Outbox {
  readonly #o: OutboxOptions;
  readonly #waiting: Array<Outgoing<unknown>> = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #flushing = false;
  #stopped = false;

  constructor(options: OutboxOptions) {
    this.#o = options;
  }

  get size(): number {
    return this.#waiting.length;
  }

  add<T>(outgoing: Outgoing<T>): void {
    this.#waiting.push(outgoing as Outgoing<unknown>);
    this.#o.changed(this.#waiting.length);
    this.#schedule();
  }

  /** Sends what waits, oldest first, stopping at the first sign the server is still out of reach. */
  async flush(): Promise<void> {
    if (this.#flushing || this.#stopped) return;
    this.#flushing = true;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    try {
      while (this.#waiting.length && !this.#stopped) {
        const next = this.#waiting[0]!;
        let result: unknown;
        try {
          result = await next.send();
        } catch (error) {
          if (this.#o.isOffline(error)) return this.#schedule();
          this.#waiting.shift();
          this.#o.changed(this.#waiting.length);
          next.refused(error);
          continue;
        }
        this.#waiting.shift();
        this.#o.changed(this.#waiting.length);
        next.sent(result);
      }
    } finally {
      this.#flushing = false;
    }
  }

  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
  }

  #schedule(): void {
    if (this.#timer === undefined && !this.#stopped) this.#timer = setTimeout(() => void this.flush(), this.#o.retryMs);
  }
}
