/**
 * Chat and member objects (docs/periskope-api.md#chat; official `ChatType`, `ChatMemberType`),
 * parsed and normalised.
 */
import { z } from 'zod';
import {
  chatIdField,
  epochMs,
  flagMap,
  jsonMap,
  looseBool,
  looseNumber,
  nbool,
  nstr,
  ntimestamp,
  numberMap,
  stringList,
} from './common.ts';
import { messageSchema } from './message.ts';
import { tolerantArray, tolerantObject, tolerantRecord } from './tolerance.ts';

/**
 * Member of a chat (`members[contact_id]`, GET /chats/{id} only). The official `ChatMemberType`
 * is a participant merged with its contact, so besides `contact_name` a member may carry the
 * WhatsApp push name, the verified business name and the contact's markers.
 */
export const memberSchema = z.object({
  contact_id: z.string(),
  contact_name: nstr,
  contact_image: nstr,
  contact_color: nstr,
  is_admin: nbool,
  is_super_admin: nbool,
  is_internal: nbool,
  org_phone: nstr,
  /** The name the person set in WhatsApp. */
  pushname: nstr,
  /** WhatsApp's verified business name. */
  verified_name: nstr,
  short_name: nstr,
  name: nstr,
  /** The name an agent gave the contact in Periskope. */
  periskope_name: nstr,
  number: nstr,
  contact_type: nstr,
  is_blocked: nbool,
  is_business: nbool,
  is_enterprise: nbool,
  is_my_contact: nbool,
  verified_level: looseNumber,
});
export type Member = z.output<typeof memberSchema>;

/**
 * `chat_type`: REST says `user|group|business` (official type adds `unknown`), old docs and
 * webhooks `individual`/`chat` (Quirks). Rule: an `@g.us` id is a group; `individual`/`chat` are
 * `user`; any other value is kept as sent, so a new kind shows as itself; null reads `unknown`.
 */
function normaliseChatType(chat_id: string, raw: string | null): string {
  if (chat_id.endsWith('@g.us') || raw === 'group') return 'group';
  if (raw === 'individual' || raw === 'chat') return 'user';
  return raw ?? 'unknown';
}

/** A pinned message (official `ChatType.pinned_messages`); times epoch ms. */
const pinnedMessage = z.object({ message_id: z.string(), pinned_at: epochMs, expires_at: epochMs });

/** Snooze (official `ChatType.snooze_metadata`): `snooze_until` epoch ms. */
const snooze = z
  .object({ snooze_until: epochMs, snooze_message: nstr, snooze_by: nstr })
  .nullish()
  .catch(null)
  .transform((v) => (v && v.snooze_until !== null ? v : null));

const chatShape = {
  chat_id: chatIdField,
  chat_name: nstr,
  chat_type: nstr,
  chat_image: nstr,
  org_id: nstr,
  org_phone: nstr,
  chat_org_phones: stringList,
  member_count: looseNumber,
  /** A latest message that does not parse reads as null (and is counted), not a lost chat. */
  latest_message: tolerantObject(messageSchema, 'latest_message'),
  /**
   * Epoch ms of the latest activity (official `number | null`), the sort key when the message time
   * is null.
   */
  latest_message_timestamp: epochMs,
  label_ids: flagMap,
  /** Values of any JSON type (official type: `Json`); keys are property ids. */
  custom_properties: jsonMap,
  assigned_to: nstr,
  chat_access: flagMap,
  is_muted: nbool,
  is_exited: nbool,
  is_archived: nbool,
  is_pinned: nbool,
  message_unread_count: looseNumber,
  /** Unread messages per org member (email → count), official `member_unread_count`. */
  member_unread_count: numberMap,
  /** Unread messages per org phone, official `unread_count`. */
  unread_count: numberMap,
  /** Flagged messages awaiting a reply, per org phone (official `flag_count_map`). */
  flag_count_map: numberMap,
  snooze_metadata: snooze,
  pinned_messages: tolerantArray(pinnedMessage, 'pinned_messages'),
  closed_at: looseNumber,
  created_at: ntimestamp,
  updated_at: ntimestamp,
  invite_link: nstr,
  group_description: nstr,
  info_admins_only: nbool,
  messages_admins_only: nbool,
  /** List items only: the string `'true'`/`'false'` (Quirks); `true` = everyone may add. */
  member_add_mode: looseBool,
  /** GET /chats/{id} only; inverse of `member_add_mode` (docs/periskope-api.md#notification). */
  add_members_admins_only: nbool,
  /** GET /chats/{id} only (absent from list items); a bad member is left out and counted. */
  members: tolerantRecord(memberSchema, 'members'),
};

/** Chat as it comes from GET /chats and GET /chats/{id}, with `chat_type` normalised. */
export const chatSchema = z.object(chatShape).transform((c) => ({
  ...c,
  chat_type: normaliseChatType(c.chat_id, c.chat_type),
  /** Creation time; `1970-01-01` in Periskope means "unknown" (Quirks). */
  created_at: c.created_at && c.created_at.startsWith('1970-01-01') ? null : c.created_at,
}));
export type Chat = z.output<typeof chatSchema>;
