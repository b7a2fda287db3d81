import type { RejectReason } from './api.ts';

// The reasons a moderator gives for a reject, with the key that picks each after `r` and
// the words the buttons and the help use. Spam and abuse teach the site's learned filter
// what to catch; "other" (off-topic, a duplicate, a request to remove) teaches it nothing.

export interface ReasonChoice {
  reason: RejectReason;
  key: string;
  label: string;
  does: string;
}

export const REJECT_REASONS: readonly ReasonChoice[] = [
  { reason: 'spam', key: 's', label: 'Spam', does: 'advertising, scams, link drops: teaches the spam filter' },
  { reason: 'abuse', key: 'b', label: 'Abuse', does: 'insults, threats, hate: teaches the abuse filter' },
  { reason: 'other', key: 'o', label: 'Other', does: 'off-topic or anything else: teaches nothing' },
];

export const reasonForKey = (key: string): RejectReason | null => REJECT_REASONS.find((r) => r.key === key)?.reason ?? null;

export const reasonLabel = (reason: RejectReason): string => REJECT_REASONS.find((r) => r.reason === reason)?.label.toLowerCase() ?? reason;
