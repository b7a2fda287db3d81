// Keeps a list element's children in step with a list of items by key, touching only what
// changed: an element already in its place (the one holding focus, usually) is never
// detached, so focus and scroll survive a refresh.

export interface Keyed {
  key: string;
  /** A new version replaces the element (a comment's revision, say). */
  version: string;
}

export const reconcile = <T extends Keyed>(list: Element, items: readonly T[], elements: Map<string, HTMLElement>, make: (item: T) => HTMLElement): void => {
  const wanted = new Set(items.map((i) => i.key));
  for (const [key, el] of elements) {
    if (!wanted.has(key)) {
      el.remove();
      elements.delete(key);
    }
  }
  let cursor = list.firstElementChild;
  for (const item of items) {
    let el = elements.get(item.key);
    if (el && el.dataset.version !== item.version) {
      const replacement = make(item);
      el.replaceWith(replacement);
      if (cursor === el) cursor = replacement;
      el = replacement;
    }
    if (!el) el = make(item);
    el.dataset.version = item.version;
    if (el === cursor) cursor = cursor.nextElementSibling;
    else list.insertBefore(el, cursor);
    elements.set(item.key, el);
  }
};
