import { describe, expect, it } from 'vitest';
import { dayLabel, groupByDay, UNDATED_DAY } from './day-groups.ts';

const at = (y: number, m: number, d: number, h: number) => new Date(y, m - 1, d, h).toISOString();

describe('groupByDay', () => {
  it('groups consecutive items of one local day, in order', () => {
    const items = [
      at(2026, 11, 20, 23),
      at(2026, 11, 20, 0),
      at(2026, 11, 19, 12),
      at(2026, 10, 1, 9),
    ];
    const groups = groupByDay(items, (iso) => iso);
    expect(groups.map((g) => g.key)).toEqual(['2026-11-20', '2026-11-19', '2026-10-1']);
    expect(groups[0]!.items).toEqual(items.slice(0, 2));
    expect(groups[0]!.iso).toBe(items[0]);
  });

  it('is empty for no items', () => {
    expect(groupByDay([], (x: string) => x)).toEqual([]);
  });

  it('puts an item without a time with its neighbour, in its place', () => {
    const items = [null, at(2026, 11, 20, 9), null, 'not a date', at(2026, 11, 19, 12), null];
    const groups = groupByDay(items, (iso) => iso);
    expect(groups.map((g) => [g.key, g.items])).toEqual([
      ['2026-11-20', items.slice(0, 4)],
      ['2026-11-19', items.slice(4)],
    ]);
    expect(groups.map((g) => g.iso)).toEqual([items[1], items[4]]);
  });

  it('makes one undated group when no item has a time', () => {
    expect(groupByDay([null, null], (x) => x)).toEqual([
      { key: UNDATED_DAY, iso: null, items: [null, null] },
    ]);
  });

  it('heads a day by its date, an undated group as unknown, never "Invalid Date"', () => {
    expect(dayLabel({ iso: at(2026, 11, 20, 9) }, new Date(2026, 10, 21, 10))).toBe('Yesterday');
    expect(dayLabel({ iso: null })).toBe('Date unknown');
  });
});
