// The moderator's token lives in sessionStorage: it survives a reload but not the tab,
// and signing out removes it.

export interface Session {
  token: string;
  username: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

const KEY = 'sieve.console.session';
// Treat a token as gone slightly early so a request never leaves with one about to expire.
const SKEW_MS = 30_000;

export const loadSession = (now: number): Session | null => {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Partial<Session>;
    if (typeof s.token !== 'string' || typeof s.username !== 'string' || typeof s.expiresAt !== 'number') return null;
    return isLive(s as Session, now) ? (s as Session) : null;
  } catch {
    return null;
  }
};

export const saveSession = (session: Session): void => sessionStorage.setItem(KEY, JSON.stringify(session));

export const clearSession = (): void => sessionStorage.removeItem(KEY);

export const isLive = (session: Session, now: number): boolean => session.expiresAt - SKEW_MS > now;
