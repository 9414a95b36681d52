import { describe, expect, it } from 'vitest';
import { instantOf, mergeTimelines, neighbourTimes } from './timeline.ts';

interface Item {
  id: string;
  t: number;
}
const timeOf = (i: Item) => i.t;
const items = (...ts: number[]) => ts.map((t) => ({ id: `x${t}`, t }));

describe('mergeTimelines', () => {
  it('merges complete streams oldest → newest', () => {
    const merged = mergeTimelines(
      [
        { items: items(9, 5, 1), hasOlder: false },
        { items: items(6, 2), hasOlder: false },
      ],
      timeOf,
    );
    expect(merged.items.map((i) => i.t)).toEqual([1, 2, 5, 6, 9]);
    expect(merged.hasOlder).toBe(false);
    expect(merged.loadFrom).toEqual([]);
  });

  it('holds back items older than a stream that may still interleave, and pages that stream', () => {
    const merged = mergeTimelines(
      [
        { items: items(9, 5), hasOlder: true },
        { items: items(6, 2), hasOlder: false },
      ],
      timeOf,
    );
    expect(merged.items.map((i) => i.t)).toEqual([5, 6, 9]);
    expect(merged.loadFrom).toEqual([0]);
    expect(merged.hasOlder).toBe(true);
  });

  it('pages every stream sitting at the horizon', () => {
    const merged = mergeTimelines(
      [
        { items: items(9, 5), hasOlder: true },
        { items: items(8, 5), hasOlder: true },
      ],
      timeOf,
    );
    expect(merged.loadFrom).toEqual([0, 1]);
  });

  it('keeps newest-first pages in time order for equal timestamps', () => {
    const merged = mergeTimelines(
      [
        {
          items: [
            { id: 'b', t: 1 },
            { id: 'a', t: 1 },
          ],
          hasOlder: false,
        },
      ],
      timeOf,
    );
    expect(merged.items.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('a hidden or finished empty stream holds nothing back', () => {
    const merged = mergeTimelines(
      [
        { items: items(9, 5), hasOlder: true },
        { items: [], hasOlder: false },
      ],
      timeOf,
    );
    expect(merged.items.map((i) => i.t)).toEqual([5, 9]);
    expect(merged.loadFrom).toEqual([0]);
  });

  it('scrolling back page by page, both streams stay in order with no gap at every step', () => {
    // Messages every 3 s, notifications in bursts: pages of 4, newest first, as the BFF sends them.
    const all = [
      items(...Array.from({ length: 30 }, (_, i) => 100 - 3 * i)),
      items(98, 97, 60, 59, 58, 57, 56, 20, 19, 5, 4, 3, 2, 1),
    ];
    const full = all.flat().sort((a, b) => a.t - b.t);
    const byNewest = all.map((s) => [...s].sort((a, b) => b.t - a.t));
    const loaded = [4, 4];
    for (let step = 0; step < 40; step++) {
      const streams = byNewest.map((s, i) => ({
        items: s.slice(0, loaded[i]),
        hasOlder: (loaded[i] ?? 0) < s.length,
      }));
      const merged = mergeTimelines(streams, timeOf);
      // What is shown is exactly the newest part of the whole history.
      expect(merged.items).toEqual(full.slice(full.length - merged.items.length));
      if (!merged.hasOlder) {
        expect(merged.items).toHaveLength(full.length);
        return;
      }
      expect(merged.loadFrom.length).toBeGreaterThan(0);
      for (const i of merged.loadFrom) loaded[i] = (loaded[i] ?? 0) + 4;
    }
    throw new Error('never reached the oldest item');
  });

  it('an item without a time keeps its place in its page, between its neighbours', () => {
    // Newest first, as pages come: "x" has no time and sits between 7 and 3.
    const stream = [
      { id: 'a', t: 9 },
      { id: 'b', t: 7 },
      { id: 'x', t: null },
      { id: 'c', t: 3 },
    ];
    const merged = mergeTimelines(
      [
        { items: stream, hasOlder: false },
        { items: [{ id: 'n', t: 5 }], hasOlder: false },
      ],
      (i) => i.t,
    );
    expect(merged.items.map((i) => i.id)).toEqual(['c', 'x', 'n', 'b', 'a']);
  });

  it('never throws on missing or unparseable times, nor on a stream without any', () => {
    const untimed: { id: string; t?: number }[] = [{ id: 'p' }, { id: 'q' }];
    const merged = mergeTimelines(
      [
        { items: untimed, hasOlder: true },
        { items: items(4, 2), hasOlder: false },
      ],
      (i) => i.t ?? Number.NaN,
    );
    // An untimed stream reads as the newest: only it is shown until it is paged back.
    expect(merged.items.map((i) => i.id)).toEqual(['q', 'p']);
    expect(merged.loadFrom).toEqual([0]);
  });
});

describe('neighbourTimes', () => {
  it("lends an untimed item its older neighbour's time, else its newer one's", () => {
    expect(neighbourTimes([null, 9, null, null, 4, null], (t) => t)).toEqual([9, 9, 4, 4, 4, 4]);
    expect(neighbourTimes([null, null], (t) => t)).toEqual([
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ]);
    expect(neighbourTimes([], (t: number | null) => t)).toEqual([]);
  });

  it('reads ISO instants, null for absent or unparseable ones', () => {
    expect(instantOf('2026-11-22T13:27:28.371Z')).toBe(Date.UTC(2026, 10, 22, 13, 27, 28, 371));
    expect(instantOf(null)).toBeNull();
    expect(instantOf('yesterday')).toBeNull();
  });
});
