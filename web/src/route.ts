import type { Order, Status } from './api.ts';

// Which queue is on screen lives in the URL fragment, so a reload or a shared link opens
// the same site, queue and filters (the fragment never reaches a server log).

export interface Route {
  siteId: string;
  status: Status;
  order: Order;
  postId: string;
  rule: string;
  category: string;
}

const STATUSES: readonly Status[] = ['flagged', 'rejected', 'approved'];

export const parseRoute = (hash: string, sites: readonly string[]): Route => {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const site = p.get('site') ?? '';
  const status = p.get('status') as Status;
  return {
    siteId: sites.includes(site) ? site : (sites[0] ?? ''),
    status: STATUSES.includes(status) ? status : 'flagged',
    order: p.get('order') === 'newest' ? 'newest' : 'oldest',
    postId: p.get('post') ?? '',
    rule: p.get('rule') ?? '',
    category: p.get('category') ?? '',
  };
};

export const formatRoute = (r: Route): string => {
  const p = new URLSearchParams({ site: r.siteId, status: r.status });
  if (r.order !== 'oldest') p.set('order', r.order);
  if (r.postId) p.set('post', r.postId);
  if (r.rule) p.set('rule', r.rule);
  if (r.category) p.set('category', r.category);
  return `#${p}`;
};
