import { personalHash } from '../../../shared/review/personal-hash.ts';
import { h } from '../dom.ts';
import type { Route } from '../route.ts';

// Search within the site: text, author (name or id), or an exact e-mail or IP. An e-mail is
// hashed here and only its hash is sent or kept in the address bar. An IP is sent as typed:
// intake stores no address, only the site's salted key of its network (shared/comments/
// client-ip.ts), which only the server can compute, so the search asks it to.

export type SearchFields = Pick<Route, 'q' | 'author' | 'emailHash' | 'ip'>;
type SearchIn = 'text' | 'author' | 'email' | 'ip';

const PLACEHOLDER: Record<SearchIn, string> = {
  text: 'words in the comment',
  author: 'author name or id',
  email: 'exact e-mail (sent as a hash)',
  ip: 'exact IP address',
};

export const NO_SEARCH: SearchFields = { q: '', author: '', emailHash: '', ip: '' };

export interface SearchBox {
  element: HTMLElement;
  focus(): void;
}

export const searchBox = (initial: SearchFields, apply: (search: SearchFields) => void): SearchBox => {
  const current: SearchIn = initial.author ? 'author' : initial.emailHash ? 'email' : initial.ip ? 'ip' : 'text';
  const field = h(
    'select',
    { id: 'search-in', name: 'searchIn', 'aria-label': 'Search in' },
    (Object.keys(PLACEHOLDER) as SearchIn[]).map((f) =>
      h('option', { value: f, selected: f === current }, { text: 'Text', author: 'Author', email: 'E-mail', ip: 'IP' }[f]),
    ),
  );
  const input = h('input', {
    id: 'search',
    type: 'search',
    name: 'search',
    value: initial.q || initial.author || initial.ip,
    placeholder: initial.emailHash ? 'searching by a hashed e-mail' : PLACEHOLDER[current],
    autocomplete: 'off',
    'aria-label': 'Search this site',
    'aria-keyshortcuts': '/',
  });
  field.addEventListener('change', () => (input.placeholder = PLACEHOLDER[field.value as SearchIn]));
  const read = async (): Promise<SearchFields> => {
    const value = input.value.trim();
    if (!value) return NO_SEARCH;
    switch (field.value as SearchIn) {
      case 'author':
        return { ...NO_SEARCH, author: value };
      case 'email':
        return { ...NO_SEARCH, emailHash: await personalHash('email', value) };
      case 'ip':
        return { ...NO_SEARCH, ip: value };
      default:
        return { ...NO_SEARCH, q: value };
    }
  };
  const form = h(
    'form',
    {
      class: 'search',
      role: 'search',
      'aria-label': 'Search comments',
      onsubmit: (e: SubmitEvent) => {
        e.preventDefault();
        void read().then(apply);
      },
    },
    field,
    input,
    h('button', { type: 'submit' }, 'Search'),
  );
  // Esc in the box leaves it; a cleared box (the search input's own ×) ends the search.
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') input.blur();
  });
  input.addEventListener('search', () => {
    if (!input.value) apply(NO_SEARCH);
  });
  return { element: form, focus: () => input.focus() };
};
