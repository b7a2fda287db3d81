import { h } from '../dom.ts';

// A native modal <dialog> asking to confirm an action on many comments: it names the count,
// the confirming button repeats it, and Esc or Cancel sends nothing.

export const confirmDialog = (question: string, confirmText: string): Promise<boolean> =>
  new Promise((resolve) => {
    const dialog: HTMLDialogElement = h(
      'dialog',
      { class: 'confirm', 'aria-labelledby': 'confirm-question' },
      h('p', { id: 'confirm-question' }, question),
      h(
        'div',
        { class: 'confirm-buttons' },
        h('button', { type: 'button', class: 'confirm-yes', onclick: () => dialog.close('yes') }, confirmText),
        h('button', { type: 'button', class: 'confirm-no', onclick: () => dialog.close('no') }, 'Cancel'),
      ),
    );
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'yes');
    });
    document.body.append(dialog);
    dialog.showModal();
    // Cancel first: a stray Enter must not decide hundreds of comments.
    dialog.querySelector<HTMLButtonElement>('.confirm-no')!.focus();
  });
