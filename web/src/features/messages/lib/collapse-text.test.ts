import { describe, expect, it } from 'vitest';
import { COLLAPSE_CHARS, collapsedText } from './collapse-text.ts';

describe('collapsedText', () => {
  it('leaves short text alone', () => {
    expect(collapsedText('hello')).toBeNull();
    expect(collapsedText('x'.repeat(COLLAPSE_CHARS))).toBeNull();
    expect(collapsedText(Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n'))).toBeNull();
  });

  it('keeps the first 12 lines of a tall message', () => {
    const text = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
    expect(collapsedText(text)).toBe(
      `${Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n')}…`,
    );
  });

  it('cuts a long message at a space near the limit', () => {
    const text = 'word '.repeat(300);
    const shown = collapsedText(text) ?? '';
    expect(shown.endsWith('word…')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(COLLAPSE_CHARS + 1);
    expect(shown.length).toBeGreaterThan(COLLAPSE_CHARS * 0.8);
  });

  it('cuts one long word hard, never inside an emoji, a flag or an accented letter', () => {
    expect(collapsedText('a'.repeat(2000))).toBe(`${'a'.repeat(COLLAPSE_CHARS)}…`);
    for (const cluster of ['😀', '👨‍👩‍👧', '🇮🇳', 'e\u0301']) {
      // The cluster is the 700th character: kept whole, and the rest cut.
      expect(collapsedText(`${'a'.repeat(COLLAPSE_CHARS - 1)}${cluster}${'b'.repeat(100)}`)).toBe(
        `${'a'.repeat(COLLAPSE_CHARS - 1)}${cluster}…`,
      );
    }
  });

  it('counts an emoji as one character', () => {
    expect(collapsedText('👨‍👩‍👧'.repeat(COLLAPSE_CHARS))).toBeNull();
  });
});
