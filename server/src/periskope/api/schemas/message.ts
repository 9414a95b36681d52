/**
 * Message object (docs/periskope-api.md#message; official `MessageType`), parsed and normalised.
 * Nested fields are read in message-fields.ts, free-form ones in message-extras.ts.
 */
import { z } from 'zod';
import {
  chatIdField,
  duration,
  idObject,
  looseBool,
  looseNumber,
  nbool,
  nstr,
  ntimestamp,
  stringList,
} from './common.ts';
import { messageExtras } from './message-extras.ts';
import {
  deliveryInfo,
  flagMetadata,
  links,
  location,
  media,
  pollInfo,
  pollResults,
} from './message-fields.ts';
import { reactionSchema } from './reaction.ts';
import { tolerantArray } from './tolerance.ts';

const messageShape = {
  message_id: z.string(),
  unique_id: nstr,
  id: idObject,
  chat_id: chatIdField,
  org_id: nstr,
  org_phone: nstr,
  /**
   * Official type: `string | null`. A null time keeps the message's place in the page (newest
   * first).
   */
  timestamp: ntimestamp,
  updated_at: ntimestamp,
  from_me: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
  sender_phone: nstr,
  author: nstr,
  body: nstr,
  /**
   * Kept as sent, unknown types included (the UI has a neutral line for them); null → `unknown`.
   */
  message_type: z
    .string()
    .nullish()
    .transform((v) => v ?? 'unknown'),
  /** `ack` is a string `"-1".."5"` in REST bodies, a number elsewhere (Quirks). */
  ack: looseNumber,
  delivery_info: deliveryInfo,
  media,
  quoted_message_id: nstr,
  mentioned_ids: stringList,
  prev_body: nstr,
  is_deleted: nbool,
  is_forwarded: nbool,
  forwarding_score: looseNumber,
  is_starred: nbool,
  is_ephemeral: nbool,
  is_gif: nbool,
  is_private_note: nbool,
  broadcast_id: nstr,
  /** Seconds (official `duration: string | null`: `"12"`, `"12.4"`, `"1:05"`). */
  duration,
  location,
  vcards: stringList,
  poll_info: pollInfo,
  poll_results: pollResults,
  links,
  sent_message_id: nstr,
  performed_by: nstr,
  /** Periskope ticket the message is attached to (`ticket-…`). */
  message_ticket_id: nstr,
  /** Flagged for a reply (official `flag_status: boolean | null`; older rows send a string). */
  flag_status: looseBool,
  flag_metadata: flagMetadata,
  /** Seconds the flag waited for its answer. */
  flag_response_time: looseNumber,
  /** Group-invite card of a `groups_v4_invite` (official type: `Json`); read by messageExtras. */
  invite_v4: z.unknown().optional(),
  /**
   * Free-form WhatsApp data (official: `{ translations?, [key]: unknown } | null`): calls, timers,
   * link previews; read by messageExtras.
   */
  raw_data: z.unknown().optional(),
};

/**
 * Message object as in lists (no `reactions`, docs/periskope-api.md#message), with `call`,
 * `invite`, `ephemeral_duration` and `link_preview` derived.
 */
export const messageSchema = z.object(messageShape).transform(messageExtras);
export type Message = z.output<typeof messageSchema>;

/**
 * GET /message/{id}: a message plus `reactions[]` (docs/periskope-api.md#endpoints); a bad reaction
 * is left out, not fatal.
 */
export const messageWithReactionsSchema = z
  .object({ ...messageShape, reactions: tolerantArray(reactionSchema, 'reactions') })
  .transform(messageExtras);
export type MessageWithReactions = z.output<typeof messageWithReactionsSchema>;
