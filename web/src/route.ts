import type { Order, Queue } from './api.ts';

// Which queue is on screen lives in the URL fragment, so a reload or a shared link opens
// the same site, queue and filters (the fragment never reaches a server log).

export interface Route {
  siteId: string;
  status: Queue;
  order: Order;
  postId: string;
  rule: string;
  category: string;
  /** Search (search-box.ts): at most one of these is set. E-mail and IP are kept only as their hashes. */
  q: string;
  author: string;
  emailHash: string;
  ip: string;
  /** An author's view (every comment of one author), from a comment's details, and the name it shows. */
  authorKey: string;
  authorName: string;
}

export const QUEUES: readonly Queue[] = ['pending', 'flagged', 'rejected', 'approved', 'all'];

/** The fragment's names for the route's search and view fields. */
const SEARCH_FIELDS = ['q', 'author', 'emailHash', 'ip', 'authorKey', 'authorName'] as const;

export const parseRoute = (hash: string, sites: readonly string[]): Route => {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const site = p.get('site') ?? '';
  const status = p.get('status') as Queue;
  return {
    siteId: sites.includes(site) ? site : (sites[0] ?? ''),
    status: QUEUES.includes(status) ? status : 'flagged',
    order: p.get('order') === 'newest' ? 'newest' : 'oldest',
    postId: p.get('post') ?? '',
    rule: p.get('rule') ?? '',
    category: p.get('category') ?? '',
    ...(Object.fromEntries(SEARCH_FIELDS.map((f) => [f, p.get(f) ?? ''])) as Pick<Route, (typeof SEARCH_FIELDS)[number]>),
  };
};

export const formatRoute = (r: Route): string => {
  const p = new URLSearchParams({ site: r.siteId, status: r.status });
  if (r.order !== 'oldest') p.set('order', r.order);
  if (r.postId) p.set('post', r.postId);
  if (r.rule) p.set('rule', r.rule);
  if (r.category) p.set('category', r.category);
  for (const f of SEARCH_FIELDS) if (r[f]) p.set(f, r[f]);
  return `#${p}`;
};
