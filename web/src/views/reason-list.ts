import type { Reason } from '../api.ts';
import { h } from '../dom.ts';
import { describeReason } from '../reasons.ts';

export const reasonList = (reasons: readonly Reason[]): HTMLElement =>
  reasons.length
    ? h(
        'ul',
        { class: 'reasons', 'aria-label': 'Why it was flagged' },
        reasons.map((reason) => {
          const r = describeReason(reason);
          return h(
            'li',
            { class: `reason cat-${reason.category.replace(/[^a-z-]/g, '')}` },
            h('strong', {}, r.heading),
            ': ',
            r.detail,
            r.where ? ` (${r.where})` : null,
            ' ',
            h('code', { class: 'rule' }, r.rule),
          );
        }),
      )
    : h('p', { class: 'reasons none' }, 'No reasons recorded.');
