/**
 * Fixed-window rate limit per API key (docs/periskope-api.md#lists "Rate limit headers"):
 * `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` (absolute epoch seconds of
 * the window end, ≈ Date + 2 s in every documented example) on every /v1 response, as strings. When
 * enforced, a request beyond `limit` gets 429 + `Retry-After` (seconds). Periskope documents no
 * 429: status, body and Retry-After are our assumption of a sane upstream. A forced 429 (fault)
 * says `Remaining: 0` and `Reset` = now + its Retry-After.
 */
import type { MiddlewareHandler } from 'hono';
import { RATE_LIMITED } from '../http/errors.ts';

export interface RateLimitOptions {
  /** Requests per window (default 10). */
  limit: number;
  /** Window length in ms (default 2000). */
  windowMs: number;
  /** Answer 429 beyond the limit (default false: headers only). Read on every request. */
  enforce: boolean;
  /**
   * Non-null: answer 429 now, whatever the count (the `rateLimited` fault). Read on every request.
   */
  forced?: () => { retryAfterSeconds: number } | null;
  /** Clock in epoch ms (tests). Default Date.now. */
  clock?: () => number;
}

interface Window {
  startMs: number;
  count: number;
}

/** Drops expired windows (keys seen once, e.g. wrong keys in a load test). */
function prune(windows: Map<string, Window>, now: number, windowMs: number): void {
  for (const [key, w] of windows) if (now >= w.startMs + windowMs) windows.delete(key);
}

/** Fixed-window limiter keyed by the Authorization header value. */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const clock = options.clock ?? Date.now;
  const windows = new Map<string, Window>();
  return async function simulatorRateLimit(c, next) {
    const key = c.req.header('authorization') ?? '';
    const now = clock();
    let w = windows.get(key);
    if (!w || now >= w.startMs + options.windowMs) {
      if (windows.size > 1000) prune(windows, now, options.windowMs);
      w = { startMs: now, count: 0 };
      windows.set(key, w);
    }
    w.count += 1;
    const endMs = w.startMs + options.windowMs;
    const headers = {
      'X-RateLimit-Limit': String(options.limit),
      'X-RateLimit-Remaining': String(Math.max(0, options.limit - w.count)),
      'X-RateLimit-Reset': String(Math.ceil(endMs / 1000)),
    };
    const forced = options.forced?.();
    if (forced) {
      const seconds = Math.max(0, Math.ceil(forced.retryAfterSeconds));
      const reset = String(Math.ceil(now / 1000) + seconds);
      return c.json(RATE_LIMITED, 429, {
        ...headers,
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': reset,
        'Retry-After': String(seconds),
      });
    }
    if (options.enforce && w.count > options.limit) {
      const retryAfter = String(Math.max(1, Math.ceil((endMs - now) / 1000)));
      return c.json(RATE_LIMITED, 429, { ...headers, 'Retry-After': retryAfter });
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
