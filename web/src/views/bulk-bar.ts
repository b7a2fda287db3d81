import type { Action, RejectReason } from '../api.ts';
import { h } from '../dom.ts';
import { rejectButtons } from './reject-buttons.ts';

export interface BulkBar {
  element: HTMLElement;
  update(selected: number, onPage: number, busy: boolean): void;
  note(): string;
  clearNote(): void;
}

export const bulkBar = (on: { decide(action: Action, note: string, reason?: RejectReason): void; selectAll(all: boolean): void }): BulkBar => {
  const all = h('input', { type: 'checkbox', id: 'select-all', onchange: (e: Event) => on.selectAll((e.target as HTMLInputElement).checked) });
  const count = h('span', { class: 'selected-count', 'aria-live': 'polite' });
  const note = h('input', { id: 'bulk-note', placeholder: 'Note for all (optional)', maxlength: 1000, 'aria-label': 'Note for the selected comments' });
  const approve = h('button', { type: 'button', class: 'decide approve', 'data-bulk': 'approve', onclick: () => on.decide('approve', note.value.trim()) }, 'Approve selected');
  const reject = rejectButtons({ lead: 'Reject selected as', nameFor: (_, reason) => `Reject selected as ${reason}`, reject: (reason) => on.decide('reject', note.value.trim(), reason) });
  const actions = h('div', { class: 'bulk-actions' }, note, approve, reject);
  const element = h('div', { class: 'bulk', role: 'region', 'aria-label': 'Selection' }, h('label', { class: 'select-all' }, all, ' Select all'), count, actions);
  return {
    element,
    update(selected, onPage, busy) {
      all.checked = selected > 0 && selected === onPage;
      all.indeterminate = selected > 0 && selected < onPage;
      all.disabled = onPage === 0;
      count.textContent = selected ? `${selected} selected` : '';
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
