/**
 * What the thread shows for a message that is not plain text or a displayable image: an honest
 * one-line placeholder (media are not played or downloaded yet).
 */
import type { Message } from '../../../lib/api-types.ts';
import { formatDuration, formatFileSize } from '../../../lib/format.ts';
import { messageKind, vcardName } from '../../../lib/message-kind.ts';

type Fields = Pick<Message, 'message_type' | 'is_deleted' | 'media' | 'duration' | 'poll_info' | 'vcards' | 'location'>;

const withDuration = (label: string, seconds: number | null) => (seconds === null ? label : `${label} ${formatDuration(seconds)}`);

/**
 * @returns the placeholder line, or null for text messages and images/stickers that have media
 */
export function describeMessage(message: Fields): string | null {
  const kind = messageKind(message);
  switch (kind) {
    case 'text': return null;
    case 'image': return message.media?.path || message.media?.thumbnail ? null : '📷 Photo';
    case 'sticker': return message.media?.path || message.media?.thumbnail ? null : 'Sticker';
    case 'video': return withDuration('🎥 Video', message.duration);
    case 'voice': return withDuration('🎤 Voice message', message.duration);
    case 'audio': return withDuration('🎵 Audio', message.duration);
    case 'document': {
      const size = message.media?.size;
      const name = message.media?.filename || 'Document';
      return size === null || size === undefined ? `📄 ${name}` : `📄 ${name} · ${formatFileSize(size)}`;
    }
    case 'location': {
      const place = message.location?.name ?? message.location?.address;
      return place ? `📍 Location · ${place}` : '📍 Location';
    }
    case 'contact': return `👤 Contact: ${vcardName(message.vcards) ?? 'unnamed'}`;
    case 'poll': return `📊 Poll: ${message.poll_info?.pollName || 'untitled'}`;
    case 'deleted': return 'This message was deleted';
    case 'waiting': return 'Waiting for this message';
    case 'unsupported': return `Unsupported message (${message.message_type})`;
  }
}

/** @returns whether `body` is the message's text or caption (false for polls, deleted messages…) */
export function showsBody(message: Pick<Message, 'message_type' | 'is_deleted'>): boolean {
  const kind = messageKind(message);
  return kind === 'text' || kind === 'image' || kind === 'video' || kind === 'document';
}
