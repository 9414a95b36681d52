/**
 * One listing of a phone scope's chats, held for search: each chat as its list summary plus
 * what matching and filtering need, precomputed once (folded name, id digits, times in ms).
 *
 * Periskope pages can shift while we page (new activity moves a chat to the top), so a chat can
 * be listed twice: the first copy is kept. Chats are keyed on (`org_phone`, `chat_id`), which
 * within one `x-phone` is the chat id, and across phones keeps one row per org phone as
 * GET /chats does (docs/periskope-api.md#quirk-16).
 */
import { systemClock, type Clock } from '../../clock.ts';
import type { Chat, ChatListFilters } from '../api/index.ts';
import { chatSummary, type ChatSummary } from './summary.ts';
import { chatIdDigits, foldText, type FoldedText } from './search.ts';

/** A chat as the index holds it. */
export interface IndexedChat {
  summary: ChatSummary;
  /** Folded `chat_name`, null without a name. */
  name: FoldedText | null;
  /** `chat_id` without its non-digits. */
  digits: string;
  /** Lower-cased `assigned_to`, null when unassigned. */
  assignee: string | null;
  /**
   * `latest_message.timestamp` (else `latest_message_timestamp`), epoch ms; null without either.
   */
  latestMs: number | null;
  /** `created_at`, epoch ms; 0 when unknown (Periskope's 1970, docs/periskope-api.md#quirk-4). */
  createdMs: number;
}

/** Order of a listing: GET /chats `sort_by` / `sort_order` (docs/periskope-api.md#endpoints). */
export type ChatOrder = Required<Pick<ChatListFilters, 'sort_by' | 'sort_order'>>;

function indexChat(chat: Chat): IndexedChat {
  const summary = chatSummary(chat);
  // The message's time, else the chat's own `latest_message_timestamp` (official ChatType): a
  // null message time must not sink an active chat to the bottom.
  const latest = summary.latest_message?.timestamp
    ? Date.parse(summary.latest_message.timestamp)
    : (chat.latest_message_timestamp ?? Number.NaN);
  const created = summary.created_at ? Date.parse(summary.created_at) : Number.NaN;
  return {
    summary,
    name: summary.chat_name ? foldText(summary.chat_name) : null,
    digits: chatIdDigits(summary.chat_id),
    assignee: summary.assigned_to ? summary.assigned_to.toLowerCase() : null,
    latestMs: Number.isNaN(latest) ? null : latest,
    createdMs: Number.isNaN(created) ? 0 : created,
  };
}

/** The order key of a chat: `created_at` or latest activity (null sorts last). */
export function orderKey(chat: IndexedChat, sortBy: ChatOrder['sort_by']): number | null {
  return sortBy === 'created_at' ? chat.createdMs : chat.latestMs;
}

/** A listing being built or built: chats in listing order (latest activity first). */
export class ChatSnapshot {
  readonly chats: IndexedChat[] = [];
  /** When the first page was fetched (epoch ms): the age of the oldest data in the index. */
  fetchedAt: number;
  /** True once the listing reached a short page. */
  complete = false;
  readonly #seen = new Set<string>();
  readonly #views = new Map<string, Int32Array>();

  /** @param now - clock of `fetchedAt` (epoch ms), read once here; default the system clock */
  constructor(now: Clock = systemClock) {
    this.fetchedAt = now();
  }

  /** Appends a page, skipping chats already listed. @returns chats added */
  add(page: readonly Chat[]): number {
    const before = this.chats.length;
    for (const chat of page) {
      const id = `${chat.org_phone ?? ''}|${chat.chat_id}`;
      if (this.#seen.has(id)) continue;
      this.#seen.add(id);
      this.chats.push(indexChat(chat));
    }
    return this.chats.length - before;
  }

  /**
   * Positions of the chats in the requested order, as the simulator orders GET /chats: chats
   * without the key last in both orders, ties in listing order. Cached until the next page.
   */
  view({ sort_by, sort_order }: ChatOrder): Int32Array {
    const name = `${sort_by} ${sort_order}`;
    const cached = this.#views.get(name);
    if (cached?.length === this.chats.length) return cached;
    const keys = this.chats.map((c) => orderKey(c, sort_by));
    const sign = sort_order === 'desc' ? -1 : 1;
    const order = Int32Array.from(this.chats.keys()).sort((a, b) => {
      const ka = keys[a] ?? null;
      const kb = keys[b] ?? null;
      if (ka === null || kb === null) return ka === kb ? a - b : ka === null ? 1 : -1;
      return sign * (ka - kb) || a - b;
    });
    this.#views.set(name, order);
    return order;
  }
}
