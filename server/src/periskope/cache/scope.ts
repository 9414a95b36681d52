/**
 * The two words every cached answer is made of: the phone {@link Scope} it was asked for (the
 * first part of every cache key, so one phone's data is never served to another) and its
 * {@link Fresh}ness stamp.
 */

/** Scope of one BFF request: the `x-phone` to send (undefined = all phones). */
export interface Scope {
  phone?: string | undefined;
  /**
   * The BFF request asking, for log lines about what its upstream calls met; never part of a cache
   * key.
   */
  requestId?: string | undefined;
}

/** Data plus its freshness: `fetchedAt` epoch ms, `stale` when older than the TTL. */
export interface Fresh {
  fetchedAt: number;
  stale: boolean;
}
