/**
 * Cached chat views. List items (with their latest message) are kept in an LRU, since every
 * GET /chats page needs up to 2,000 of them; `common_chats` comes from a lazily built reverse
 * index contact → groups on the same org phone.
 */
import { LRUCache } from 'lru-cache';
import { chatObjectOf, listItemOf } from './chat-views.ts';
import type { ChatEntry } from './entry.ts';
import type { MessageRecord } from './types.ts';
import type { ChatListItem, ChatObject } from './chat-types.ts';

export interface ChatViews {
  /** GET /chats item of an entry. */
  listItem(entry: ChatEntry): ChatListItem;
  /** GET /chats/{chat_id} object of an entry. */
  chatObject(entry: ChatEntry): ChatObject;
  /**
   * Sorted chat ids shared with a 1:1 counterpart on the same phone (incl. the chat itself); [] for
   * groups [I].
   */
  commonChats(entry: ChatEntry): string[];
}

/** Most list items kept (each ~2–3 KB with its latest message). */
const LIST_ITEM_CACHE = 25_000;

/**
 * @param latestOf - newest message of an entry (list shape) or null
 */
export function createChatViews(
  chats: readonly ChatEntry[],
  latestOf: (entry: ChatEntry) => MessageRecord | null,
): ChatViews {
  const items = new LRUCache<number, ChatListItem>({ max: LIST_ITEM_CACHE });
  let groupsOf: Map<string, string[]> | undefined;
  const commonChats = (entry: ChatEntry): string[] => {
    if (entry.core.chat_type === 'group') return [];
    if (!groupsOf) {
      groupsOf = new Map();
      for (const g of chats) {
        if (g.core.chat_type !== 'group') continue;
        for (const m of g.members) {
          const key = `${g.org_phone} ${m.contact.id}`;
          groupsOf.set(key, [...(groupsOf.get(key) ?? []), g.chat_id]);
        }
      }
    }
    return [...(groupsOf.get(`${entry.org_phone} ${entry.chat_id}`) ?? []), entry.chat_id].sort();
  };
  return {
    listItem: (entry) => {
      let item = items.get(entry.index);
      if (!item) {
        item = listItemOf(entry, latestOf(entry));
        items.set(entry.index, item);
      }
      return item;
    },
    chatObject: (entry) => chatObjectOf(entry, latestOf(entry), commonChats(entry)),
    commonChats,
  };
}
