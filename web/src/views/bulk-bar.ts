import type { Action, RejectReason } from '../api.ts';
import { h } from '../dom.ts';
import { rejectButtons } from './reject-buttons.ts';

/** Whether more comments match than are loaded, and how many the queue holds when it is not filtered. */
export interface Matching {
  more: boolean;
  /** "137" or "1000+"; null when filtered (counted only by loading them). */
  total: string | null;
  /** Every matching comment is loaded and selected. */
  all: boolean;
  loading: boolean;
}

export interface BulkBar {
  element: HTMLElement;
  update(selected: number, onPage: number, busy: boolean, matching?: Matching): void;
  note(): string;
  clearNote(): void;
}

export const bulkBar = (on: { decide(action: Action, note: string, reason?: RejectReason): void; selectAll(all: boolean): void; selectMatching(): void }): BulkBar => {
  const matchingButton = h('button', { type: 'button', class: 'select-matching', hidden: true, onclick: () => on.selectMatching() });
  const all = h('input', { type: 'checkbox', id: 'select-all', onchange: (e: Event) => on.selectAll((e.target as HTMLInputElement).checked) });
  const count = h('span', { class: 'selected-count', 'aria-live': 'polite' });
  const note = h('input', { id: 'bulk-note', placeholder: 'Note for all (optional)', maxlength: 1000, 'aria-label': 'Note for the selected comments' });
  const approve = h('button', { type: 'button', class: 'decide approve', 'data-bulk': 'approve', onclick: () => on.decide('approve', note.value.trim()) }, 'Approve selected');
  const reject = rejectButtons({ lead: 'Reject selected as', nameFor: (_, reason) => `Reject selected as ${reason}`, reject: (reason) => on.decide('reject', note.value.trim(), reason) });
  const actions = h('div', { class: 'bulk-actions' }, note, approve, reject);
  const element = h('div', { class: 'bulk', role: 'region', 'aria-label': 'Selection' }, h('label', { class: 'select-all' }, all, ' Select all'), count, matchingButton, actions);
  return {
    element,
    update(selected, onPage, busy, matching) {
      all.checked = selected > 0 && selected === onPage;
      all.indeterminate = selected > 0 && selected < onPage;
      all.disabled = onPage === 0;
      count.textContent = matching?.loading ? 'Loading every matching comment…' : matching?.all ? `All ${selected} matching selected` : selected ? `${selected} selected` : '';
      // Offered once the whole page is selected and more match than it shows (as Gmail does).
      matchingButton.hidden = !(matching?.more && !matching.all && !matching.loading && selected > 0 && selected === onPage);
      matchingButton.textContent = matching?.total ? `Select all ${matching.total} matching` : 'Select all matching';
      actions.hidden = selected === 0;
      approve.disabled = busy;
      for (const button of reject.querySelectorAll('button')) button.disabled = busy;
    },
    note() {
      return note.value.trim();
    },
    clearNote() {
      note.value = '';
    },
  };
};
