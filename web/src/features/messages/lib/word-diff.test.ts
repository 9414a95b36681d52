import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff.ts';

describe('wordDiff', () => {
  it('marks an appended word', () => {
    expect(wordDiff('We moved to 357 Mount,', 'We moved to 357 Mount, Pilibhit.')).toEqual([
      { kind: 'same', text: 'We moved to 357 Mount,' },
      { kind: 'added', text: ' Pilibhit.' },
    ]);
  });

  it('marks a replaced word', () => {
    expect(wordDiff('see you on Monday', 'see you on Tuesday')).toEqual([
      { kind: 'same', text: 'see you on ' },
      { kind: 'removed', text: 'Monday' },
      { kind: 'added', text: 'Tuesday' },
    ]);
  });

  it('handles empty sides', () => {
    expect(wordDiff('', 'new')).toEqual([{ kind: 'added', text: 'new' }]);
    expect(wordDiff('old', '')).toEqual([{ kind: 'removed', text: 'old' }]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('keeps both texts whole: joining same+removed gives before, same+added gives after', () => {
    const before = 'The quick brown fox\njumps over the lazy dog';
    const after = 'The slow brown fox\nwalks over the lazy cat today';
    const parts = wordDiff(before, after);
    expect(
      parts
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });

  it('gives up on very long texts without losing them', () => {
    const long = 'word '.repeat(2000);
    expect(wordDiff(long, `${long}x`)).toEqual([
      { kind: 'removed', text: long },
      { kind: 'added', text: `${long}x` },
    ]);
  });
});
