/**
 * Chat and member objects (periskope-api.md §4.2), parsed and normalised.
 */
import { z } from 'zod';
import { chatIdField, flagMap, looseNumber, nbool, nstr, ntimestamp, stringList } from './common.ts';
import { messageSchema } from './message.ts';

/** Member of a chat (`members[contact_id]`, GET /chats/{id} only). */
export const memberSchema = z.object({
  contact_id: z.string(),
  contact_name: nstr,
  contact_image: nstr,
  contact_color: nstr,
  is_admin: nbool,
  is_super_admin: nbool,
  is_internal: nbool,
  org_phone: nstr,
});
export type Member = z.output<typeof memberSchema>;

/**
 * `chat_type`: REST says `user|group|business`, old docs and webhooks `individual`/`chat`
 * (gotcha 9). Rule: an `@g.us` id is a group, else business stays business, else user.
 */
function normaliseChatType(chat_id: string, raw: string | null): 'user' | 'group' | 'business' {
  if (chat_id.endsWith('@g.us') || raw === 'group') return 'group';
  return raw === 'business' ? 'business' : 'user';
}

/** `member_add_mode` is the string `'true'`/`'false'` in lists (gotcha 8); `true` = everyone may add. */
const memberAddMode = z
  .union([z.string(), z.boolean()])
  .nullish()
  .transform((v) => (v === true || v === 'true' ? true : v === false || v === 'false' ? false : null));

const chatShape = {
  chat_id: chatIdField,
  chat_name: nstr,
  chat_type: nstr,
  chat_image: nstr,
  org_id: nstr,
  org_phone: nstr,
  chat_org_phones: stringList,
  member_count: looseNumber,
  latest_message: messageSchema.nullable().default(null),
  label_ids: flagMap,
  custom_properties: z
    .record(z.string(), z.unknown())
    .nullish()
    .transform((v) => Object.fromEntries(Object.entries(v ?? {}).map(([k, x]) => [k, typeof x === 'string' ? x : JSON.stringify(x ?? '')]))),
  assigned_to: nstr,
  chat_access: flagMap,
  is_muted: nbool,
  is_exited: nbool,
  is_archived: nbool,
  is_pinned: nbool,
  message_unread_count: looseNumber,
  closed_at: looseNumber,
  created_at: ntimestamp,
  updated_at: ntimestamp,
  invite_link: nstr,
  group_description: nstr,
  info_admins_only: nbool,
  messages_admins_only: nbool,
  /** List items only; see {@link memberAddMode}. */
  member_add_mode: memberAddMode,
  /** GET /chats/{id} only; inverse of `member_add_mode` (§4.4). */
  add_members_admins_only: nbool,
  /** GET /chats/{id} only; absent from list items (gotcha 5). */
  members: z.record(z.string(), memberSchema).nullable().default(null),
};

/** Chat as it comes from GET /chats and GET /chats/{id}, with `chat_type` normalised. */
export const chatSchema = z.object(chatShape).transform((c) => ({
  ...c,
  chat_type: normaliseChatType(c.chat_id, c.chat_type),
  /** Creation time; `1970-01-01` in Periskope means "unknown" (gotcha 4). */
  created_at: c.created_at && c.created_at.startsWith('1970-01-01') ? null : c.created_at,
}));
export type Chat = z.output<typeof chatSchema>;
