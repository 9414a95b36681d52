/**
 * Serves small slices out of large cached upstream pages ("blocks").
 *
 * Periskope allows ~10 requests per 2 s per key (periskope-api.md §2), so the UI's pages of 50
 * are cut from upstream blocks of up to 2,000 items held in a {@link StampedCache}: an agent
 * scrolling costs one upstream call per block, and identical in-flight block fetches coalesce.
 */
import { StampedCache, type CacheResult } from './stamped-cache.ts';

export interface BlockCacheOptions {
  /** Items per upstream call (≤ 2000). */
  blockSize: number;
  /** Time a block is fresh, in ms; after it, it is served stale once while refetched. */
  ttlMs: number;
  /** Maximum number of blocks kept (each up to `blockSize` items). Default 200. */
  maxBlocks?: number;
  /** Budget of upstream JSON kept, characters (≈ bytes); see `StampedCacheOptions.maxChars`. */
  maxChars?: number | undefined;
  onResult?: (result: CacheResult) => void;
}

/**
 * Loads one upstream block: `limit` items from `offset`, reporting the JSON length it parsed
 * through `onBody` (the block's size in the cache budget).
 */
export type BlockLoader<T> = (offset: number, limit: number, onBody?: (chars: number) => void) => Promise<T[]>;

export interface Slice<T> {
  items: T[];
  /** Offset of the next slice, or null at the end of the list. */
  next_offset: number | null;
  /** When the oldest block of this slice was fetched from Periskope (epoch ms). */
  fetchedAt: number;
}

/** Cache of upstream blocks of one resource type. */
export class BlockCache<T> {
  readonly #cache: StampedCache<T[]>;
  readonly #blockSize: number;

  constructor(options: BlockCacheOptions) {
    this.#blockSize = options.blockSize;
    this.#cache = new StampedCache<T[]>({ ttlMs: options.ttlMs, max: options.maxBlocks ?? 200, maxChars: options.maxChars, onResult: options.onResult });
  }

  /** Characters of upstream JSON held (under a `maxChars` budget, else 0). */
  get chars(): number {
    return this.#cache.chars;
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
    let fetchedAt = Number.POSITIVE_INFINITY;
    for (let index = first; index <= last; index++) {
      const block = await this.#cache.get(`${listKey}#${index}`, (onBody) => load(index * this.#blockSize, this.#blockSize, onBody));
      blocks.push(block.value);
      fetchedAt = Math.min(fetchedAt, block.fetchedAt);
      if (block.value.length < this.#blockSize) break; // end of the list
    }
    const start = offset - first * this.#blockSize;
    const items = blocks.flat().slice(start, start + limit);
    const lastBlock = blocks[blocks.length - 1] ?? [];
    const endKnown = lastBlock.length < this.#blockSize;
    const end = (first + blocks.length - 1) * this.#blockSize + lastBlock.length;
    const next = offset + items.length;
    return { items, next_offset: items.length === limit && (!endKnown || next < end) ? next : null, fetchedAt: Number.isFinite(fetchedAt) ? fetchedAt : Date.now() };
  }
}
