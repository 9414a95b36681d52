/**
 * Serves small slices out of large cached upstream pages ("blocks").
 *
 * Periskope allows ~10 requests per 2 s per key (docs/periskope-api.md#lists), so the UI's pages of
 * 50 are cut from upstream blocks of up to 2,000 items held in a {@link StampedCache}: an agent
 * scrolling costs one upstream call per block, and identical in-flight block fetches coalesce.
 */
import { systemClock, type Clock } from '../../clock.ts';
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
  /**
   * Clock of the blocks, epoch ms: stamps `fetchedAt` and ages blocks against `ttlMs`; see
   * `StampedCacheOptions.now`. Default: the system clock.
   */
  now?: Clock | undefined;
}

/**
 * Loads one upstream block: `limit` items from `offset`, one slot per upstream item (`null` where
 * an item could not be read, so positions stay exact), reporting the JSON length it parsed
 * through `onBody` (the block's size in the cache budget).
 */
export type BlockLoader<T> = (
  offset: number,
  limit: number,
  onBody?: (chars: number) => void,
) => Promise<(T | null)[]>;

export interface Slice<T> {
  /** The readable items of the slice (unreadable upstream items are left out). */
  items: T[];
  /** Offset of the next slice (an upstream position), or null at the end of the list. */
  next_offset: number | null;
  /**
   * Upstream position of each item, present only when an unreadable item was left out (else the
   * item at index i sits at `offset + i`).
   */
  positions?: number[];
  /** When the oldest block of this slice was fetched from Periskope (epoch ms). */
  fetchedAt: number;
}

/** Cache of upstream blocks of one resource type. */
export class BlockCache<T> {
  readonly #cache: StampedCache<(T | null)[]>;
  readonly #blockSize: number;
  /** The clock this cache stamps blocks with (epoch ms); `filteredSlice` stamps with it too. */
  readonly now: Clock;

  constructor(options: BlockCacheOptions) {
    this.#blockSize = options.blockSize;
    this.now = options.now ?? systemClock;
    this.#cache = new StampedCache<(T | null)[]>({
      ttlMs: options.ttlMs,
      max: options.maxBlocks ?? 200,
      maxChars: options.maxChars,
      onResult: options.onResult,
      now: options.now,
    });
  }

  /** Characters of upstream JSON held (under a `maxChars` budget, else 0). */
  get chars(): number {
    return this.#cache.chars;
  }

  /**
   * Returns the items at upstream positions `offset` … `offset + limit - 1` of the list identified
   * by `listKey`; an unreadable item leaves its position empty, so a slice may hold fewer than
   * `limit` items while `next_offset` is not null.
   * @param listKey - resource + phone scope + filters; two callers with equal keys share blocks
   * @param load - fetches one block from upstream
   * @throws whatever `load` throws when no cached copy exists
   */
  async slice(
    listKey: string,
    offset: number,
    limit: number,
    load: BlockLoader<T>,
  ): Promise<Slice<T>> {
    const first = Math.floor(offset / this.#blockSize);
    const last = Math.floor((offset + limit - 1) / this.#blockSize);
    const blocks: (T | null)[][] = [];
    let fetchedAt = Number.POSITIVE_INFINITY;
    for (let index = first; index <= last; index++) {
      const block = await this.#cache.get(`${listKey}#${index}`, (onBody) =>
        load(index * this.#blockSize, this.#blockSize, onBody),
      );
      blocks.push(block.value);
      fetchedAt = Math.min(fetchedAt, block.fetchedAt);
      if (block.value.length < this.#blockSize) break; // end of the list
    }
    const start = offset - first * this.#blockSize;
    const slots = blocks.flat().slice(start, start + limit);
    const lastBlock = blocks[blocks.length - 1] ?? [];
    const endKnown = lastBlock.length < this.#blockSize;
    const end = (first + blocks.length - 1) * this.#blockSize + lastBlock.length;
    const next = offset + slots.length;
    const items = slots.filter((item): item is T => item !== null);
    const slice: Slice<T> = {
      items,
      next_offset: slots.length === limit && (!endKnown || next < end) ? next : null,
      fetchedAt: Number.isFinite(fetchedAt) ? fetchedAt : this.now(),
    };
    if (items.length < slots.length)
      slice.positions = slots.flatMap((item, i) => (item === null ? [] : [offset + i]));
    return slice;
  }
}
