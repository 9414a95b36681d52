/**
 * Operations endpoints, mounted at the root (not under `/api`, never the SPA fallback):
 * `GET /healthz` (the process is alive; never calls upstream), `GET /readyz` (Periskope answers
 * with our key) and `GET /metrics` (Prometheus text). None of them may be cached.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { PROBLEM_CONTENT_TYPE, problemBody } from '../problem.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { ReadyCheck, ReadyResult } from '../observability/readiness.ts';

export interface HealthOptions {
  metrics: Metrics;
  ready: ReadyCheck;
  /** Running against the built-in simulator; reported by `/readyz`. Default false. */
  demo?: boolean;
}

const NO_STORE = { 'Cache-Control': 'no-store' };

/** @returns the chained sub-app; mount with `app.route('/', healthRoutes(…))` before the SPA */
export function healthRoutes({ metrics, ready, demo = false }: HealthOptions) {
  return new Hono<AppEnv>()
    .get('/healthz', (c) => c.json({ status: 'ok' }, 200, NO_STORE))
    .get('/readyz', async (c) => {
      const result = await ready().catch((): ReadyResult => ({ ok: false, upstream: 'error' }));
      if (result.ok)
        return c.json({ status: 'ready', upstream: result.upstream, demo }, 200, NO_STORE);
      const problem = problemBody(
        {
          status: 503,
          code: 'not_ready',
          title: 'Not ready',
          detail: result.detail ?? "Periskope does not answer with this server's key.",
        },
        c.get('requestId'),
      );
      // RFC 9457 §3.2 extension members: what the upstream said, and whether this is the demo.
      const body = JSON.stringify({ ...problem, upstream: result.upstream, demo });
      return c.body(body, 503, { ...NO_STORE, 'Content-Type': PROBLEM_CONTENT_TYPE });
    })
    .get('/metrics', async (c) =>
      c.body(await metrics.registry.metrics(), 200, {
        ...NO_STORE,
        'Content-Type': metrics.registry.contentType,
      }),
    );
}
