// Durations as operators type them: `24h`, `90m`, `2s`, `1h30m`, `7d`, or `0`.

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/y;

/** 100 years. */
export const MAX_DURATION_MS = 36_500 * 86_400_000;

export class DurationError extends Error {
  override name = 'DurationError';
}

/** Milliseconds in `text`; a bare number other than 0 is refused, since `24` could mean hours or seconds. */
export function parseDuration(text: string): number {
  const input = text.trim();
  if (input === '0') return 0;
  let total = 0;
  PART.lastIndex = 0;
  while (PART.lastIndex < input.length) {
    const start = PART.lastIndex;
    const match = PART.exec(input);
    if (!match || match.index !== start) {
      throw new DurationError(`"${text}" is not a duration: use a number with a unit (ms, s, m, h, d, w), e.g. 24h, 90m, 1h30m, or 0`);
    }
    total += Number(match[1]) * UNIT_MS[match[2]];
  }
  if (input === '') throw new DurationError('empty duration: use e.g. 24h, 90m or 0');
  // Past this a time computed from it is no date at all (`99999999999999w`), and nothing an
  // operator means is this long.
  if (!(total <= MAX_DURATION_MS)) throw new DurationError(`"${text}" is too long: at most ${MAX_DURATION_MS / UNIT_MS.d!} days`);
  return Math.round(total);
}

/** A short human form: `1d 2h`, `45s`, `0s`. */
export function formatDuration(ms: number): string {
  if (ms <= 0) return '0s';
  const parts: string[] = [];
  let rest = Math.round(ms / 1000);
  for (const [unit, size] of [['d', 86_400], ['h', 3_600], ['m', 60], ['s', 1]] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.length ? parts.slice(0, 2).join(' ') : `${ms}ms`;
}

/**
 * `--since` values: an ISO date or date-time (`2024-03-01`, `2024-03-01T12:00:00Z`), or a
 * duration back from `now` (`7d`). Returns the ISO instant, comparable with stored createdAt.
 */
export function parseSince(text: string, now: Date): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const at = Date.parse(`${text}T00:00:00.000Z`);
    if (!Number.isNaN(at)) return new Date(at).toISOString();
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    // A zoneless time would depend on the machine's zone; insist on one.
    if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(text)) throw new DurationError(`"${text}": give the time zone, e.g. ${text}Z`);
    const at = Date.parse(text);
    if (!Number.isNaN(at)) return new Date(at).toISOString();
  }
  try {
    return new Date(now.getTime() - parseDuration(text)).toISOString();
  } catch {
    throw new DurationError(`"${text}" is neither a date (2024-03-01, 2024-03-01T12:00:00Z) nor a duration back from now (7d, 12h)`);
  }
}
