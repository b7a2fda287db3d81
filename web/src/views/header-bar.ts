import { h } from '../dom.ts';

export interface HeaderHandlers {
  pickSite(siteId: string): void;
  help(): void;
  signOut(): void;
}

export const headerBar = (username: string, sites: readonly string[], siteId: string, on: HeaderHandlers): HTMLElement =>
  h(
    'header',
    { class: 'top' },
    h('h1', { class: 'brand' }, 'Sieve'),
    h(
      'div',
      { class: 'site-pick' },
      h('label', { for: 'site' }, 'Site'),
      h(
        'select',
        { id: 'site', onchange: (e: Event) => on.pickSite((e.target as HTMLSelectElement).value) },
        sites.map((s) => h('option', { value: s, selected: s === siteId }, s)),
      ),
    ),
    h(
      'div',
      { class: 'who' },
      h('span', { class: 'username', title: 'Signed in as' }, username),
      h('button', { type: 'button', class: 'help-button', onclick: () => on.help(), 'aria-keyshortcuts': '?', title: 'Keyboard shortcuts (?)' }, 'Shortcuts'),
      h('button', { type: 'button', class: 'sign-out', onclick: () => on.signOut() }, 'Sign out'),
    ),
  );
