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
});
