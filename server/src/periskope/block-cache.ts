/**
 * Serves small slices out of large cached upstream pages ("blocks").
 *
 * Periskope allows ~10 requests per 2 s per key (periskope-api.md §2), so the UI's pages of 50
 * are cut from upstream blocks of up to 2,000 items held in an lru-cache: an agent scrolling costs
 * one upstream call per block, identical in-flight block fetches are coalesced by
 * `LRUCache.fetch`, and a stale block is served while it is refreshed in the background.
 */
import { LRUCache } from 'lru-cache';

export interface BlockCacheOptions {
  /** Items per upstream call (≤ 2000). */
  blockSize: number;
  /** Time a block is fresh, in ms; after it, it is served stale once while refetched. */
  ttlMs: number;
  /** Maximum number of blocks kept (each up to `blockSize` items). Default 200. */
  maxBlocks?: number;
}

/** Loads one upstream block: `limit` items from `offset`. */
export type BlockLoader<T> = (offset: number, limit: number, signal: AbortSignal) => Promise<T[]>;

export interface Slice<T> {
  items: T[];
  /** Offset of the next slice, or null at the end of the list. */
  next_offset: number | null;
}

/**
 * `LRUCache.fetch` resolves `undefined` when the fetch fails and there is no stale copy
 * (`allowStaleOnFetchRejection`); turn that back into the upstream error.
 * @throws the loader's error when nothing cached can be served
 */
export async function fetchOrThrow<V extends {}, A extends unknown[]>(
  cache: LRUCache<string, V, (...args: A) => Promise<V>>,
  key: string,
  context: (...args: A) => Promise<V>,
): Promise<V> {
  const status: LRUCache.Status<string, V, (...args: A) => Promise<V>> = {};
  const value = await cache.fetch(key, { context, status });
  if (value !== undefined) return value;
  throw status.fetchError ?? new Error(`no value for ${key}`);
}

/** Cache of upstream blocks of one resource type. */
export class BlockCache<T> {
  readonly #cache: LRUCache<string, T[], BlockLoader<T>>;
  readonly #blockSize: number;

  constructor(options: BlockCacheOptions) {
    this.#blockSize = options.blockSize;
    this.#cache = new LRUCache<string, T[], BlockLoader<T>>({
      max: options.maxBlocks ?? 200,
      ttl: Math.max(1, options.ttlMs),
      allowStale: true,
      noDeleteOnStaleGet: true,
      allowStaleOnFetchRejection: true,
      fetchMethod: async (key, _stale, { signal, context }) => {
        const index = Number(key.slice(key.lastIndexOf('#') + 1));
        return context(index * this.#blockSize, this.#blockSize, signal);
      },
    });
  }

  /**
   * Returns `limit` items from `offset` of the list identified by `listKey`.
   * @param listKey - resource + phone scope + filters; two callers with equal keys share blocks
   * @param load - fetches one block from upstream
   * @throws whatever `load` throws when no cached copy exists
   */
  async slice(listKey: string, offset: number, limit: number, load: BlockLoader<T>): Promise<Slice<T>> {
    const first = Math.floor(offset / this.#blockSize);
    const last = Math.floor((offset + limit - 1) / this.#blockSize);
    const blocks: T[][] = [];
    for (let index = first; index <= last; index++) {
      const block = await fetchOrThrow(this.#cache, `${listKey}#${index}`, load);
      blocks.push(block);
      if (block.length < this.#blockSize) break; // end of the list
    }
    const start = offset - first * this.#blockSize;
    const items = blocks.flat().slice(start, start + limit);
    const lastBlock = blocks[blocks.length - 1] ?? [];
    const endKnown = lastBlock.length < this.#blockSize;
    const end = (first + blocks.length - 1) * this.#blockSize + lastBlock.length;
    const next = offset + items.length;
    return { items, next_offset: items.length === limit && (!endKnown || next < end) ? next : null };
  }

  /** Drops every cached block (tests, manual refresh). */
  clear(): void {
    this.#cache.clear();
  }
}
