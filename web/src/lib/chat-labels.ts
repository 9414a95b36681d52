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

const TYPE_LABELS: Record<ChatListItem['chat_type'], string> = { user: 'User', group: 'Group', business: 'Business' };

/** @returns `User`, `Group` or `Business` */
export function chatTypeLabel(chatType: ChatListItem['chat_type']): string {
  return TYPE_LABELS[chatType];
}

/** @returns `1 member`, `12 members`, or null when the count is unknown */
export function memberCountLabel(count: number | null): string | null {
  if (count === null) return null;
  return `${count} ${count === 1 ? 'member' : 'members'}`;
}
