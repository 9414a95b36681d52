/**
 * One-line preview of a chat's latest message, as the chat list shows it.
 */
import type { Message } from '../../../lib/api-types.ts';
import { messageKind, vcardName } from '../../../lib/message-kind.ts';

type PreviewFields = Pick<Message, 'message_type' | 'is_deleted' | 'body' | 'media' | 'poll_info' | 'vcards'>;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * @param message - the chat's `latest_message`, or null
 * @returns plain text (rendered as a React text node, never HTML); `''` when there is no message
 */
export function messagePreview(message: PreviewFields | null): string {
  if (!message) return '';
  const caption = message.body ? oneLine(message.body) : '';
  switch (messageKind(message)) {
    case 'text': return caption;
    case 'image': return `📷 ${caption || 'Photo'}`;
    case 'video': return `🎥 ${caption || 'Video'}`;
    case 'voice': return '🎤 Voice message';
    case 'audio': return '🎵 Audio';
    case 'document': return `📄 ${message.media?.filename || caption || 'Document'}`;
    case 'sticker': return 'Sticker';
    case 'location': return '📍 Location';
    case 'contact': return `👤 ${vcardName(message.vcards) ?? 'Contact'}`;
    case 'poll': return `📊 Poll: ${message.poll_info?.pollName || caption || 'untitled'}`;
    case 'deleted': return 'This message was deleted';
    case 'waiting': return 'Waiting for this message';
    case 'unsupported': return 'Unsupported message';
  }
}
