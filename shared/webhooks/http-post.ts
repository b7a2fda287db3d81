import type { HttpPost } from './delivery.ts';

// The delivery's HTTP call. Redirects are not followed (a receiver that moved must be
// registered again; following them would let a URL send signed events elsewhere), and the
// answer's body is discarded unread: only the status counts.
export const fetchPost: HttpPost = async (url, { headers, body, timeoutMs }) => {
  const response = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  await response.body?.cancel().catch(() => undefined);
  return { statusCode: response.status };
};
