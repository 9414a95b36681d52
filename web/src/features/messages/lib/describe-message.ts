/**
 * One line that stands for a message where there is no room for its content: the preview of a
 * quoted reply. Text gives its first line; other kinds an emoji and their caption or their kind.
 * (The chat list words its own previews in features/chats: features do not share code.)
 */
import type { Message } from '../../../lib/api-types.ts';
import { formatDuration } from '../../../lib/format.ts';
import { messageKind } from '../../../lib/message-kind.ts';
import { parseVCards } from './vcard.ts';

type Fields = Pick<Message, 'message_type' | 'is_deleted' | 'body' | 'media' | 'duration' | 'poll_info' | 'vcards' | 'location'>;

const withDuration = (label: string, seconds: number | null) => (seconds ? `${label} ${formatDuration(seconds)}` : label);

/** @returns the first non-empty line of `text`, trimmed, or '' */
function firstLine(text: string | null): string {
  return text?.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
}

/**
 * @returns plain text (rendered as a React text node, never HTML); captions win over the kind's
 *   word ("📷 Sunset" rather than "📷 Photo")
 */
export function describeMessage(message: Fields): string {
  const caption = showsBody(message) ? firstLine(message.body) : '';
  switch (messageKind(message)) {
    case 'text': return caption;
    case 'image': return `📷 ${caption || 'Photo'}`;
    case 'sticker': return 'Sticker';
    case 'video': return `🎥 ${caption || withDuration('Video', message.duration)}`;
    case 'voice': return withDuration('🎤 Voice message', message.duration);
    case 'audio': return withDuration('🎵 Audio', message.duration);
    case 'document': return `📄 ${message.media?.filename || caption || 'Document'}`;
    case 'location': return `📍 ${message.location?.name || message.location?.address || 'Location'}`;
    case 'contact': {
      const names = message.vcards.flatMap(parseVCards).map((c) => c.name).filter(Boolean);
      return names.length > 1 ? `👤 ${names[0]} and ${names.length - 1} more` : `👤 ${names[0] ?? 'Contact'}`;
    }
    case 'poll': return `📊 ${message.poll_info?.pollName || 'Poll'}`;
    case 'deleted': return 'This message was deleted';
    case 'waiting': return 'Waiting for this message';
    case 'unsupported': return `Unsupported message (${message.message_type})`;
  }
}

/** @returns whether `body` is the message's text or caption (false for polls, vCards, deleted…) */
export function showsBody(message: Pick<Message, 'message_type' | 'is_deleted'>): boolean {
  const kind = messageKind(message);
  return kind === 'text' || kind === 'image' || kind === 'video' || kind === 'document';
}
