import type { Action, RejectReason, ReviewItem } from '../api.ts';
import { h } from '../dom.ts';
import { spansFor } from '../highlight.ts';
import { absoluteTime, relativeTime } from '../time.ts';
import { highlighted } from './comment-text.ts';
import { reasonList } from './reason-list.ts';
import { rejectButtons } from './reject-buttons.ts';
import { awaitsKeep, reportSummary } from './report-summary.ts';

// One comment in the queue: who, where, the text with its matches marked, why, and the
// buttons to decide. Built once per (id, revision); focus, selection and busy state are
// toggled on the same element so polling never replaces a card the moderator is on.

export interface CardHandlers {
  focus(id: string): void;
  toggle(id: string): void;
  decide(id: string, action: Action, reason?: RejectReason): void;
  open(id: string): void;
}

export interface CardState {
  focused: boolean;
  selected: boolean;
  busy: boolean;
  /** Decided offline: the decision waits to be sent. */
  queued: boolean;
  fresh: boolean;
}

const label = (item: ReviewItem) => `comment by ${item.author.name || 'anonymous'} on ${item.postId}`;

/** Author name and link, both as text: a link from a comment is never made clickable. */
export const authorLine = (item: ReviewItem): HTMLElement => {
  const reasons = item.decision?.reasons ?? [];
  return h(
    'span',
    { class: 'author' },
    h('span', { class: 'author-name' }, highlighted(item.author.name || 'anonymous', spansFor(reasons, 'author.name'))),
    item.author.url ? [' ', h('span', { class: 'author-url', title: 'Author link (not opened)' }, highlighted(item.author.url, spansFor(reasons, 'author.url')))] : null,
  );
};

export const commentCard = (item: ReviewItem, now: number, on: CardHandlers): HTMLLIElement => {
  const headingId = `card-${item.id}-heading`;
  const reasons = item.decision?.reasons ?? [];
  const keep = awaitsKeep(item);
  const approve = () =>
    h('button', { type: 'button', class: 'decide approve', 'data-action': 'approve', onclick: () => on.decide(item.id, 'approve'), 'aria-label': `${keep ? 'Keep' : 'Approve'} ${label(item)}` }, keep ? 'Keep' : 'Approve');
  const reject = () =>
    rejectButtons({ lead: 'Reject as', nameFor: (_, reason) => `Reject as ${reason}: ${label(item)}`, reject: (reason) => on.decide(item.id, 'reject', reason) });
  const article = h(
    'article',
    { class: 'card-body', tabindex: -1, 'aria-labelledby': headingId, 'data-id': item.id },
    h(
      'header',
      { class: 'card-head' },
      h('input', { type: 'checkbox', class: 'select', 'aria-label': `Select ${label(item)}`, onchange: () => on.toggle(item.id) }),
      h(
        'h3',
        { id: headingId, class: 'card-title' },
        authorLine(item),
        h('span', { class: 'meta' }, ' on ', h('span', { class: 'post' }, item.postId), item.parentId ? ' (reply)' : null),
      ),
      h('span', { class: 'status-badge', 'data-status': item.status }, item.status),
      h('time', { datetime: item.createdAt, title: absoluteTime(item.createdAt) }, relativeTime(item.createdAt, now)),
    ),
    h('p', { class: 'comment-text' }, highlighted(item.text, spansFor(reasons, 'text'))),
    reasonList(reasons),
    reportSummary(item),
    h('p', { class: 'waiting', hidden: true }, 'Offline: your decision waits and will be sent when the connection is back.'),
    h(
      'div',
      { class: 'actions' },
      item.status !== 'approved' || keep ? approve() : null,
      item.status !== 'rejected' ? reject() : null,
      h('button', { type: 'button', class: 'open', onclick: () => on.open(item.id), 'aria-label': `Details of ${label(item)}` }, 'Details'),
    ),
  );
  // A click anywhere on the card (but its controls) makes it the current one.
  article.addEventListener('mousedown', (event) => {
    if (!(event.target as HTMLElement).closest('button, input')) on.focus(item.id);
  });
  article.addEventListener('focusin', () => on.focus(item.id));
  const card = h('li', { class: 'card', 'data-id': item.id }, article);
  return card;
};

export const setCardState = (card: HTMLElement, state: CardState): void => {
  card.classList.toggle('focused', state.focused);
  card.classList.toggle('selected', state.selected);
  card.classList.toggle('busy', state.busy);
  card.classList.toggle('fresh', state.fresh);
  card.classList.toggle('queued', state.queued);
  const waiting = card.querySelector<HTMLElement>('.waiting');
  if (waiting) waiting.hidden = !state.queued;
  const article = card.firstElementChild as HTMLElement;
  // Roving tabindex: Tab reaches the current card, j/k move between cards.
  article.tabIndex = state.focused ? 0 : -1;
  if (state.focused) card.setAttribute('aria-current', 'true');
  else card.removeAttribute('aria-current');
  const box = card.querySelector<HTMLInputElement>('input.select');
  if (box) box.checked = state.selected;
  card.setAttribute('aria-busy', String(state.busy));
  for (const button of card.querySelectorAll<HTMLButtonElement>('button.decide')) button.disabled = state.busy;
};
