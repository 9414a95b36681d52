/**
 * One page of a cross-chat list (GET /chats/messages, GET /chats/notifications): newest first,
 * time-filtered by binary search on the cross index, then offset/limit.
 */
import { type CrossIndex, timeRange } from '../data/cross-index.ts';
import type { ChatEntry } from '../data/entry.ts';
import type { SimulatorData } from '../data/store.ts';
import type { Paging } from './paging.ts';
import type { TimeRange } from './time-range.ts';

/**
 * @param at - materialises the record at (entry, position)
 */
export function crossPage<T>(
  data: SimulatorData,
  index: CrossIndex,
  range: TimeRange,
  paging: Paging,
  at: (entry: ChatEntry, position: number) => T,
): T[] {
  const [start, end] = timeRange(index, range.startMs, range.endMs);
  const from = start + paging.offset;
  const to = Math.min(end, from + paging.limit);
  const out: T[] = [];
  for (let i = from; i < to; i++) {
    const entry = data.chats[index.entries[i] ?? 0];
    if (entry) out.push(at(entry, index.positions[i] ?? 0));
  }
  return out;
}
