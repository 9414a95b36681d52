/**
 * A filtered page over a {@link BlockCache} list: scans the cached upstream blocks from a raw
 * position and keeps the items that match, so a rare notification type costs no extra upstream
 * calls beyond the blocks any unfiltered reader would load.
 *
 * `offset` and `next_offset` stay positions in the **unfiltered** list (a cursor): a page may
 * hold fewer than `limit` items, even none, while `next_offset` is not null. Readers follow
 * `next_offset` until it is null, as for any list, and report how far a page scanned (`last`) so
 * a person can decide whether to search further: a rare type would otherwise make a reader that
 * follows cursors on its own walk the whole list, `MAX_SCAN` items per request.
 */
import type { BlockCache, BlockLoader, Slice } from './block-cache.ts';

/**
 * Most unfiltered items one request scans: bounds its upstream cost. The scan reads block by
 * block from an unaligned offset, so it touches up to `ceil(MAX_SCAN / blockSize) + 1` blocks:
 * 6 upstream calls with 1,000-item blocks, 4 with 2,000-item blocks, when none is cached.
 */
export const MAX_SCAN = 5_000;

/** A filtered page, plus the last raw item it examined (the oldest, in a newest-first list). */
export interface FilteredSlice<T> extends Slice<T> {
  /** The last item scanned, matching or not; null when nothing was scanned (past the end). */
  last: T | null;
}

/**
 * @param cache - the resource's block cache (its clock stamps a page that scanned nothing)
 * @param listKey - the unfiltered list's cache key (shared with unfiltered readers)
 * @param offset - raw position to start scanning at
 * @param limit - most matches to return
 * @param blockSize - upstream block size (items), so each step reads to a block's end
 * @param load - fetches one upstream block
 * @param matches - the filter
 * @param maxScan - most raw items to scan (default {@link MAX_SCAN})
 * @returns the matches, the raw position after the last scanned item (null at the end), and
 *   that item (`last`)
 * @throws whatever `load` throws when no cached copy exists
 */
export async function filteredSlice<T>(
  cache: BlockCache<T>,
  listKey: string,
  offset: number,
  limit: number,
  blockSize: number,
  load: BlockLoader<T>,
  matches: (item: T) => boolean,
  maxScan = MAX_SCAN,
): Promise<FilteredSlice<T>> {
  const items: T[] = [];
  let last: T | null = null;
  let cursor = offset;
  let fetchedAt = Number.POSITIVE_INFINITY;
  while (cursor - offset < maxScan) {
    const toBlockEnd = blockSize - (cursor % blockSize);
    const chunk = await cache.slice(
      listKey,
      cursor,
      Math.min(toBlockEnd, offset + maxScan - cursor),
      load,
    );
    fetchedAt = Math.min(fetchedAt, chunk.fetchedAt);
    for (const [i, item] of chunk.items.entries()) {
      last = item;
      if (!matches(item)) continue;
      items.push(item);
      // Full page: resume right after this item.
      if (items.length === limit)
        return { items, next_offset: (chunk.positions?.[i] ?? cursor + i) + 1, fetchedAt, last };
    }
    if (chunk.next_offset === null) return { items, next_offset: null, fetchedAt, last };
    cursor = chunk.next_offset;
  }
  return {
    items,
    next_offset: cursor,
    fetchedAt: Number.isFinite(fetchedAt) ? fetchedAt : cache.now(),
    last,
  };
}
