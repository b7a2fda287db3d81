import type { Counts, Status } from '../api.ts';
import { h } from '../dom.ts';

const TABS: Array<[Status, string]> = [
  ['flagged', 'Flagged'],
  ['rejected', 'Rejected'],
  ['approved', 'Approved'],
];

export interface QueueTabs {
  element: HTMLElement;
  /** `atLeast`: queues whose count stopped at the server's limit (shown as "1000+"). */
  update(status: Status, counts: Counts | null, atLeast?: ReadonlySet<Status>): void;
}

export const queueTabs = (pick: (status: Status) => void): QueueTabs => {
  const buttons = new Map<Status, { button: HTMLButtonElement; count: HTMLElement }>();
  const element = h(
    'div',
    { class: 'tabs', role: 'tablist', 'aria-label': 'Queues' },
    TABS.map(([status, text]) => {
      const count = h('span', { class: 'count', 'data-status': status });
      const button = h('button', { type: 'button', role: 'tab', id: `tab-${status}`, 'aria-controls': 'queue', onclick: () => pick(status) }, text, ' ', count);
      buttons.set(status, { button, count });
      return button;
    }),
  );
  // Arrow keys move between tabs, as the ARIA tabs pattern expects.
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const order = TABS.map(([s]) => s);
    const current = order.findIndex((s) => buttons.get(s)!.button === document.activeElement);
    if (current === -1) return;
    const next = order[(current + (event.key === 'ArrowRight' ? 1 : order.length - 1)) % order.length]!;
    buttons.get(next)!.button.focus();
    pick(next);
  });
  return {
    element,
    update(status, counts, atLeast) {
      for (const [s, { button, count }] of buttons) {
        button.setAttribute('aria-selected', String(s === status));
        button.tabIndex = s === status ? 0 : -1;
        count.textContent = counts ? `${counts[s]}${atLeast?.has(s) ? '+' : ''}` : '';
      }
    },
  };
};
