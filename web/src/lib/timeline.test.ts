import { describe, expect, it } from 'vitest';
import { mergeTimelines } from './timeline.ts';

interface Item { id: string; t: number }
const timeOf = (i: Item) => i.t;
const items = (...ts: number[]) => ts.map((t) => ({ id: `x${t}`, t }));

describe('mergeTimelines', () => {
  it('merges complete streams oldest → newest', () => {
    const merged = mergeTimelines([{ items: items(9, 5, 1), hasOlder: false }, { items: items(6, 2), hasOlder: false }], timeOf);
    expect(merged.items.map((i) => i.t)).toEqual([1, 2, 5, 6, 9]);
    expect(merged.hasOlder).toBe(false);
    expect(merged.loadFrom).toEqual([]);
  });

  it('holds back items older than a stream that may still interleave, and pages that stream', () => {
    const merged = mergeTimelines([{ items: items(9, 5), hasOlder: true }, { items: items(6, 2), hasOlder: false }], timeOf);
    expect(merged.items.map((i) => i.t)).toEqual([5, 6, 9]);
    expect(merged.loadFrom).toEqual([0]);
    expect(merged.hasOlder).toBe(true);
  });

  it('pages every stream sitting at the horizon', () => {
    const merged = mergeTimelines([{ items: items(9, 5), hasOlder: true }, { items: items(8, 5), hasOlder: true }], timeOf);
    expect(merged.loadFrom).toEqual([0, 1]);
  });

  it('keeps newest-first pages in time order for equal timestamps', () => {
    const merged = mergeTimelines([{ items: [{ id: 'b', t: 1 }, { id: 'a', t: 1 }], hasOlder: false }], timeOf);
    expect(merged.items.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('a hidden or finished empty stream holds nothing back', () => {
    const merged = mergeTimelines([{ items: items(9, 5), hasOlder: true }, { items: [], hasOlder: false }], timeOf);
    expect(merged.items.map((i) => i.t)).toEqual([5, 9]);
    expect(merged.loadFrom).toEqual([0]);
  });

  it('scrolling back page by page, both streams stay in order with no gap at every step', () => {
    // Messages every 3 s, notifications in bursts: pages of 4, newest first, as the BFF sends them.
    const all = [items(...Array.from({ length: 30 }, (_, i) => 100 - 3 * i)), items(98, 97, 60, 59, 58, 57, 56, 20, 19, 5, 4, 3, 2, 1)];
    const full = all.flat().sort((a, b) => a.t - b.t);
    const byNewest = all.map((s) => [...s].sort((a, b) => b.t - a.t));
    const loaded = [4, 4];
    for (let step = 0; step < 40; step++) {
      const streams = byNewest.map((s, i) => ({ items: s.slice(0, loaded[i]), hasOlder: (loaded[i] ?? 0) < s.length }));
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
});

