/**
 * The stand-in for a message the BFF could not read: the thread shows "This message could not be
 * shown" in its place, so the order stays honest and nothing is silently missing.
 */
import { chatIdField, ntimestamp } from './common.ts';
import type { Message } from './message.ts';

const pick = (raw: unknown, key: string): unknown =>
  raw && typeof raw === 'object' && !Array.isArray(raw)
    ? (raw as Record<string, unknown>)[key]
    : undefined;
const safe = <T>(
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false } },
  value: unknown,
  fallback: T,
): T => {
  const result = schema.safeParse(value);
  return result.success ? result.data : fallback;
};

/**
 * @param raw - the upstream item that failed its schema
 * @param position - its position in the upstream list (0-based), for an id when it has none
 * @returns a message with `unreadable: true`, the id, chat, time and direction salvaged when they
 *   are readable, and nothing else (no text: what failed may be the text)
 */
export function unreadableMessage(raw: unknown, position: number): Message {
  const id = pick(raw, 'message_id');
  return {
    message_id: typeof id === 'string' && id ? id : `unreadable-${position}`,
    unique_id: null,
    id: null,
    chat_id: safe(chatIdField, pick(raw, 'chat_id'), ''),
    org_id: null,
    org_phone: null,
    timestamp: safe(ntimestamp, pick(raw, 'timestamp'), null),
    updated_at: null,
    from_me: pick(raw, 'from_me') === true,
    sender_phone: null,
    author: null,
    body: null,
    message_type: 'unknown',
    ack: null,
    delivery_info: null,
    media: null,
    quoted_message_id: null,
    mentioned_ids: [],
    prev_body: null,
    is_deleted: null,
    is_forwarded: null,
    forwarding_score: null,
    is_starred: null,
    is_ephemeral: null,
    is_gif: null,
    is_private_note: null,
    broadcast_id: null,
    duration: null,
    location: null,
    vcards: [],
    poll_info: null,
    poll_results: null,
    links: [],
    sent_message_id: null,
    performed_by: null,
    message_ticket_id: null,
    flag_status: null,
    flag_metadata: null,
    flag_response_time: null,
    call: null,
    invite: null,
    ephemeral_duration: null,
    link_preview: null,
    unreadable: true,
  };
}
