import type { Counts, Queue } from '../api.ts';
import { h } from '../dom.ts';

/** In tab order; the digit keys 1–6 pick them (keyboard.ts). */
export const TABS: Array<[Queue, string]> = [
  ['pending', 'Pending'],
  ['flagged', 'Flagged'],
  ['reported', 'Reported'],
  ['rejected', 'Rejected'],
  ['approved', 'Approved'],
  ['all', 'All'],
];

export interface QueueTabs {
  element: HTMLElement;
  /** `atLeast`: queues whose count stopped at the server's limit (shown as "1000+"). */
  update(status: Queue, counts: Counts | null, atLeast?: ReadonlySet<Queue>): void;
  /** The tab `delta` places from the current one (wrapping), as the arrow keys move. */
  neighbour(status: Queue, delta: 1 | -1): Queue;
}

const countOf = (queue: Queue, counts: Counts, atLeast: ReadonlySet<Queue> | undefined): string => {
  if (queue !== 'all') return `${counts[queue] ?? 0}${atLeast?.has(queue) ? '+' : ''}`;
  const statuses = TABS.map(([s]) => s).filter((s) => s !== 'all');
  return `${statuses.reduce((sum, s) => sum + (counts[s] ?? 0), 0)}${statuses.some((s) => atLeast?.has(s)) ? '+' : ''}`;
};

export const queueTabs = (pick: (status: Queue) => void): QueueTabs => {
  const buttons = new Map<Queue, { button: HTMLButtonElement; count: HTMLElement }>();
  const order = TABS.map(([s]) => s);
  const neighbour = (status: Queue, delta: 1 | -1): Queue => order[(order.indexOf(status) + delta + order.length) % order.length]!;
  const element = h(
    'div',
    { class: 'tabs', role: 'tablist', 'aria-label': 'Queues' },
    TABS.map(([status, text], i) => {
      const count = h('span', { class: 'count', 'data-status': status });
      const button = h('button', { type: 'button', role: 'tab', id: `tab-${status}`, 'aria-controls': 'queue', 'aria-keyshortcuts': String(i + 1), onclick: () => pick(status) }, text, ' ', count);
      buttons.set(status, { button, count });
      return button;
    }),
  );
  // Arrow keys move between tabs, as the ARIA tabs pattern expects.
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const current = order.find((s) => buttons.get(s)!.button === document.activeElement);
    if (!current) return;
    const next = neighbour(current, event.key === 'ArrowRight' ? 1 : -1);
    buttons.get(next)!.button.focus();
    pick(next);
  });
  return {
    element,
    neighbour,
    update(status, counts, atLeast) {
      for (const [s, { button, count }] of buttons) {
        button.setAttribute('aria-selected', String(s === status));
        button.tabIndex = s === status ? 0 : -1;
        count.textContent = counts ? countOf(s, counts, atLeast) : '';
      }
    },
  };
};
