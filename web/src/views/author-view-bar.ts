import type { RejectReason } from '../api.ts';
import { h } from '../dom.ts';
import { rejectButtons } from './reject-buttons.ts';

// Above an author's view (every comment of one author, in every queue): whose comments
// these are, the way back, and one action on all of them that still wait for a decision.

export const authorViewBar = (name: string, on: { back(): void; rejectPending(reason: RejectReason): void }): HTMLElement =>
  h(
    'section',
    { class: 'author-view', 'aria-label': `Comments by ${name}` },
    h('h2', {}, `All comments by ${name}`),
    rejectButtons({ lead: 'Reject all pending as', nameFor: (_, reason) => `Reject all pending as ${reason}`, reject: (reason) => on.rejectPending(reason) }),
    h('button', { type: 'button', class: 'back', onclick: () => on.back() }, 'Back to the queue'),
  );
