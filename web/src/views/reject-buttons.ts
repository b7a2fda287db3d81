import type { RejectReason } from '../api.ts';
import { h } from '../dom.ts';
import { REJECT_REASONS } from '../reject-reasons.ts';

// "Reject as: Spam | Abuse | Other": a reject is always one click that says why.

export const rejectButtons = (options: {
  /** Visible text before the buttons. */
  lead: string;
  /** Each button's accessible name, e.g. "Reject as spam: comment by Sam on hello-world". */
  nameFor(reason: RejectReason, label: string): string;
  reject(reason: RejectReason): void;
  disabled?: boolean;
}): HTMLElement =>
  h(
    'span',
    { class: 'reject-reasons', role: 'group', 'aria-label': options.lead },
    h('span', { class: 'reject-lead', 'aria-hidden': 'true' }, options.lead),
    REJECT_REASONS.map((choice) =>
      h(
        'button',
        {
          type: 'button',
          class: 'decide reject',
          'data-action': 'reject',
          'data-reason': choice.reason,
          title: `${choice.label}: ${choice.does} (key ${choice.key})`,
          'aria-label': options.nameFor(choice.reason, choice.label.toLowerCase()),
          disabled: options.disabled ?? false,
          onclick: () => options.reject(choice.reason),
        },
        choice.label,
      ),
    ),
  );
