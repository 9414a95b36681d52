/**
 * Counts /v1 requests, in total, by route template (`/v1/chats/:chat_id`) and the 429s served,
 * for tests and benchmarks.
 */
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';

export interface RequestStats {
  /** /v1 requests received (including those that got a fault or a reset). */
  requests: number;
  byRoute: Record<string, number>;
  /** 429 answers served, whether from the enforced limit or the `rateLimited` fault. */
  rateLimited: number;
}

/** @param stats - counters mutated in place (exposed as `Simulator.stats`) */
export function requestStats(stats: RequestStats): MiddlewareHandler {
  return async function simulatorRequestStats(c, next) {
    stats.requests += 1;
    try {
      await next();
      if (c.res.status === 429) stats.rateLimited += 1;
    } finally {
      // The first non-middleware route is the one that answers (static routes are registered
      // before `/chats/:chat_id`), even when auth answered first.
      const key = matchedRoutes(c).find((r) => !r.path.endsWith('*'))?.path ?? '(unmatched)';
      stats.byRoute[key] = (stats.byRoute[key] ?? 0) + 1;
    }
  };
}
