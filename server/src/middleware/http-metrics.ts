/**
 * Counts and times every response by method, matched route template and status
 * (`periskope_inbox_http_requests_total`, `…_http_request_duration_seconds`).
 *
 * The route label is the registered path (`/api/chats/:chatId`), never the raw URL, so chat ids,
 * phones and probes of random paths cannot blow up the label set.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Metrics } from '../observability/metrics.ts';
import { afterResponse } from './after-response.ts';

/** Methods kept as they are in the `method` label; anything else is `OTHER`. */
const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * Template of the handler that answered: after `next()`, `routeIndex` points at the last handler
 * that ran. Unmatched paths end on a catch-all middleware (`/*`, `/api/*`), still a template.
 */
function routeLabel(c: Context): string {
  return routePath(c) || 'unmatched';
}

/**
 * @param metrics - where to record; see {@link Metrics}
 * @returns the middleware; mount it first (`app.use(httpMetrics(metrics))`) so it times everything
 */
export function httpMetrics(metrics: Metrics): MiddlewareHandler {
  return async function httpMetricsMiddleware(c, next) {
    const started = performance.now();
    await next();
    const labels = {
      method: KNOWN_METHODS.has(c.req.method) ? c.req.method : 'OTHER',
      route: routeLabel(c),
      status: String(c.res.status),
    };
    // Counted once the answer is written (after-response.ts), so the duration includes the write.
    afterResponse(c, () => {
      metrics.httpRequests.inc(labels);
      metrics.httpRequestDuration.observe(labels, (performance.now() - started) / 1000);
    });
  };
}
