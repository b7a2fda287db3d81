// The console's shortcuts, as data (the help dialog lists the same table). A reject takes a
// second key, the reason (reject-reasons.ts): `r` then `s`, `b` or `o`.

import type { RejectReason } from './api.ts';
import { reasonForKey } from './reject-reasons.ts';

export type Command = 'next' | 'previous' | 'approve' | 'reject' | 'select' | 'open' | 'undo' | 'help' | 'search' | 'nextQueue' | 'previousQueue' | `queue${1 | 2 | 3 | 4 | 5 | 6}`;

export const SHORTCUTS: Array<{ keys: string[]; command: Command; does: string }> = [
  { keys: ['j'], command: 'next', does: 'Next comment; on the last one, loads more' },
  { keys: ['k'], command: 'previous', does: 'Previous comment' },
  { keys: ['a'], command: 'approve', does: 'Approve the selected comments, or the current one if none is selected' },
  { keys: ['r'], command: 'reject', does: 'Reject the selected comments, or the current one if none is selected: then one key says why (below)' },
  { keys: ['x'], command: 'select', does: 'Select or unselect the current comment' },
  { keys: ['o', 'Enter'], command: 'open', does: 'Open the current comment’s details' },
  { keys: ['u'], command: 'undo', does: 'Undo your last decision while its Undo button shows' },
  { keys: ['/'], command: 'search', does: 'Search this site' },
  { keys: ['1', '2', '3', '4', '5', '6'], command: 'queue1', does: 'Open the Pending, Flagged, Reported, Rejected, Approved or All queue' },
  { keys: [']', '['], command: 'nextQueue', does: 'Next or previous queue' },
  { keys: ['?'], command: 'help', does: 'Show this help' },
];

const BY_KEY = new Map<string, Command>([
  ...SHORTCUTS.flatMap((s) => s.keys.map((k) => [k, s.command] as const)),
  // One row in the help, one command each.
  ...(['1', '2', '3', '4', '5', '6'] as const).map((d) => [d, `queue${d}`] as const),
  ['[', 'previousQueue'],
]);

// Typing a note or a filter must never approve anything.
const TEXT_ENTRY = /^(TEXTAREA|SELECT)$/;
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

const isTextEntry = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || TEXT_ENTRY.test(target.tagName)) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
};

/** The reason a key names while a reject waits for one (`r` then `s`, `b` or `o`). */
export const reasonKeyFor = (event: KeyboardEvent): RejectReason | null => {
  if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return null;
  return reasonForKey(event.key);
};

export const commandFor = (event: KeyboardEvent): Command | null => {
  if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return null;
  // Enter on a button or checkbox keeps its own meaning.
  if (event.key === 'Enter' && event.target instanceof HTMLElement && event.target.closest('button, input, summary')) return null;
  return BY_KEY.get(event.key) ?? null;
};
