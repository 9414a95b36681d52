/**
 * Merging independently paged, newest-first streams (messages, group notifications) into one
 * oldest → newest timeline without gaps.
 *
 * Each stream is loaded back to its own oldest item. An item older than the oldest loaded item of
 * a stream that still has older pages could be followed (in time) by items of that stream not yet
 * loaded, so it is held back until that stream catches up. This keeps the merged order correct at
 * every step of "load older".
 *
 * An item may have no time (Periskope's official types allow `timestamp: null`, and a time may be
 * unparseable): it keeps its place in its stream's page order, borrowing its neighbour's instant
 * ({@link neighbourTimes}), and never throws.
 */
import type { ReactNode } from 'react';

/** A timeline row contributed by another feature (e.g. a group notification line). */
export interface TimelineEntry {
  /**
   * The row key, unique in the thread and prefixed by its source (`n-<notification_id>`); deep
   * links find rows by it.
   */
  key: string;
  /**
   * ISO 8601 instant used for ordering; null when the source sent none (the entry keeps its page
   * position).
   */
  timestamp: string | null;
  node: ReactNode;
}

/** A stream another feature plugs into a thread: its loaded entries and paging controls. */
export interface TimelineSource {
  entries: TimelineEntry[];
  hasOlder: boolean;
  isFetchingOlder: boolean;
  fetchOlder: () => void;
  /** The first page is on its way. */
  isLoading: boolean;
  error: Error | null;
  retry: () => void;
}

/** One loaded stream, items in any order. */
export interface TimelineStream<T> {
  items: T[];
  /** Older pages exist upstream. */
  hasOlder: boolean;
}

export interface MergedTimeline<T> {
  /** Items safe to show, oldest → newest (ties keep stream order). */
  items: T[];
  /** Indexes of the streams whose next page moves the visible horizon back. */
  loadFrom: number[];
  hasOlder: boolean;
}

/**
 * @param iso - an ISO 8601 instant, or null
 * @returns its epoch ms, or null when absent or unparseable
 */
export function instantOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/**
 * The instant whose local day each item belongs to, for day dividers and day groups: its own,
 * else that of the item before it (leading undated items take the first dated one's), so an
 * undated item never opens a day of its own.
 * @param items - in display or page order
 * @param isoOf - the item's ISO 8601 instant; null (or unparseable) when it has none
 * @returns one ISO instant per item; null only when no item has a time
 */
export function dayInstants<T>(
  items: readonly T[],
  isoOf: (item: T) => string | null,
): (string | null)[] {
  const own = items.map((item) => {
    const iso = isoOf(item);
    return iso !== null && instantOf(iso) !== null ? iso : null;
  });
  let previous = own.find((iso) => iso !== null) ?? null;
  return own.map((iso) => (previous = iso ?? previous));
}

/**
 * Ordering instants for a stream whose items may lack one. An item without a time takes the
 * instant of the nearest timed item after it in the stream (its older neighbour: pages come newest
 * first), else of the nearest one before it; equal instants keep the stream's order, so the item
 * stays where the page put it. In a stream without any timed item every item reads +∞ (newest).
 * @param items - the stream, newest first (page order)
 * @param timeOf - an item's epoch ms, or null (NaN counts as null)
 * @returns one epoch ms per item, never NaN
 */
export function neighbourTimes<T>(
  items: readonly T[],
  timeOf: (item: T) => number | null,
): number[] {
  const raw = items.map((item) => {
    const t = timeOf(item);
    return t === null || Number.isNaN(t) ? null : t;
  });
  const out = new Array<number>(raw.length);
  let after: number | null = null;
  for (let i = raw.length - 1; i >= 0; i--) {
    after = raw[i] ?? after;
    out[i] = after ?? Number.NaN;
  }
  let before = Number.POSITIVE_INFINITY;
  for (let i = 0; i < raw.length; i++) {
    const own = raw[i];
    if (own !== null && own !== undefined) before = own;
    else if (Number.isNaN(out[i])) out[i] = before;
  }
  return out;
}

/**
 * @param streams - loaded streams, each in page order (newest first)
 * @param timeOf - an item's instant in ms since the epoch, or null when it has none (see
 *   {@link neighbourTimes}: it keeps its place in its stream)
 * @returns the gap-free merged timeline and which streams to page next
 */
export function mergeTimelines<T>(
  streams: TimelineStream<T>[],
  timeOf: (item: T) => number | null,
): MergedTimeline<T> {
  const times = streams.map((s) => neighbourTimes(s.items, timeOf));
  // A loop, not Math.min(...spread): a long stream would overflow the argument list.
  const oldest = times.map((ts) =>
    ts.reduce((min, t) => (t < min ? t : min), Number.POSITIVE_INFINITY),
  );
  let horizon = Number.NEGATIVE_INFINITY;
  streams.forEach((s, i) => {
    if (s.hasOlder) horizon = Math.max(horizon, oldest[i] ?? Number.POSITIVE_INFINITY);
  });
  const tagged = streams.flatMap((s, stream) =>
    s.items.map((item, order) => ({
      item,
      time: times[stream]?.[order] ?? Number.POSITIVE_INFINITY,
      stream,
      order,
    })),
  );
  const items = tagged
    .filter((t) => t.time >= horizon)
    .sort((a, b) => a.time - b.time || a.stream - b.stream || b.order - a.order)
    .map((t) => t.item);
  const loadFrom = streams.flatMap((s, i) =>
    s.hasOlder && (oldest[i] ?? 0) >= horizon ? [i] : [],
  );
  return { items, loadFrom, hasOlder: streams.some((s) => s.hasOlder) };
}
