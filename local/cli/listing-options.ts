// The options every listing command shares: how many items to show, and how far back to look.

import { DurationError, parseSince } from '../../shared/admin/duration.ts';
import { UsageError } from './command.ts';

/** Items a listing shows by default; --json lists all. */
export const DEFAULT_SHOWN = 50;

/** `--show N`: a whole number of items, 0 or more. */
export function shownOption(raw: string | undefined): number {
  const shown = raw === undefined ? DEFAULT_SHOWN : Number(raw);
  if (!Number.isInteger(shown) || shown < 0) throw new UsageError(`--show: expected a whole number, got "${raw}"`);
  return shown;
}

/** `--since 7d` or an ISO time, as an ISO time; undefined when not given. */
export function sinceOption(raw: string | undefined, now: Date): string | undefined {
  if (raw === undefined) return undefined;
  try {
    return parseSince(raw, now);
  } catch (error) {
    if (error instanceof DurationError) throw new UsageError(`--since: ${error.message}`);
    throw error;
  }
}
