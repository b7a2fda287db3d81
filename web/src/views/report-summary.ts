import type { ReviewItem } from '../api.ts';
import { h } from '../dom.ts';

// Readers' reports on a comment: how many, why, whether the site's policy took it off its
// post, and (in the details) the latest notes readers wrote.

const REASON_TEXT: Record<string, string> = { spam: 'spam', abuse: 'abuse', off_topic: 'off topic', other: 'other' };

export const reportSummary = (item: ReviewItem, withNotes = false): HTMLElement | null => {
  const r = item.reports;
  if (!r) return null;
  const reasons = Object.entries(r.reasons)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${REASON_TEXT[reason] ?? reason} ${n}`)
    .join(', ');
  const fresh = r.count - (r.reviewed ?? 0);
  return h(
    'div',
    { class: 'reports' },
    h(
      'p',
      { class: 'report-count' },
      `${r.count === 1 ? '1 reader report' : `${r.count} reader reports`}: ${reasons}`,
      r.reviewed ? ` (${fresh} since a moderator last decided)` : '',
      r.unpublished ? '. Taken off the post by the site’s policy until you decide.' : '.',
    ),
    withNotes && r.notes.length
      ? h('ul', { class: 'report-notes' }, r.notes.map((n) => h('li', {}, h('span', { class: 'reason' }, REASON_TEXT[n.reason] ?? n.reason), ': ', n.note)))
      : null,
  );
};

/** An approved comment with reports no moderator has decided on yet: approving it again keeps it (and clears it from the Reported queue). */
export const awaitsKeep = (item: ReviewItem): boolean => item.status === 'approved' && item.reports !== undefined && item.reports.count > (item.reports.reviewed ?? 0);
