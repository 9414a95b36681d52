/**
 * GET /chats query semantics (docs/periskope-api.md#endpoints): `sort_by` created_at (default) |
 * latest_message_timestamp, `sort_order` desc (default) | asc, `chat_id`, `chat_type`
 * (user|group|business; old `individual` = user), `label` (name or id), `start_time`/`end_time` on
 * the sort_by field. Chats without a latest message sort last in both orders and drop out of time
 * filters [I].
 */
import type { ChatEntry } from '../data/entry.ts';
import { resolveLabel } from '../data/labels.ts';
import type { SimulatorData } from '../data/store.ts';
import type { ChatType } from '../data/chat-types.ts';
import type { TimeRange } from './time-range.ts';

export type SortBy = 'created_at' | 'latest_message_timestamp';
export type SortOrder = 'asc' | 'desc';

export interface ChatFilters extends TimeRange {
  sortBy: SortBy;
  sortOrder: SortOrder;
  chatId?: string;
  chatType?: ChatType;
  label?: string;
}

/**
 * `919537851844` → `919537851844@c.us` (path and query ids: "@c.us optional",
 * docs/periskope-api.md#endpoints).
 */
export function normalizeChatId(raw: string): string {
  const id = raw.trim();
  return /^\d+$/.test(id) ? `${id}@c.us` : id;
}

function sortKey(entry: ChatEntry, by: SortBy): number | null {
  return by === 'created_at' ? entry.createdMs : entry.latestMs;
}

/**
 * Builds the GET /chats query: sorted views cached per (phone scope, sort_by, sort_order),
 * filters applied in that order.
 * @returns `(orgPhone | undefined, filters) → matching entries` in response order
 */
export function createChatQuery(
  data: SimulatorData,
): (orgPhone: string | undefined, f: ChatFilters) => ChatEntry[] {
  const sorted = new Map<string, readonly ChatEntry[]>();
  const view = (
    orgPhone: string | undefined,
    by: SortBy,
    order: SortOrder,
  ): readonly ChatEntry[] => {
    const key = `${orgPhone ?? '*'} ${by} ${order}`;
    let list = sorted.get(key);
    if (!list) {
      const sign = order === 'desc' ? -1 : 1;
      list = [...data.chatsOf(orgPhone)].sort((a, b) => {
        const ka = sortKey(a, by);
        const kb = sortKey(b, by);
        if (ka === null || kb === null) return ka === kb ? a.index - b.index : ka === null ? 1 : -1;
        return sign * (ka - kb) || a.index - b.index;
      });
      sorted.set(key, list);
    }
    return list;
  };
  return (orgPhone, f) => {
    const labelId = f.label === undefined ? undefined : (resolveLabel(f.label) ?? '\0unknown');
    const timed = f.startMs !== undefined || f.endMs !== undefined;
    return view(orgPhone, f.sortBy, f.sortOrder).filter((e) => {
      if (f.chatId !== undefined && e.chat_id !== f.chatId) return false;
      if (f.chatType !== undefined && e.core.chat_type !== f.chatType) return false;
      if (labelId !== undefined && e.core.label_ids[labelId] !== true) return false;
      if (!timed) return true;
      const k = sortKey(e, f.sortBy);
      return (
        k !== null &&
        (f.startMs === undefined || k >= f.startMs) &&
        (f.endMs === undefined || k <= f.endMs)
      );
    });
  };
}
