/**
 * Long messages start collapsed behind "Read more", as WhatsApp does, so one pasted essay does
 * not fill the thread.
 */

/** Characters past which a message collapses. */
export const COLLAPSE_CHARS = 700;
/** Lines past which a message collapses. */
export const COLLAPSE_LINES = 12;

/**
 * @param text - a body or caption
 * @returns the shown part (at most {@link COLLAPSE_LINES} lines and about {@link COLLAPSE_CHARS}
 *   characters, cut at a space when one is near, ending in "…"), or null when the text is short
 */
export function collapsedText(text: string): string | null {
  const lines = text.split('\n');
  if (text.length <= COLLAPSE_CHARS && lines.length <= COLLAPSE_LINES) return null;
  let shown = lines.slice(0, COLLAPSE_LINES).join('\n');
  if (shown.length > COLLAPSE_CHARS) {
    shown = shown.slice(0, COLLAPSE_CHARS);
    const space = shown.search(/\s\S*$/);
    if (space > COLLAPSE_CHARS * 0.8) shown = shown.slice(0, space);
    // Never end on half a surrogate pair (an emoji cut in two).
    if (/[\uD800-\uDBFF]$/.test(shown)) shown = shown.slice(0, -1);
  }
  return `${shown.trimEnd()}…`;
}
