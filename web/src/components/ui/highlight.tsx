/**
 * Marks parts of a text (search matches) with `<mark>`, as React text nodes: never HTML.
 */
import { Fragment } from 'react';

/** `[start, end)` UTF-16 offsets into the text. */
export type Range = readonly [number, number];

/**
 * @param text - shown as is
 * @param ranges - sorted or not, possibly overlapping; out-of-range parts are ignored
 */
export function Highlight({
  text,
  ranges,
}: {
  text: string;
  ranges: readonly Range[] | undefined;
}) {
  if (!ranges?.length) return <>{text}</>;
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const from = Math.max(start, at);
    const to = Math.min(end, text.length);
    if (to <= from) continue;
    if (from > at) parts.push({ text: text.slice(at, from), marked: false });
    parts.push({ text: text.slice(from, to), marked: true });
    at = to;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return (
    <>
      {parts.map((part, i) =>
        part.marked ? (
          <mark key={i} className="rounded-sm bg-amber-200 text-inherit">
            {part.text}
          </mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}

/**
 * Maps ranges over a string's digits onto a formatted form of it (`919537851844` ranges onto
 * `+91 95378 51844`), so a number match can be marked in the number as shown.
 * @param formatted - the display string; its digits in order are the indexed digits
 * @param digitRanges - `[start, end)` offsets into the digits only
 * @returns ranges into `formatted`
 */
export function digitRangesToText(formatted: string, digitRanges: readonly Range[]): Range[] {
  const positions: number[] = [];
  for (let i = 0; i < formatted.length; i++) if (/\d/.test(formatted[i] ?? '')) positions.push(i);
  const out: Range[] = [];
  for (const [start, end] of digitRanges) {
    for (let d = start; d < end; d++) {
      const at = positions[d];
      if (at === undefined) continue;
      const last = out.at(-1);
      if (last && last[1] === at) out[out.length - 1] = [last[0], at + 1];
      else out.push([at, at + 1]);
    }
  }
  return out;
}
