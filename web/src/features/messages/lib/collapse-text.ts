/**
 * Long messages start collapsed behind "Read more", as WhatsApp does, so one pasted essay does
 * not fill the thread.
 */
import { cutGraphemes } from '@/lib/graphemes.ts';

/** Characters (grapheme clusters) past which a message collapses. */
export const COLLAPSE_CHARS = 700;
/** Lines past which a message collapses. */
export const COLLAPSE_LINES = 12;

/**
 * @param text - a body or caption
 * @returns the shown part (at most {@link COLLAPSE_LINES} lines and about {@link COLLAPSE_CHARS}
 *   characters, cut at a space when one is near, ending in "…"), or null when the text is short.
 *   The cut falls between grapheme clusters: never inside an emoji, a flag or an accented letter.
 */
export function collapsedText(text: string): string | null {
  const lines = text.split('\n');
  const tall = lines.length > COLLAPSE_LINES;
  let shown = tall ? lines.slice(0, COLLAPSE_LINES).join('\n') : text;
  const { text: head, cut } = cutGraphemes(shown, COLLAPSE_CHARS);
  if (!tall && !cut) return null;
  if (cut) {
    shown = head;
    const space = shown.search(/\s\S*$/);
    if (space > head.length * 0.8) shown = shown.slice(0, space);
  }
  return `${shown.trimEnd()}…`;
}
