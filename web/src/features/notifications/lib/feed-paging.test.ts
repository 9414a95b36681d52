import { describe, expect, it } from 'vitest';
import { scanCapped } from './feed-paging.ts';

const page = (count: number, next_offset: number | null) => ({
  notifications: Array.from({ length: count }, (_, i) => i),
  next_offset,
  scanned_to: '2026-10-01T10:00:00Z',
});

describe('scanCapped', () => {
  it('is true for an empty or short page that still has a cursor (the BFF hit its scan cap)', () => {
    expect(scanCapped(page(0, 5_000), 50)).toBe(true);
    expect(scanCapped(page(12, 5_020), 50)).toBe(true);
  });

  it('is false for a full page, the end of the list, or before the first page', () => {
    expect(scanCapped(page(50, 812), 50)).toBe(false);
    expect(scanCapped(page(3, null), 50)).toBe(false);
    expect(scanCapped(page(0, null), 50)).toBe(false);
    expect(scanCapped(undefined, 50)).toBe(false);
  });
});
