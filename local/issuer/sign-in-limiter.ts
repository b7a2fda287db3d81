// Failed sign-ins counted per username and per client address over a sliding window, so
// guessing one moderator's password, or many moderators' from one machine, is answered 429
// instead of a fresh scrypt each try. Cognito does the same in AWS (its own lockout); this is
// the local issuer's share of that job. Time is passed in.

export interface SignInLimits {
  /** Failures one username may have in the window. */
  perUser: number;
  /** Failures one client address may have in the window (over all usernames). */
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = { perUser: 5, perAddress: 20, windowMs: 60_000 };

export class SignInLimiter {
  readonly #limits: SignInLimits;
  readonly #failures = new Map<string, number[]>();

  constructor(limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS) {
    this.#limits = limits;
  }

  /**
   * Starts an attempt at `now`: the seconds to wait when the user or the address is over its
   * limit (nothing recorded), else 0, with the attempt counted as a failure until it succeeds,
   * so attempts running side by side cannot all slip under the limit before the first fails.
   */
  begin(username: string, address: string, now: number): number {
    const wait = Math.max(this.#wait(`user:${username}`, this.#limits.perUser, now), this.#wait(`addr:${address}`, this.#limits.perAddress, now));
    if (wait > 0) return wait;
    for (const key of [`user:${username}`, `addr:${address}`]) this.#failures.set(key, [...this.#recent(key, now), now]);
    return 0;
  }

  /** The attempt begun at `at` succeeded: it counts for neither, and its username's failures are forgiven. */
  succeeded(username: string, address: string, at: number): void {
    this.#failures.delete(`user:${username}`);
    const times = this.#failures.get(`addr:${address}`) ?? [];
    const i = times.indexOf(at);
    if (i >= 0) times.splice(i, 1);
  }

  #recent(key: string, now: number): number[] {
    const recent = (this.#failures.get(key) ?? []).filter((at) => at > now - this.#limits.windowMs);
    if (recent.length) this.#failures.set(key, recent);
    else this.#failures.delete(key);
    return recent;
  }

  #wait(key: string, limit: number, now: number): number {
    const recent = this.#recent(key, now);
    if (recent.length < limit) return 0;
    return Math.max(1, Math.ceil((recent[recent.length - limit]! + this.#limits.windowMs - now) / 1000));
  }
}
