/**
 * Tells the browser how old the data is: the `Age` header (RFC 9111 §5.1, seconds since the
 * data was fetched from Periskope) on every answer, and `stale`/`fetched_at` in list bodies so
 * the UI can mark data shown from cache while Periskope is unavailable or rate-limited.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { Fresh } from '../periskope/index.ts';

/**
 * Sets `Age` (whole seconds, on the service's clock, `c.var.periskope.now`) and returns the body
 * fields of a list answer.
 * @returns `{ stale, fetched_at }` with `fetched_at` as ISO 8601
 */
export function freshness(c: Context<AppEnv>, data: Fresh) {
  const age = Math.floor((c.var.periskope.now() - data.fetchedAt) / 1000);
  c.header('Age', String(Math.max(0, age)));
  return { stale: data.stale, fetched_at: new Date(data.fetchedAt).toISOString() };
}
