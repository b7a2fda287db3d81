import type { Order } from '../api.ts';
import { h } from '../dom.ts';
import { CATEGORIES, categoryLabel } from '../reasons.ts';

export interface Filters {
  postId: string;
  rule: string;
  category: string;
  order: Order;
}

/** The filters; on a phone they fold away under a "Filters" toggle unless one is in use. */
export const filterForm = (initial: Filters, apply: (filters: Filters) => void): HTMLElement => {
  const post = h('input', { id: 'filter-post', name: 'postId', value: initial.postId, placeholder: 'any post', autocomplete: 'off' });
  const rule = h('input', { id: 'filter-rule', name: 'rule', value: initial.rule, placeholder: 'e.g. spam.links.count', autocomplete: 'off' });
  const category = h(
    'select',
    { id: 'filter-category', name: 'category' },
    h('option', { value: '' }, 'Any'),
    CATEGORIES.map((c) => h('option', { value: c, selected: c === initial.category }, categoryLabel(c))),
  );
  const order = h(
    'select',
    { id: 'filter-order', name: 'order' },
    h('option', { value: 'oldest', selected: initial.order === 'oldest' }, 'Oldest first'),
    h('option', { value: 'newest', selected: initial.order === 'newest' }, 'Newest first'),
  );
  const read = (): Filters => ({ postId: post.value.trim(), rule: rule.value.trim(), category: category.value, order: order.value as Order });
  const field = (id: string, text: string, control: HTMLElement) => h('div', { class: 'field' }, h('label', { for: id }, text), control);
  const form = h(
    'form',
    {
      class: 'filters',
      role: 'search',
      'aria-label': 'Filter the queue',
      onsubmit: (e: SubmitEvent) => {
        e.preventDefault();
        apply(read());
      },
    },
    field('filter-post', 'Post', post),
    field('filter-rule', 'Rule', rule),
    field('filter-category', 'Category', category),
    field('filter-order', 'Order', order),
    h('div', { class: 'field buttons' }, h('button', { type: 'submit' }, 'Filter'), h('button', { type: 'reset' }, 'Clear')),
  );
  // Choosing from a list applies at once; typed filters apply on Enter or the button.
  category.addEventListener('change', () => apply(read()));
  order.addEventListener('change', () => apply(read()));
  form.addEventListener('reset', () => queueMicrotask(() => apply(read())));
  const inUse = Boolean(initial.postId || initial.rule || initial.category || initial.order !== 'oldest');
  const wide = window.matchMedia('(min-width: 701px)').matches;
  return h('details', { class: 'filter-box', open: wide || inUse }, h('summary', {}, inUse ? 'Filters (in use)' : 'Filters'), form);
};
