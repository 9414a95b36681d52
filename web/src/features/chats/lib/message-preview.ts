/**
 * Who sent a chat's latest message, for the prefix of its preview line. The preview itself is
 * lib/describe-message.ts `describeMessage` (the same words as quoted replies and message info).
 */
import type { ChatListItem, Members } from '@/lib/api-types.ts';
import type { LatestMessage } from '@/lib/describe-message.ts';
import { memberName } from '@/lib/members.ts';

/**
 * @param chatType - the chat's `chat_type`: only groups name the sender
 * @param message - the chat's `latest_message`, or null
 * @param members - the group's members when its detail is already loaded (the chat list carries
 *   none); without them the sender is the formatted number
 * @returns "You" for the org's own message in any chat, the sender's name in groups, else null
 *   (1:1 chats, deleted messages, unknown senders)
 */
export function senderPrefix(
  chatType: ChatListItem['chat_type'],
  message: LatestMessage | null,
  members?: Members,
): string | null {
  if (!message || message.is_deleted || message.unreadable) return null;
  if (message.from_me) return 'You';
  if (chatType !== 'group' || !message.sender_phone) return null;
  return memberName(members, message.sender_phone);
}
