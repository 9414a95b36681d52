/**
 * Chat, member, phone and label wire shapes (periskope-api.md §4.2, §4.6), keys alphabetical
 * like Periskope's JSON.
 */
import type { JsonValue, MessageObject, MessageRecord } from './types.ts';

/** `members[contact_id]` (§4.2). */
export interface MemberRecord {
  chat_id: string;
  contact_color: string;
  contact_id: string;
  contact_image: string | null;
  contact_name: string | null;
  is_admin: boolean;
  is_internal: boolean;
  is_super_admin: boolean;
  org_id: string;
  org_phone: string;
}

export type ChatType = 'user' | 'group' | 'business';

/** Chat fields shared by the list item and the by-id object (everything but the per-endpoint keys). */
export interface ChatCore {
  assigned_to: string | null;
  chat_access: Record<string, boolean> | null;
  chat_id: string;
  chat_image: string | null;
  chat_name: string | null;
  chat_org_phones: string[];
  chat_type: ChatType;
  closed_at: number | null;
  created_at: string;
  custom_properties: Record<string, string>;
  flag_count_map: Record<string, number> | null;
  group_description: string | null;
  hubspot_metadata: Record<string, JsonValue>;
  info_admins_only: boolean | null;
  invite_link: string | null;
  is_exited: boolean;
  is_muted: boolean;
  label_ids: Record<string, boolean>;
  member_count: number;
  message_unread_count: number | null;
  messages_admins_only: boolean | null;
  org_id: string;
  org_phone: string;
  updated_at: string;
}

/** GET /chats item: no members/common_chats/add_members_admins_only; `member_add_mode` string (§3). */
export type ChatListItem = ChatCore & { latest_message: MessageRecord | null; member_add_mode: 'true' | 'false' };

/** GET /chats/{chat_id}. */
export type ChatObject = ChatCore & {
  add_members_admins_only: boolean | null;
  common_chats: string[];
  latest_message: MessageObject | null;
  members: Record<string, MemberRecord> | null;
};

/** Phone object (§4.6, docs objects/the-phone-object). */
export interface PhoneObject {
  created_at: string;
  first_connected_at: string | null;
  is_ready: boolean;
  label_ids: Record<string, boolean>;
  labels: string[];
  org_id: string;
  org_phone: string;
  phone_id: string;
  phone_image: string | null;
  phone_name: string;
  qr_code: string | null;
  updated_at: string;
  wa_state: 'CONNECTED' | 'DISCONNECTED';
}

/** An org label (names are not in chat objects, only `label_ids`). */
export interface Label {
  label_id: string;
  name: string;
}
