import type { Order } from '../api.ts';
import { h } from '../dom.ts';
import { CATEGORIES, categoryLabel } from '../reasons.ts';
import { RULES } from '../../../shared/engine/rules.ts';

/**
 * The rule filter offers the rules that exist (the engine's registry, grouped by category),
 * so a typo cannot make a queue look empty; a rule named by a link that the registry no
 * longer holds stays choosable, so the link still shows what it meant.
 */
const ruleSelect = (current: string): HTMLSelectElement => {
  const byCategory = new Map<string, Array<[string, string]>>();
  for (const [id, info] of Object.entries(RULES)) {
    if (info.kind === 'adjustment') continue; // a note on other scores, never a reason a comment is listed for
    byCategory.set(info.category, [...(byCategory.get(info.category) ?? []), [id, info.description]]);
  }
  const known = Object.hasOwn(RULES, current);
  return h(
    'select',
    { id: 'filter-rule', name: 'rule' },
    h('option', { value: '' }, 'Any rule'),
    current && !known ? h('option', { value: current, selected: true }, current) : null,
    [...byCategory].map(([category, rules]) =>
      h('optgroup', { label: categoryLabel(category) }, rules.map(([id, description]) => h('option', { value: id, title: description, selected: id === current }, id))),
    ),
  );
};

export interface Filters {
  postId: string;
  rule: string;
  category: string;
  order: Order;
}

/** The filters; on a phone they fold away under a "Filters" toggle unless one is in use. */
export const filterForm = (initial: Filters, apply: (filters: Filters) => void): HTMLElement => {
  const post = h('input', { id: 'filter-post', name: 'postId', value: initial.postId, placeholder: 'any post', autocomplete: 'off' });
  const rule = ruleSelect(initial.rule);
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
  rule.addEventListener('change', () => apply(read()));
  order.addEventListener('change', () => apply(read()));
  // Clear means no filters, not the ones the page opened with (a form reset would restore those).
  form.addEventListener('reset', (e) => {
    e.preventDefault();
    post.value = '';
    rule.value = '';
    category.value = '';
    order.value = 'oldest';
    apply(read());
  });
  const inUse = Boolean(initial.postId || initial.rule || initial.category || initial.order !== 'oldest');
  const wide = window.matchMedia('(min-width: 701px)').matches;
  return h('details', { class: 'filter-box', open: wide || inUse }, h('summary', {}, inUse ? 'Filters (in use)' : 'Filters'), form);
};
