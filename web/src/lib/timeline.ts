/**
 * Merging independently paged, newest-first streams (messages, group notifications) into one
 * oldest → newest timeline without gaps.
 *
 * Each stream is loaded back to its own oldest item. An item older than the oldest loaded item of
 * a stream that still has older pages could be followed (in time) by items of that stream not yet
 * loaded, so it is held back until that stream catches up. This keeps the merged order correct at
 * every step of "load older".
 */
import type { ReactNode } from 'react';

/** A timeline row contributed by another feature (e.g. a group notification line). */
export interface TimelineEntry {
  /** The row key, unique in the thread and prefixed by its source (`n-<notification_id>`); deep links find rows by it. */
  key: string;
  /** ISO 8601 instant used for ordering. */
  timestamp: string;
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
 * @param streams - loaded streams
 * @param timeOf - an item's instant in ms since the epoch
 * @returns the gap-free merged timeline and which streams to page next
 */
export function mergeTimelines<T>(streams: TimelineStream<T>[], timeOf: (item: T) => number): MergedTimeline<T> {
  const oldest = streams.map((s) => (s.items.length ? Math.min(...s.items.map(timeOf)) : Number.POSITIVE_INFINITY));
  let horizon = Number.NEGATIVE_INFINITY;
  streams.forEach((s, i) => {
    if (s.hasOlder) horizon = Math.max(horizon, oldest[i] ?? Number.POSITIVE_INFINITY);
  });
  const tagged = streams.flatMap((s, stream) => s.items.map((item, order) => ({ item, time: timeOf(item), stream, order })));
  const items = tagged
    .filter((t) => t.time >= horizon)
    .sort((a, b) => a.time - b.time || a.stream - b.stream || b.order - a.order)
    .map((t) => t.item);
  const loadFrom = streams.flatMap((s, i) => (s.hasOlder && (oldest[i] ?? 0) >= horizon ? [i] : []));
  return { items, loadFrom, hasOlder: streams.some((s) => s.hasOlder) };
}
