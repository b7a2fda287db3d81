import { h } from '../dom.ts';

export interface SignInHandlers {
  submit(credentials: { username: string; password: string }): Promise<void>;
}

/** The sign-in form; `message` explains why it is shown (signed out, session ended). */
export const signInForm = (on: SignInHandlers, message: string | null): HTMLElement => {
  const error = h('p', { class: 'error', role: 'alert', id: 'sign-in-error' });
  const username = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: 'false' });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true, 'aria-describedby': 'sign-in-error' });
  const button = h('button', { type: 'submit' }, 'Sign in');
  const form = h(
    'form',
    {
      class: 'sign-in',
      'aria-labelledby': 'sign-in-heading',
      onsubmit: async (event: SubmitEvent) => {
        event.preventDefault();
        error.textContent = '';
        button.disabled = true;
        button.textContent = 'Signing in…';
        try {
          await on.submit({ username: username.value.trim(), password: password.value });
        } catch (e) {
          error.textContent = (e as Error).message;
          password.select();
        } finally {
          button.disabled = false;
          button.textContent = 'Sign in';
        }
      },
    },
    h('h1', { id: 'sign-in-heading' }, 'Sieve moderation'),
    message ? h('p', { class: 'notice', role: 'status' }, message) : null,
    h('label', { for: 'username' }, 'Username'),
    username,
    h('label', { for: 'password' }, 'Password'),
    password,
    error,
    button,
  );
  return h('main', { class: 'sign-in-page' }, form);
};
