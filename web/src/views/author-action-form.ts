import type { AuthorAction, AuthorActionRequest, CommentDetail } from '../api.ts';
import { h } from '../dom.ts';
import { absoluteTime } from '../time.ts';

// The author's standing on this site, and the form that changes it: trust (always approve),
// pre-moderate (always hold for review) or ban (always reject), until lifted or for some days,
// with a note. The worker applies it to the author's next comments.

const WORDS: Record<AuthorAction['action'], string> = { trust: 'Trusted', premoderate: 'Pre-moderated', ban: 'Banned' };

const EXPIRY: Array<[string, string]> = [
  ['', 'until lifted'],
  ['1', 'for 1 day'],
  ['7', 'for 7 days'],
  ['30', 'for 30 days'],
];

export const authorStanding = (a: AuthorAction | null): string =>
  a ? `${WORDS[a.action]} by ${a.by}${a.expiresAt ? ` until ${absoluteTime(a.expiresAt)}` : ''}${a.note ? `: ${a.note}` : ''}.` : 'No action: the filter decides.';

export const authorActionForm = (detail: CommentDetail, apply: (request: AuthorActionRequest) => Promise<void>): HTMLElement => {
  const standing = h('p', { class: 'author-standing' }, authorStanding(detail.author.action));
  if (!detail.author.actionable) {
    return h('section', { class: 'detail-section author-actions' }, h('h3', {}, 'Author actions'), standing, h('p', { class: 'empty' }, 'This author has no id or e-mail, so no action can be set (anyone can type a name).'));
  }
  const action = h(
    'select',
    { id: 'author-action', 'aria-label': 'Action on this author' },
    h('option', { value: 'none' }, 'No action'),
    h('option', { value: 'trust' }, 'Trust (always approve)'),
    h('option', { value: 'premoderate' }, 'Pre-moderate (always hold)'),
    h('option', { value: 'ban' }, 'Ban (always reject)'),
  );
  action.value = detail.author.action?.action ?? 'none';
  const expiry = h('select', { id: 'author-action-expiry', 'aria-label': 'For how long' }, EXPIRY.map(([value, text]) => h('option', { value }, text)));
  const note = h('input', { id: 'author-action-note', maxlength: 500, placeholder: 'Note (optional)', 'aria-label': 'Note on this author action' });
  const error = h('p', { class: 'error', role: 'alert' });
  const button = h('button', { type: 'submit' }, 'Apply');
  const form = h(
    'form',
    {
      class: 'author-action-form',
      'aria-label': 'Author actions',
      onsubmit: async (event: SubmitEvent) => {
        event.preventDefault();
        error.textContent = '';
        button.disabled = true;
        try {
          await apply({ action: action.value as AuthorActionRequest['action'], ...(expiry.value ? { expiresInDays: Number(expiry.value) } : {}), ...(note.value.trim() ? { note: note.value.trim() } : {}) });
        } catch (e) {
          error.textContent = `Could not change the author's standing: ${(e as Error).message}`;
        } finally {
          button.disabled = false;
        }
      },
    },
    action,
    expiry,
    note,
    button,
  );
  return h('section', { class: 'detail-section author-actions' }, h('h3', {}, 'Author actions'), standing, form, error);
};
