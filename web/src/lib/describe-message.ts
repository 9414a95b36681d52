/**
 * One line that stands for a message where there is no room for its content: chat-list previews,
 * quoted replies, the message-info drawer, notifications and accessible descriptions. A full
 * message and a chat-list preview (the BFF's `latest_message`,
 * server/src/periskope/chat-index/summary.ts) are described by the same code: the preview is
 * already a {@link MessageSummary}, and {@link summariseMessage} makes one of a full message.
 */
import type { ChatListItem, Message } from './api-types.ts';
import { describeCall, describeTimer } from './describe-events.ts';
import { formatDuration } from './format.ts';
import { truncateGraphemes } from './graphemes.ts';
import { messageKind, showsBody, vcardCount, vcardName } from './message-kind.ts';

/** `latest_message` of a listed chat. */
export type LatestMessage = NonNullable<ChatListItem['latest_message']>;

/** What a description reads: a chat-list preview has exactly these fields. */
export type MessageSummary = Pick<
  LatestMessage,
  | 'message_type'
  | 'is_deleted'
  | 'from_me'
  | 'body'
  | 'body_truncated'
  | 'duration'
  | 'poll_name'
  | 'contact_name'
  | 'location_name'
  | 'call'
  | 'invite'
  | 'ephemeral_duration'
  | 'unreadable'
> & {
  media: { filename: string | null } | null;
  /** Contact cards of a vcard / multi_vcard, when known (a preview names the first only). */
  contact_count?: number | undefined;
};

/** Grapheme clusters of text a summary keeps (as many as the BFF keeps in a preview). */
export const SUMMARY_CHARS = 160;

/** The fields of a full message {@link summariseMessage} reads. */
export type SummarisedFields = Pick<
  Message,
  | 'message_type'
  | 'is_deleted'
  | 'from_me'
  | 'body'
  | 'media'
  | 'duration'
  | 'poll_info'
  | 'vcards'
  | 'location'
  | 'call'
  | 'invite'
  | 'ephemeral_duration'
  | 'unreadable'
>;

/** @returns the first non-empty line of `text`, trimmed, or '' */
function firstLine(text: string | null): string {
  return (
    text
      ?.split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? ''
  );
}

/**
 * @param message - a message as the thread or GET /api/messages/:id has it
 * @returns its summary: the first line of the body cut at {@link SUMMARY_CHARS} grapheme
 *   clusters, the poll's name, the first contact card's name and the card count, the place name
 */
export function summariseMessage(message: SummarisedFields): MessageSummary {
  const line = firstLine(message.body);
  const body = truncateGraphemes(line, SUMMARY_CHARS);
  return {
    message_type: message.message_type,
    is_deleted: message.is_deleted,
    from_me: message.from_me,
    body: body || null,
    body_truncated: false, // the ellipsis is already in `body`
    media: message.media,
    duration: message.duration,
    poll_name: message.poll_info?.pollName ?? null,
    contact_name: vcardName(message.vcards),
    contact_count: vcardCount(message.vcards),
    location_name: message.location?.name || message.location?.address || null,
    call: message.call,
    invite: message.invite,
    ephemeral_duration: message.ephemeral_duration,
    unreadable: message.unreadable,
  };
}

const withDuration = (label: string, seconds: number | null) =>
  seconds ? `${label} ${formatDuration(seconds)}` : label;

/** Business message types and what they are called when they carry no text. */
const INTERACTIVE: Record<string, string> = {
  list: '📋 List message',
  list_response: 'List reply',
  buttons_response: 'Button reply',
  template_button_reply: 'Button reply',
  hsm: 'Template message',
};

/** WhatsApp service entries (kind `system`), named for what they are. */
const SYSTEM: Record<string, string> = {
  gp2: 'Group details changed',
  notification: 'WhatsApp notification',
  notification_template: 'WhatsApp notification',
  broadcast_notification: 'Broadcast list notification',
  protocol: 'WhatsApp system message',
};

/**
 * @param message - a chat-list preview, or {@link summariseMessage} of a full message
 * @returns plain text (rendered as a React text node, never HTML); `''` for a text message
 *   without text. Captions win over the kind's word ("📷 Sunset" rather than "📷 Photo").
 * @example describeMessage(latest) // "🎤 Voice message 0:12", "📞 Missed voice call"
 */
export function describeMessage(message: MessageSummary): string {
  const line = showsBody(message) && message.body ? message.body : '';
  const caption = line && message.body_truncated ? `${line}…` : line;
  const kind = messageKind(message);
  switch (kind) {
    case 'text':
      return caption;
    case 'image':
      return `📷 ${caption || 'Photo'}`;
    case 'sticker':
      return 'Sticker';
    case 'video':
      return `🎥 ${caption || withDuration('Video', message.duration)}`;
    case 'voice':
      return withDuration('🎤 Voice message', message.duration);
    case 'audio':
      return withDuration('🎵 Audio', message.duration);
    case 'document':
      return `📄 ${message.media?.filename || caption || 'Document'}`;
    case 'location':
      return `📍 ${message.location_name || 'Location'}`;
    case 'contact':
      return describeContacts(message.contact_name, message.contact_count ?? 1);
    case 'poll': {
      // Some payloads carry the poll's question as its body only.
      const name = message.poll_name || firstLine(message.body);
      return `📊 Poll${name ? `: ${name}` : ''}`;
    }
    case 'interactive':
      return caption || (INTERACTIVE[message.message_type] ?? 'Interactive message');
    case 'call':
      return describeCall(message.call, message.from_me);
    case 'invite':
      return `👥 Group invite${message.invite?.group_name ? `: ${message.invite.group_name}` : ''}`;
    case 'e2e':
      return '🔒 Messages and calls are end-to-end encrypted';
    case 'ephemeral':
      return describeTimer(message.ephemeral_duration);
    case 'system':
      return SYSTEM[message.message_type] ?? `System message (${message.message_type})`;
    case 'deleted':
    case 'waiting':
    case 'unreadable':
    case 'unsupported':
      return noticeText(kind, message.message_type);
  }
}

/** Kinds with no content to show, only a notice (the thread renders them as muted one-liners). */
export type NoticeKind = 'deleted' | 'waiting' | 'unreadable' | 'unsupported';

/**
 * The words of a notice, the same in the thread, previews and labels (WhatsApp's own wording for
 * deleted and still-encrypted messages).
 * @param messageType - names the type of an `unsupported` message
 */
export function noticeText(kind: NoticeKind, messageType: string): string {
  switch (kind) {
    case 'deleted':
      return 'This message was deleted';
    case 'waiting':
      return 'Waiting for this message. This may take a while.';
    case 'unreadable':
      return 'This message could not be shown';
    case 'unsupported':
      return `Unsupported message (${messageType})`;
  }
}

function describeContacts(name: string | null, count: number): string {
  if (count > 1) return name ? `👤 ${name} and ${count - 1} more` : `👤 ${count} contacts`;
  return `👤 ${name ?? 'Contact'}`;
}
