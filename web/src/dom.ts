// The only way the console builds DOM. Strings always become text nodes and attribute
// values go through setAttribute, so comment data can never be parsed as HTML: there is
// deliberately no innerHTML anywhere in web/src.

export type Child = Node | string | number | null | undefined | false | Child[];
type Handler = (event: any) => void;
export type Props = Record<string, string | number | boolean | Handler | null | undefined>;

const append = (parent: Node, child: Child): void => {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) append(parent, c);
    return;
  }
  parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
};

// No URL-carrying attribute may be set from here: nothing the console renders links anywhere.
const FORBIDDEN = new Set(['href', 'src', 'srcdoc', 'action', 'formaction', 'style']);

export const h = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] => {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      if (!name.startsWith('on')) throw new Error(`Handler for ${name} must be named on<event>`);
      el.addEventListener(name.slice(2).toLowerCase(), value);
      continue;
    }
    if (FORBIDDEN.has(name.toLowerCase()) || name.toLowerCase().startsWith('on')) throw new Error(`Refusing to set ${name}`);
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
};

/** Replaces an element's children (text stays text). */
export const replaceChildren = (el: Element, ...children: Child[]): void => {
  el.replaceChildren();
  append(el, children);
};

let nextId = 0;
/** A document-unique id for aria-labelledby and friends. */
export const uniqueId = (prefix: string): string => `${prefix}-${++nextId}`;
