import { describe, expect, it } from 'vitest';
import { groupByDay } from './day-groups.ts';

const at = (y: number, m: number, d: number, h: number) => new Date(y, m - 1, d, h).toISOString();

describe('groupByDay', () => {
  it('groups consecutive items of one local day, in order', () => {
    const items = [at(2026, 11, 20, 23), at(2026, 11, 20, 0), at(2026, 11, 19, 12), at(2026, 10, 1, 9)];
    const groups = groupByDay(items, (iso) => iso);
    expect(groups.map((g) => g.key)).toEqual(['2026-11-20', '2026-11-19', '2026-10-1']);
    expect(groups[0]!.items).toEqual(items.slice(0, 2));
    expect(groups[0]!.iso).toBe(items[0]);
  });

  it('is empty for no items', () => {
    expect(groupByDay([], (x: string) => x)).toEqual([]);
  });
});
