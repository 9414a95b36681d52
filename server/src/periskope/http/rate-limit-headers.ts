/**
 * Reading "when may I call again" from an upstream response, in one place for the client (the
 * `Retry-After` it reports) and the limiter (how long it pauses).
 */

/** The part of an upstream answer read here: a WHATWG `Response` or the client's own. */
export interface HeaderSource {
  headers: { get(name: string): string | null };
}

/** `Retry-After` in ms (RFC 9110 §10.2.3: delay-seconds or an HTTP date), or null. */
export function retryAfterMs(response: HeaderSource, nowMs = Date.now()): number | null {
  const header = response.headers.get('retry-after');
  if (!header) return null;
  const ms = /^\d+$/.test(header) ? Number(header) * 1000 : Date.parse(header) - nowMs;
  return Number.isFinite(ms) ? Math.max(0, ms) : null;
}

/**
 * Time until `X-RateLimit-Reset` (absolute epoch seconds, docs/periskope-api.md#lists) in ms,
 * measured against the response's own `Date` header when present so our clock's skew does not
 * matter.
 */
export function untilResetMs(response: HeaderSource, nowMs = Date.now()): number | null {
  const reset = Number(response.headers.get('x-ratelimit-reset') ?? Number.NaN);
  if (!Number.isFinite(reset) || reset <= 0) return null;
  const date = Date.parse(response.headers.get('date') ?? '');
  return Math.max(0, reset * 1000 - (Number.isNaN(date) ? nowMs : date));
}
