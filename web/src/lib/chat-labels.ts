/**
 * How a chat is named and typed in the UI, shared by the list, the thread and the details pane.
 */
import type { ChatListItem } from './api-types.ts';
import { formatChatId } from './format.ts';

/**
 * @param chat - needs `chat_name` and `chat_id`
 * @returns `chat_name`, else the formatted number (1:1) or "Unnamed group"
 */
export function chatDisplayName(chat: Pick<ChatListItem, 'chat_name' | 'chat_id'>): string {
  return chat.chat_name?.trim() || formatChatId(chat.chat_id);
}

/** Kinds the UI knows (official `ChatType.chat_type`: `user | group | business | unknown`). */
const TYPE_LABELS: Readonly<Record<string, string>> = {
  user: 'User',
  group: 'Group',
  business: 'Business',
  unknown: 'Unknown',
};

/**
 * @param chatType - `chat_type` as the BFF keeps it: a known kind, or any other kind as Periskope sent it
 * @returns `User`, `Group`, `Business` or `Unknown`; another kind as sent (never taken for a 1:1)
 */
export function chatTypeLabel(chatType: ChatListItem['chat_type']): string {
  return Object.hasOwn(TYPE_LABELS, chatType)
    ? TYPE_LABELS[chatType]!
    : chatType.trim() || 'Unknown';
}

/**
 * @param chatId - a `chat_id`
 * @returns true when it is a phone number's chat (`…@c.us`), whose number can be shown
 */
export function isPhoneChatId(chatId: string): boolean {
  return chatId.endsWith('@c.us');
}

/** @returns `1 member`, `12 members`, or null when the count is unknown */
export function memberCountLabel(count: number | null): string | null {
  if (count === null) return null;
  return `${count} ${count === 1 ? 'member' : 'members'}`;
}
