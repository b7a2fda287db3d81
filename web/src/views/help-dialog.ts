import { h } from '../dom.ts';
import { SHORTCUTS } from '../keyboard.ts';
import { REJECT_REASONS } from '../reject-reasons.ts';

// A native <dialog>: showModal() traps focus, Esc closes it and focus returns to where it was.
export const helpDialog = (): HTMLDialogElement => {
  const dialog: HTMLDialogElement = h(
    'dialog',
    { class: 'help', 'aria-labelledby': 'help-heading' },
    h('h2', { id: 'help-heading' }, 'Keyboard shortcuts'),
    h(
      'dl',
      {},
      SHORTCUTS.map((s) => [
        h('dt', {}, s.keys.map((k, i) => [i ? ' or ' : null, h('kbd', {}, k)])),
        h('dd', {}, s.does),
        s.command === 'reject'
          ? REJECT_REASONS.map((r) => [h('dt', { class: 'then' }, h('kbd', {}, 'r'), ' then ', h('kbd', {}, r.key)), h('dd', {}, `Reject as ${r.label.toLowerCase()}: ${r.does}`)])
          : null,
      ]),
      h('dt', {}, h('kbd', {}, 'Esc')),
      h('dd', {}, 'Close this help or the details panel'),
    ),
    h('p', {}, 'Shortcuts are off while you type in a field. After r, Esc or any other key cancels the reject.'),
    h('button', { type: 'button', class: 'close', onclick: () => dialog.close() }, 'Close'),
  );
  return dialog;
};
