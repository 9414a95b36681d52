import { describe, expect, it, vi } from 'vitest';
import { manualClock } from '../../test/fake-time.ts';
import { BlockCache } from './block-cache.ts';

const list = Array.from({ length: 2345 }, (_, i) => i);
const loader = () =>
  vi.fn(async (offset: number, limit: number) => list.slice(offset, offset + limit));

describe('BlockCache', () => {
  it('serves consecutive small slices from one upstream block', async () => {
    const cache = new BlockCache<number>({ blockSize: 1000, ttlMs: 60_000 });
    const load = loader();
    const first = await cache.slice('k', 0, 50, load);
    const second = await cache.slice('k', 50, 50, load);
    expect(first).toMatchObject({ items: list.slice(0, 50), next_offset: 50 });
    expect(second.items).toEqual(list.slice(50, 100));
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith(0, 1000, expect.any(Function));
  });

  it('stitches a slice across two blocks and stops at the end of the list', async () => {
    const cache = new BlockCache<number>({ blockSize: 1000, ttlMs: 60_000 });
    const load = loader();
    expect((await cache.slice('k', 980, 50, load)).items).toEqual(list.slice(980, 1030));
    const tail = await cache.slice('k', 2300, 50, load);
    expect(tail).toMatchObject({ items: list.slice(2300), next_offset: null });
    expect(load.mock.calls.map((c) => c[0])).toEqual([0, 1000, 2000]);
  });

  it('coalesces identical concurrent block fetches into one upstream call', async () => {
    const cache = new BlockCache<number>({ blockSize: 1000, ttlMs: 60_000 });
    const load = loader();
    await Promise.all(Array.from({ length: 20 }, (_, i) => cache.slice('k', i * 10, 10, load)));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('holds a memory budget: the least recently used blocks go once their JSON passes maxChars', async () => {
    const cache = new BlockCache<number>({ blockSize: 10, ttlMs: 60_000, maxChars: 10_000 });
    // Each block reports 4,000 characters of upstream JSON: two fit in the budget, three do not.
    const load = vi.fn(async (offset: number, limit: number, onBody?: (chars: number) => void) => {
      onBody?.(4000);
      return list.slice(offset, offset + limit);
    });
    await cache.slice('a', 0, 5, load);
    await cache.slice('b', 0, 5, load);
    await cache.slice('a', 0, 5, load); // a is now the most recently used
    expect(load).toHaveBeenCalledTimes(2);
    await cache.slice('c', 0, 5, load); // over budget: b goes, a stays
    await cache.slice('a', 0, 5, load);
    expect(load).toHaveBeenCalledTimes(3);
    await cache.slice('b', 0, 5, load);
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('keeps lists with different keys (phone scopes, filters) apart', async () => {
    const cache = new BlockCache<number>({ blockSize: 1000, ttlMs: 60_000 });
    await cache.slice('phone-a|chats', 0, 10, async () => [1, 2, 3]);
    expect((await cache.slice('phone-b|chats', 0, 10, async () => [7])).items).toEqual([7]);
  });

  it('ends exactly at a full last block only when the next block is empty', async () => {
    const cache = new BlockCache<number>({ blockSize: 10, ttlMs: 60_000 });
    const twenty = Array.from({ length: 20 }, (_, i) => i);
    const load = vi.fn(async (offset: number, limit: number) =>
      twenty.slice(offset, offset + limit),
    );
    expect((await cache.slice('k', 10, 10, load)).next_offset).toBe(20);
    expect(await cache.slice('k', 20, 10, load)).toMatchObject({ items: [], next_offset: null });
  });

  it('stamps slices with its clock and refetches a block only once it is older than ttlMs', async () => {
    const clock = manualClock();
    const cache = new BlockCache<number>({ blockSize: 10, ttlMs: 1000, now: clock });
    const load = loader();
    const first = await cache.slice('k', 0, 5, load);
    expect(first.fetchedAt).toBe(clock());
    clock.advance(1000);
    expect((await cache.slice('k', 5, 5, load)).fetchedAt).toBe(first.fetchedAt);
    expect(load).toHaveBeenCalledTimes(1);
    clock.advance(1);
    const stale = await cache.slice('k', 0, 5, load); // served stale while the block is refetched
    expect(stale.fetchedAt).toBe(first.fetchedAt);
    await vi.waitFor(async () =>
      expect((await cache.slice('k', 0, 5, load)).fetchedAt).toBe(clock()),
    );
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('serves the last good block when a refresh fails (stale-if-error)', async () => {
    const clock = manualClock();
    const cache = new BlockCache<number>({ blockSize: 10, ttlMs: 1, now: clock });
    await cache.slice('k', 0, 5, async () => [1, 2, 3]);
    clock.advance(5);
    const failing = vi.fn(async () => {
      throw new Error('upstream down');
    });
    expect((await cache.slice('k', 0, 5, failing)).items).toEqual([1, 2, 3]);
    expect(failing).toHaveBeenCalledTimes(1);
  });
});
