/**
 * Text matching for chat search: names are compared folded, numbers as digits,
 * and every match can be mapped back to UTF-16 ranges of the original string for highlighting.
 *
 * Folding (per code point, so offsets map back): Unicode NFD, combining marks removed (`\p{M}`:
 * accents, variation selectors), lower-cased, final sigma `ς` read as `σ`. So `jose` finds
 * "José", `zoe` finds "Zoë", `ZOË` finds "zoe". Lower-casing is locale-independent
 * (`toLowerCase`), so the server's locale never changes what matches.
 */

/** Combining marks, Unicode general category M. */
const MARKS = /\p{M}/gu;
/** Names made of ASCII only fold by lower-casing and keep their offsets (the common case). */
const ASCII = /^\p{ASCII}*$/u;
/** A letter or digit; a match after anything else starts a word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Longest `q` the search takes, in UTF-16 units (after trimming). */
export const MAX_QUERY = 100;
/**
 * Digits a query needs to also match chat ids (3 digits: fewer would match almost every number).
 */
export const MIN_NUMBER_DIGITS = 3;

/** Folded text and, unless the folding kept every offset, where each unit came from. */
export interface FoldedText {
  text: string;
  /**
   * Per unit of `text`: start (`[2i]`) and exclusive end (`[2i+1]`) in the original; null =
   * identity.
   */
  origin: Int32Array | null;
}

/** Match quality: 0 the text starts with the query, 1 a word does, 2 elsewhere. */
export type Rank = 0 | 1 | 2;

/** `[start, end)` UTF-16 offsets, end exclusive. */
export type Range = [number, number];

function foldPiece(piece: string): string {
  return piece.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/ς/g, 'σ');
}

/**
 * Folds a string for matching and remembers the origin of each folded unit. A code point that
 * folds to nothing (a combining mark) joins the previous one, so highlights never split "é".
 * @param original - e.g. a `chat_name`
 */
export function foldText(original: string): FoldedText {
  if (ASCII.test(original)) return { text: original.toLowerCase(), origin: null };
  let text = '';
  const origin: number[] = [];
  let offset = 0;
  let previous = 0; // index in `origin` where the previous code point's units start
  for (const codePoint of original) {
    const end = offset + codePoint.length;
    const folded = foldPiece(codePoint);
    if (folded === '') {
      for (let i = previous; i < origin.length; i += 2) origin[i + 1] = end;
    } else {
      previous = origin.length;
      for (let i = 0; i < folded.length; i++) origin.push(offset, end);
      text += folded;
    }
    offset = end;
  }
  return { text, origin: Int32Array.from(origin) };
}

/** Folds a query the same way as {@link foldText} (`q` is already trimmed). */
export function foldQuery(q: string): string {
  return foldText(q).text;
}

/**
 * @returns the query's digits when, after removing spaces, `+`, `-`, `(` and `)`, it is at
 * least {@link MIN_NUMBER_DIGITS} digits (`+91 95378-51844` → `919537851844`); else null
 */
export function numberQuery(q: string): string | null {
  const digits = q.replace(/[\s+\-()]/g, '');
  return digits.length >= MIN_NUMBER_DIGITS && /^\d+$/.test(digits) ? digits : null;
}

/**
 * The digits of a chat id: `919537851844@c.us` → `919537851844` (same offsets for
 * `…@c.us`/`…@g.us`).
 */
export function chatIdDigits(chat_id: string): string {
  return chat_id.replace(/\D/g, '');
}

/** @returns the best {@link Rank} of `needle` in `text` (both folded), or -1 when absent */
export function rankIn(text: string, needle: string): Rank | -1 {
  if (needle === '') return -1;
  let at = text.indexOf(needle);
  if (at < 0) return -1;
  if (at === 0) return 0;
  for (; at >= 0; at = text.indexOf(needle, at + 1)) {
    if (!WORD_CHAR.test(text.charAt(at - 1))) return 1;
  }
  return 2;
}

/**
 * Every non-overlapping occurrence of `needle` in the folded text, as ranges of the original.
 * @param folded - from {@link foldText}, or `{ text, origin: null }` for digits
 * @returns ranges in order; UTF-16 offsets into the original string, end exclusive
 */
export function matchRanges(folded: FoldedText, needle: string): Range[] {
  const ranges: Range[] = [];
  if (needle === '') return ranges;
  const { text, origin } = folded;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
    const last = at + needle.length - 1;
    ranges.push(origin ? [origin[2 * at]!, origin[2 * last + 1]!] : [at, last + 1]);
  }
  return ranges;
}
