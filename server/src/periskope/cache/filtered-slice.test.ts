/** Filtered pages over cached blocks: every match once, raw cursors, a bounded scan. */
import { describe, expect, it } from 'vitest';
import { BlockCache } from './block-cache.ts';
import { filteredSlice } from './filtered-slice.ts';

const LIST = Array.from({ length: 95 }, (_, i) => i);
const setup = () => {
  const loads: number[] = [];
  const cache = new BlockCache<number>({ blockSize: 10, ttlMs: 60_000 });
  const load = async (offset: number, limit: number) => (
    loads.push(offset),
    LIST.slice(offset, offset + limit)
  );
  return { cache, load, loads };
};

describe('filteredSlice', () => {
  it('pages through every match once, across block boundaries, with raw cursors', async () => {
    const { cache, load } = setup();
    const seen: number[] = [];
    for (let offset: number | null = 0; offset !== null;) {
      const s: { items: number[]; next_offset: number | null } = await filteredSlice(
        cache,
        'k',
        offset,
        4,
        10,
        load,
        (n) => n % 7 === 0,
      );
      seen.push(...s.items);
      offset = s.next_offset;
    }
    expect(seen).toEqual(LIST.filter((n) => n % 7 === 0));
  });

  it('stops after maxScan raw items with a partial page and a cursor', async () => {
    const { cache, load, loads } = setup();
    const s = await filteredSlice(cache, 'k', 3, 5, 10, load, (n) => n === 90, 25);
    // `last`: the last raw item examined, so the caller can say how far back it searched.
    expect(s).toMatchObject({ items: [], next_offset: 28, last: 27 });
    expect(loads).toEqual([0, 10, 20]);
    const rest = await filteredSlice(cache, 'k', 28, 5, 10, load, (n) => n === 90, 100);
    expect(rest).toMatchObject({ items: [90], next_offset: null, last: 94 });
  });

  it('reports the last item examined on a full page, and null past the end', async () => {
    const { cache, load } = setup();
    expect(await filteredSlice(cache, 'k', 0, 2, 10, load, (n) => n % 7 === 0)).toMatchObject({
      items: [0, 7],
      next_offset: 8,
      last: 7,
    });
    expect(await filteredSlice(cache, 'k', 95, 2, 10, load, () => true)).toMatchObject({
      items: [],
      next_offset: null,
      last: null,
    });
  });

  it('touches at most ceil(maxScan / blockSize) + 1 blocks from an unaligned offset', async () => {
    const { cache, load, loads } = setup();
    await filteredSlice(cache, 'k', 5, 5, 10, load, () => false, 50);
    expect(loads).toEqual([0, 10, 20, 30, 40, 50]);
  });
});
