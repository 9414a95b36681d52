/**
 * Classifies a message by what the UI must show for it (docs/periskope-api.md#message
 * `message_type`: documented types, the SDK's `SUPPORTED_TYPES`, and raw WhatsApp-Web types that
 * leak through). One classification for the thread's bubbles and for every one-line description
 * (lib/describe-message.ts), so both always agree on what a message is.
 */
import type { Message } from './api-types.ts';

/**
 * What a bubble renders, by kind:
 * - content: `text` (body), `image`, `video`, `voice` (ptt), `audio`, `document`, `sticker`,
 *   `location`, `contact` (vcard / multi_vcard), `poll` (poll_creation);
 * - `interactive`: business messages whose `body` is their text (interactive, list, list_response,
 *   buttons_response, template_button_reply, hsm): render the body as text when there is one;
 * - `call`: a call entry (`call_log`), from the message's `call` (video/voice, outcome, duration)
 *   and `from_me` (direction);
 * - `invite`: a group-invite card (`groups_v4_invite`), from `invite` (group name, caption,
 *   expiry);
 * - centred system lines, no bubble: `e2e` (the encryption notice), `ephemeral` (the
 *   disappearing-messages timer changed; `ephemeral_duration` s, 0 = off), `system` (gp2,
 *   notification, protocol and other WhatsApp service entries);
 * - muted notices: `deleted` (revoked or `is_deleted`), `waiting` (ciphertext), `unreadable`
 *   (the BFF's placeholder for a message it could not read: "This message could not be shown"),
 *   `unsupported` (any other type, named by its raw `message_type`).
 * The one-line wording of each kind is lib/describe-message.ts `describeMessage`.
 */
export type MessageKind =
  | 'text'
  | 'image'
  | 'video'
  | 'voice'
  | 'audio'
  | 'document'
  | 'sticker'
  | 'location'
  | 'contact'
  | 'poll'
  | 'interactive'
  | 'call'
  | 'invite'
  | 'e2e'
  | 'ephemeral'
  | 'system'
  | 'deleted'
  | 'waiting'
  | 'unreadable'
  | 'unsupported';

/** Every kind, in the order of {@link MessageKind} (for exhaustive tests and pickers). */
export const MESSAGE_KINDS: readonly MessageKind[] = [
  'text',
  'image',
  'video',
  'voice',
  'audio',
  'document',
  'sticker',
  'location',
  'contact',
  'poll',
  'interactive',
  'call',
  'invite',
  'e2e',
  'ephemeral',
  'system',
  'deleted',
  'waiting',
  'unreadable',
  'unsupported',
];

/** Kinds shown as a centred system line rather than a bubble. */
export const SYSTEM_LINE_KINDS: ReadonlySet<MessageKind> = new Set(['e2e', 'ephemeral', 'system']);

/** Documented, SDK and raw WhatsApp-Web types mapped to a kind; anything else is unsupported. */
const KIND_BY_TYPE: Record<string, MessageKind> = {
  chat: 'text',
  text: 'text',
  image: 'image',
  video: 'video',
  ptt: 'voice',
  audio: 'audio',
  document: 'document',
  sticker: 'sticker',
  location: 'location',
  vcard: 'contact',
  multi_vcard: 'contact',
  poll_creation: 'poll',
  revoked: 'deleted',
  ciphertext: 'waiting',
  call_log: 'call',
  groups_v4_invite: 'invite',
  e2e_notification: 'e2e',
  ephemeral: 'ephemeral',
  gp2: 'system',
  notification: 'system',
  notification_template: 'system',
  protocol: 'system',
  broadcast_notification: 'system',
  interactive: 'interactive',
  list: 'interactive',
  list_response: 'interactive',
  buttons_response: 'interactive',
  template_button_reply: 'interactive',
  hsm: 'interactive',
};

/** The fields {@link messageKind} reads; a chat-list preview and a full message both have them. */
export type KindFields = Pick<Message, 'message_type' | 'is_deleted'> &
  Partial<Pick<Message, 'unreadable' | 'ephemeral_duration'>>;

/**
 * @param message - `message_type`, `is_deleted`, and `unreadable` / `ephemeral_duration` when known
 * @returns the display kind. An unreadable placeholder wins over everything, then `is_deleted`;
 *   a service entry (gp2, notification, protocol) that carries a timer is an `ephemeral` change.
 */
export function messageKind(message: KindFields): MessageKind {
  if (message.unreadable) return 'unreadable';
  if (message.is_deleted) return 'deleted';
  const kind = KIND_BY_TYPE[message.message_type] ?? 'unsupported';
  if (kind === 'system' && message.ephemeral_duration != null) return 'ephemeral';
  return kind;
}

/**
 * @returns whether `body` is the message's text or caption (false for polls, vCards, locations,
 *   deleted and system entries, whose `body` holds something else or nothing to show)
 */
export function showsBody(message: KindFields): boolean {
  const kind = messageKind(message);
  return (
    kind === 'text' ||
    kind === 'image' ||
    kind === 'video' ||
    kind === 'document' ||
    kind === 'interactive'
  );
}

/**
 * @param vcards - raw vCard texts (RFC 6350), one card each or several in one
 * @returns the `FN:` of the first card (`\,` `\;` `\\` unescaped, RFC 6350 §3.4), or null
 */
export function vcardName(vcards: readonly string[]): string | null {
  const match = /^FN[^:\r\n]*:(.+)$/m.exec(vcards[0] ?? '');
  return match?.[1]?.replace(/\\([\\,;])/g, '$1').trim() || null;
}

/** @returns how many contact cards the vCard texts hold (at least one per non-empty text) */
export function vcardCount(vcards: readonly string[]): number {
  return vcards.reduce(
    (sum, text) =>
      sum + (text.trim() ? Math.max(1, text.match(/^BEGIN:VCARD/gim)?.length ?? 0) : 0),
    0,
  );
}
