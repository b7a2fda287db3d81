import { h } from '../dom.ts';
import { SHORTCUTS } from '../keyboard.ts';

// A native <dialog>: showModal() traps focus, Esc closes it and focus returns to where it was.
export const helpDialog = (): HTMLDialogElement => {
  const dialog: HTMLDialogElement = h(
    'dialog',
    { class: 'help', 'aria-labelledby': 'help-heading' },
    h('h2', { id: 'help-heading' }, 'Keyboard shortcuts'),
    h(
      'dl',
      {},
      SHORTCUTS.map((s) => [h('dt', {}, s.keys.map((k, i) => [i ? ' or ' : null, h('kbd', {}, k)])), h('dd', {}, s.does)]),
      h('dt', {}, h('kbd', {}, 'Esc')),
      h('dd', {}, 'Close this help or the details panel'),
    ),
    h('p', {}, 'Shortcuts are off while you type in a field.'),
    h('button', { type: 'button', class: 'close', onclick: () => dialog.close() }, 'Close'),
  );
  return dialog;
};
