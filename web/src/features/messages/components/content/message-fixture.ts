/**
 * Test data: a message as the BFF sends it (server/src/periskope/schemas/message.ts), every
 * optional field null or empty, with fields overridden per test. Used by the tests of the
 * messages feature only; members come from test/api-fixtures.ts.
 */
import type { Message } from '@/lib/api-types.ts';

type Media = NonNullable<Message['media']>;

/** @returns a plain incoming 1:1 text message with `patch` applied */
export function makeMessage(patch: Partial<Message> = {}): Message {
  return {
    message_id: 'false_919537851844@c.us_3EB0AAA',
    unique_id: '3EB0AAA',
    id: null,
    chat_id: '919537851844@c.us',
    org_id: null,
    org_phone: '918527184400@c.us',
    timestamp: '2025-01-27T11:07:56.000Z',
    updated_at: null,
    from_me: false,
    sender_phone: '919537851844@c.us',
    author: null,
    body: 'Hello',
    message_type: 'chat',
    ack: 3,
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
    unreadable: false,
    ...patch,
  };
}

/** @returns media with `patch` applied (no fields set by default) */
export function makeMedia(patch: Partial<Media> = {}): Media {
  return {
    path: null,
    thumbnail: null,
    mimetype: null,
    filename: null,
    size: null,
    dimensions: null,
    ...patch,
  };
}
