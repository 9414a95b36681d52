/**
 * Newest-first index of events across chats (GET /chats/messages, GET /chats/notifications):
 * three typed arrays (time, entry, position), ~16 bytes per event, built once per phone scope.
 * Records themselves are only generated for the requested page.
 */
import type { ChatEntry } from './entry.ts';

export interface CrossIndex {
  /** Event times, epoch ms, decreasing. */
  times: Float64Array;
  /** `ChatEntry.index` of each event. */
  entries: Uint32Array;
  /** Position of each event in its chat timeline (0 = newest). */
  positions: Uint32Array;
}

/**
 * Builds the index over `entries`.
 * @param timesOf - the per-chat event times (newest first) to merge
 */
export function buildCrossIndex(
  entries: readonly ChatEntry[],
  timesOf: (entry: ChatEntry) => Float64Array,
): CrossIndex {
  let total = 0;
  for (const e of entries) total += timesOf(e).length;
  const t = new Float64Array(total);
  const en = new Uint32Array(total);
  const pos = new Uint32Array(total);
  let at = 0;
  for (const e of entries) {
    const own = timesOf(e);
    for (let i = 0; i < own.length; i++, at++) {
      t[at] = own[i] ?? 0;
      en[at] = e.index;
      pos[at] = i;
    }
  }
  const order = new Uint32Array(total).map((_, i) => i);
  order.sort(
    (a, b) =>
      (t[b] ?? 0) - (t[a] ?? 0) || (en[a] ?? 0) - (en[b] ?? 0) || (pos[a] ?? 0) - (pos[b] ?? 0),
  );
  const out: CrossIndex = {
    times: new Float64Array(total),
    entries: new Uint32Array(total),
    positions: new Uint32Array(total),
  };
  order.forEach((src, i) => {
    out.times[i] = t[src] ?? 0;
    out.entries[i] = en[src] ?? 0;
    out.positions[i] = pos[src] ?? 0;
  });
  return out;
}

/** First index whose time is ≤ `ms` (times are decreasing). */
function firstAtOrBefore(times: Float64Array, ms: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] ?? 0) > ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index range [start, end) of events within [startMs, endMs] (both inclusive, either optional).
 */
export function timeRange(index: CrossIndex, startMs?: number, endMs?: number): [number, number] {
  const start = endMs === undefined ? 0 : firstAtOrBefore(index.times, endMs);
  const end =
    startMs === undefined ? index.times.length : firstAtOrBefore(index.times, startMs - 0.5);
  return [start, Math.max(start, end)];
}
