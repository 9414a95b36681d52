/**
 * Cutting text where a reader sees a character end: grapheme clusters (UAX #29, through
 * `Intl.Segmenter`), so a cut never splits an emoji ZWJ sequence (👨‍👩‍👧), a flag (🇮🇳) or a letter
 * from its combining accent (é written e + U+0301). The BFF cuts chat-list previews the same way.
 */

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * @param text - any text
 * @param max - most grapheme clusters kept
 * @returns the first `max` clusters of `text`, and whether anything was left out. Text of at
 *   most `max` UTF-16 units cannot need a cut and skips the segmenter.
 */
export function cutGraphemes(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  let count = 0;
  for (const { index } of segmenter.segment(text)) {
    if (count === max) return { text: text.slice(0, index), cut: true };
    count += 1;
  }
  return { text, cut: false };
}

/**
 * @param text - a line of text
 * @param max - most grapheme clusters shown, the ellipsis excluded
 * @returns `text` whole, or its first `max` clusters (trailing spaces dropped) and `…`
 */
export function truncateGraphemes(text: string, max: number): string {
  const { text: shown, cut } = cutGraphemes(text, max);
  return cut ? `${shown.trimEnd()}…` : text;
}
