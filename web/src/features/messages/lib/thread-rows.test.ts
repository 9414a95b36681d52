import { describe, expect, it } from 'vitest';
import { withDayDividers, type ThreadItem } from './thread-rows.ts';

const entry = (key: string, date: Date): ThreadItem => ({ kind: 'entry', key, timestamp: date.toISOString(), node: key });
const now = new Date(2025, 0, 27, 12);
const items = [entry('a', new Date(2025, 0, 26, 9)), entry('b', new Date(2025, 0, 26, 10)), entry('c', new Date(2025, 0, 27, 8))];

describe('withDayDividers', () => {
  it('puts a divider before each day when the start is loaded', () => {
    expect(withDayDividers(items, false, now).map((r) => (r.kind === 'day' ? r.label : r.key))).toEqual(['Yesterday', 'a', 'b', 'Today', 'c']);
  });

  it('leaves the first loaded day open while older items may exist', () => {
    expect(withDayDividers(items, true, now).map((r) => r.key)).toEqual(['a', 'b', expect.stringMatching(/^day-/), 'c']);
  });
});
