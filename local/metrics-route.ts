import { localCounters } from '../shared/observability/counters.ts';
import type { Fallback } from './gateway.ts';

/**
 * GET /metrics: the metrics the handlers record (the same ones CloudWatch gets as EMF in
 * AWS), in Prometheus text format. Only the local runtime serves this; in AWS the numbers
 * are on the CloudWatch dashboard.
 */
export const metricsRoute = (): Fallback => (req, res) => {
  if (req.method !== 'GET' || new URL(req.url ?? '/', 'http://localhost').pathname !== '/metrics') return false;
  res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
  res.end(localCounters.render());
  return true;
};
