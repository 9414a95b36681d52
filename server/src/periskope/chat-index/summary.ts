/**
 * Chat-list items as the browser gets them: the chat fields a list row or table column shows,
 * and its `latest_message` cut down to a preview.
 *
 * Why: a Periskope list item carries its whole latest message (delivery maps, links, vCards,
 * poll results…); in a 50-chat page that was 59 KB of 98 KB. A row shows one line of it. The
 * thread fetches full messages through /api/chats/:chatId/messages, so nothing is lost.
 */
import type { CallInfo, Chat, InviteInfo, Message } from '../api/index.ts';

/**
 * Longest `body` a preview keeps, in grapheme clusters (a row shows one line; the table one cell).
 */
export const PREVIEW_BODY_CHARS = 160;

/**
 * The part of `latest_message` a chat row needs to say what the message was
 * (docs/periskope-api.md#message fields).
 */
export interface MessagePreview {
  message_id: string;
  message_type: string;
  /** ISO timestamp of the message; null when Periskope sent none (official type allows it). */
  timestamp: string | null;
  from_me: boolean;
  /** Sender `…@c.us`; in groups the row prefixes the sender. */
  sender_phone: string | null;
  /**
   * docs/periskope-api.md#message ack (-1 failed … 4 read), for the ticks on the org's own last
   * message.
   */
  ack: number | null;
  is_deleted: boolean | null;
  /**
   * Text or caption, whitespace collapsed, at most {@link PREVIEW_BODY_CHARS} grapheme clusters.
   */
  body: string | null;
  /** True when `body` was cut. */
  body_truncated: boolean;
  /** Document file name and mimetype, when the message has media. */
  media: { filename: string | null; mimetype: string | null } | null;
  /** Media length in seconds (voice notes, audio, video), when Periskope sends it. */
  duration: number | null;
  /** `poll_info.pollName` of a poll_creation. */
  poll_name: string | null;
  /** `FN:` of the first vCard of a vcard / multi_vcard. */
  contact_name: string | null;
  /** `location.name` of a location message. */
  location_name: string | null;
  /** A `call_log`'s call (video or voice, outcome, length). */
  call: CallInfo | null;
  /** A `groups_v4_invite`'s card. */
  invite: InviteInfo | null;
  /** Timer a disappearing-messages change set, s (0 = off). */
  ephemeral_duration: number | null;
  /** The latest message could not be read (a placeholder). */
  unreadable: boolean;
}

/**
 * A chat as GET /api/chats lists it (docs/periskope-api.md#chat field names; no members, no full
 * message).
 */
export interface ChatSummary {
  chat_id: string;
  chat_name: string | null;
  /** `user`, `group`, `business`, `unknown`, or any other kind Periskope sends, as sent. */
  chat_type: Chat['chat_type'];
  chat_image: string | null;
  org_phone: string | null;
  member_count: number | null;
  /** Label ids (`label-…`) set on the chat; Periskope lists do not carry label names. */
  label_ids: string[];
  assigned_to: string | null;
  message_unread_count: number | null;
  is_muted: boolean | null;
  is_exited: boolean | null;
  is_pinned: boolean | null;
  is_archived: boolean | null;
  created_at: string | null;
  /** Snoozed until (epoch ms), from `snooze_metadata`; null when not snoozed. */
  snooze_until: number | null;
  /** Flagged messages awaiting a reply, summed over `flag_count_map`. */
  flag_count: number;
  latest_message: MessagePreview | null;
}

/** `FN:` (formatted name) of the first vCard, per RFC 6350 §6.2.1; null when absent. */
export function vcardName(vcards: readonly string[]): string | null {
  const match = /^FN[^:\r\n]*:(.+)$/m.exec(vcards[0] ?? '');
  return match?.[1]?.trim() || null;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * One line of at most `max` grapheme clusters (UAX #29 via `Intl.Segmenter`), so a cut never splits
 * an emoji ZWJ sequence, a flag or a combining accent. Lines shorter than `max` UTF-16 units
 * cannot need a cut and skip the segmenter.
 */
function previewText(
  text: string | null,
  max = PREVIEW_BODY_CHARS,
): { body: string | null; body_truncated: boolean } {
  if (!text) return { body: text, body_truncated: false };
  const line = text
    .slice(0, max * 8)
    .replace(/\s+/g, ' ')
    .trim();
  const longInput = text.length > max * 8;
  if (line.length <= max) return { body: line, body_truncated: longInput };
  let cut = 0;
  let count = 0;
  for (const { index } of graphemes.segment(line)) {
    if (count === max) {
      cut = index;
      break;
    }
    count++;
  }
  if (cut === 0) return { body: line, body_truncated: longInput };
  return { body: line.slice(0, cut), body_truncated: true };
}

/** @returns the preview of a listed message, or null */
export function messagePreview(message: Message | null): MessagePreview | null {
  if (!message) return null;
  return {
    message_id: message.message_id,
    message_type: message.message_type,
    timestamp: message.timestamp,
    from_me: message.from_me,
    sender_phone: message.sender_phone,
    ack: message.ack,
    is_deleted: message.is_deleted,
    ...previewText(message.body),
    media: message.media
      ? { filename: message.media.filename, mimetype: message.media.mimetype }
      : null,
    duration: message.duration,
    poll_name: message.poll_info?.pollName ?? null,
    contact_name: message.vcards.length ? vcardName(message.vcards) : null,
    location_name: message.location?.name ?? null,
    call: message.call,
    invite: message.invite,
    ephemeral_duration: message.ephemeral_duration,
    unreadable: message.unreadable,
  };
}

/** @returns the list item the browser gets for a chat parsed at the boundary */
export function chatSummary(chat: Chat): ChatSummary {
  return {
    chat_id: chat.chat_id,
    chat_name: chat.chat_name,
    chat_type: chat.chat_type,
    chat_image: chat.chat_image,
    org_phone: chat.org_phone,
    member_count: chat.member_count,
    label_ids: Object.keys(chat.label_ids).filter((id) => chat.label_ids[id]),
    assigned_to: chat.assigned_to,
    message_unread_count: chat.message_unread_count,
    is_muted: chat.is_muted,
    is_exited: chat.is_exited,
    is_pinned: chat.is_pinned,
    is_archived: chat.is_archived,
    created_at: chat.created_at,
    snooze_until: chat.snooze_metadata?.snooze_until ?? null,
    flag_count: Object.values(chat.flag_count_map).reduce((sum, n) => sum + n, 0),
    latest_message: messagePreview(chat.latest_message),
  };
}
