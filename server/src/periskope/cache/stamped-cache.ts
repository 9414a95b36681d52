/**
 * lru-cache configured the way every upstream cache of the BFF needs it, storing values with
 * the time they were fetched from Periskope:
 * - identical in-flight fetches are coalesced (`LRUCache.fetch`);
 * - after `ttlMs` a value is served stale once while it is refreshed (stale-while-revalidate);
 * - when a refresh fails the last good copy is served (stale-if-error);
 * - with nothing cached, the upstream error is thrown, not swallowed.
 */
import { LRUCache } from 'lru-cache';
import { systemClock, type Clock } from '../../clock.ts';

/** A cached value, when it was fetched (epoch ms) and the length of its upstream JSON. */
export interface Stamped<V> {
  value: V;
  fetchedAt: number;
  /** Characters of upstream JSON the value was parsed from (0 when the loader did not say). */
  chars: number;
}

/**
 * `hit` fresh, `miss` fetched now, `stale` served past its TTL, `coalesced` joined an in-flight
 * fetch.
 */
export type CacheResult = 'hit' | 'miss' | 'stale' | 'coalesced';

export interface StampedCacheOptions {
  /** Freshness, ms. */
  ttlMs: number;
  /** Entries kept. */
  max: number;
  /**
   * Budget of upstream JSON kept, in characters (≈ bytes): the least recently used entries go
   * first. Parsed values take roughly 3× their JSON on the heap. Default: no budget, `max` only.
   */
  maxChars?: number | undefined;
  /** Called once per lookup, for metrics. */
  onResult?: (result: CacheResult) => void;
  /**
   * Clock of the entries, epoch ms: stamps `fetchedAt` and, when given, ages entries against
   * `ttlMs` too (read on every check). Default: `fetchedAt` from `Date.now()`, ages from
   * lru-cache's own monotonic `performance.now()`.
   */
  now?: Clock | undefined;
}

/**
 * The upstream call behind an entry. It reports the length of each JSON body it parsed through
 * `onBody` (see `GetOptions.onBody`), which sizes the entry.
 */
export type Loader<V> = (onBody: (chars: number) => void) => Promise<V>;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- lru-cache's own bound on values: non-nullish
export class StampedCache<V extends {}> {
  readonly #cache: LRUCache<string, Stamped<V>, Loader<V>>;
  readonly #onResult: StampedCacheOptions['onResult'];

  constructor(options: StampedCacheOptions) {
    this.#onResult = options.onResult;
    const now = options.now ?? systemClock;
    this.#cache = new LRUCache<string, Stamped<V>, Loader<V>>({
      max: options.max,
      ...(options.maxChars
        ? {
            maxSize: options.maxChars,
            sizeCalculation: (stamped: Stamped<V>) => Math.max(1, stamped.chars),
          }
        : {}),
      ttl: Math.max(1, options.ttlMs),
      // An injected clock ages entries too, read on every check (lru-cache otherwise keeps a read
      // for `ttlResolution` ms of real time, which a test moving time by hand would not see).
      ...(options.now ? { perf: { now: options.now }, ttlResolution: 0 } : {}),
      allowStale: true,
      noDeleteOnStaleGet: true,
      allowStaleOnFetchRejection: true,
      fetchMethod: async (_key, _stale, { context }) => {
        let chars = 0;
        const value = await context((n) => {
          chars += n;
        });
        return { value, fetchedAt: now(), chars };
      },
    });
  }

  /** Characters of upstream JSON held (counted only under a `maxChars` budget, else 0). */
  get chars(): number {
    return this.#cache.calculatedSize;
  }

  /**
   * @param key - must include the phone scope
   * @param load - the upstream call, run only on a miss or a refresh
   * @throws the loader's error when nothing cached can be served
   */
  async get(key: string, load: Loader<V>): Promise<Stamped<V>> {
    const status: LRUCache.Status<string, Stamped<V>, Loader<V>> = {};
    const stamped = await this.#cache.fetch(key, { context: load, status });
    if (stamped === undefined) throw status.fetchError ?? new Error(`no value for ${key}`);
    this.#onResult?.(
      status.returnedStale
        ? 'stale'
        : status.fetch === 'inflight'
          ? 'coalesced'
          : status.fetch === 'hit'
            ? 'hit'
            : 'miss',
    );
    return stamped;
  }
}
