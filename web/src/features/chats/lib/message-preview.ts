/**
 * One-line preview of a chat's latest message, as the chat list and table show it. Input is the
 * BFF's `latest_message` preview (server/src/periskope/chat-summary.ts), not a full message.
 */
import type { ChatListItem } from '../../../lib/api-types.ts';
import { formatDuration, formatPhone } from '../../../lib/format.ts';
import { messageKind } from '../../../lib/message-kind.ts';

/** `latest_message` of a listed chat. */
export type LatestMessage = NonNullable<ChatListItem['latest_message']>;

/**
 * @param message - the chat's `latest_message`, or null
 * @returns plain text (rendered as a React text node, never HTML); `''` when there is no message.
 *   Captions win over the type's word ("📷 Sunset" rather than "📷 Photo").
 */
export function messagePreview(message: LatestMessage | null): string {
  if (!message) return '';
  const caption = message.body ? `${message.body}${message.body_truncated ? '…' : ''}` : '';
  const duration = message.duration ? ` ${formatDuration(message.duration)}` : '';
  switch (messageKind(message)) {
    case 'text': return caption;
    case 'image': return `📷 ${caption || 'Photo'}`;
    case 'video': return `🎥 ${caption || `Video${duration}`}`;
    case 'voice': return `🎤 Voice message${duration}`;
    case 'audio': return `🎵 Audio${duration}`;
    case 'document': return `📄 ${message.media?.filename || caption || 'Document'}`;
    case 'sticker': return 'Sticker';
    case 'location': return `📍 ${message.location_name || 'Location'}`;
    case 'contact': return `👤 ${message.contact_name ?? 'Contact'}`;
    case 'poll': return `📊 Poll: ${message.poll_name || caption || 'untitled'}`;
    case 'deleted': return 'This message was deleted';
    case 'waiting': return 'Waiting for this message';
    case 'unsupported': return 'Unsupported message';
  }
}

/**
 * Who sent a group's latest message, for the row's prefix ("You", else the number: Periskope's
 * chat list carries no member names). Null for 1:1 chats, system-less previews and deleted ones.
 */
export function senderPrefix(chatType: ChatListItem['chat_type'], message: LatestMessage | null): string | null {
  if (!message || message.is_deleted) return null;
  if (message.from_me) return 'You';
  if (chatType !== 'group' || !message.sender_phone) return null;
  return formatPhone(message.sender_phone);
}
