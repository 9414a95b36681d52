import { describe, expect, it } from 'vitest';
import { fitBox } from './media-box.ts';

const max = { width: 280, height: 320 };
const fallback = { width: 280, height: 210 };

describe('fitBox', () => {
  it('fits wide and tall media, keeping the ratio', () => {
    expect(fitBox({ width: 1600, height: 1200 }, max, fallback)).toEqual({
      width: 280,
      height: 210,
    });
    expect(fitBox({ width: 540, height: 1188 }, max, fallback)).toEqual({
      width: 145,
      height: 320,
    });
  });
  it('never scales small media up', () =>
    expect(fitBox({ width: 160, height: 120 }, max, fallback)).toEqual({
      width: 160,
      height: 120,
    }));
  it('uses the fallback without usable dimensions', () => {
    expect(fitBox(null, max, fallback)).toEqual(fallback);
    expect(fitBox({ width: 0, height: 100 }, max, fallback)).toEqual(fallback);
  });
});
