/**
 * Counts /v1 requests, in total and by route template (`/v1/chats/:chat_id`), for tests and
 * benchmarks.
 */
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';

export interface RequestStats {
  requests: number;
  byRoute: Record<string, number>;
}

/** @param stats - counters mutated in place (exposed as `Simulator.stats`) */
export function requestStats(stats: RequestStats): MiddlewareHandler {
  return async function simulatorRequestStats(c, next) {
    stats.requests += 1;
    await next();
    // The first non-middleware route is the one that answers (static routes are registered
    // before `/chats/:chat_id`), even when auth answered first.
    const key = matchedRoutes(c).find((r) => !r.path.endsWith('*'))?.path ?? '(unmatched)';
    stats.byRoute[key] = (stats.byRoute[key] ?? 0) + 1;
  };
}
