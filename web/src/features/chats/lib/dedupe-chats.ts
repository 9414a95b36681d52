/**
 * The same group appears once per org phone in the chat list; rows are keyed by both.
 */
import type { ChatListItem } from '@/lib/api-types.ts';

/** @returns the row key `org_phone|chat_id` */
export function chatRowKey(chat: Pick<ChatListItem, 'org_phone' | 'chat_id'>): string {
  return `${chat.org_phone ?? ''}|${chat.chat_id}`;
}

/**
 * Flattens loaded pages and drops repeats (offset paging may shift when new activity reorders
 * the list between page loads).
 * @param pages - loaded pages, in order
 * @returns chats in first-seen order, unique by {@link chatRowKey}
 */
export function dedupeChats(pages: { chats: ChatListItem[] }[]): ChatListItem[] {
  const seen = new Set<string>();
  const out: ChatListItem[] = [];
  for (const page of pages) {
    for (const chat of page.chats) {
      const key = chatRowKey(chat);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(chat);
    }
  }
  return out;
}
