/**
 * Chat, member, phone and label wire shapes (docs/periskope-api.md#chat,
 * docs/periskope-api.md#phone-contact-note), keys alphabetical like Periskope's JSON.
 */
import type { JsonValue, MessageObject, MessageRecord } from './types.ts';

/**
 * Contact fields of a member (@periskope/types ChatMemberType = tbl_chat_participants merged with
 * tbl_contacts). Generated members carry them all; chat.example's documented members have none.
 */
export interface MemberContactFields {
  business_profile: JsonValue;
  contact_lid: string | null;
  contact_type: string | null;
  is_blocked: boolean | null;
  is_business: boolean | null;
  is_enterprise: boolean | null;
  is_my_contact: boolean | null;
  is_wa_contact: boolean | null;
  /** The name saved in the phone's address book. */
  name: string | null;
  /** Digits of the WhatsApp id. */
  number: string | null;
  periskope_name: string | null;
  /** The name the person set on WhatsApp. */
  pushname: string | null;
  short_name: string | null;
  verified_level: number | null;
  verified_name: string | null;
}

/** `members[contact_id]` (docs/periskope-api.md#chat). */
export type MemberRecord = Partial<MemberContactFields> & {
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
};

/** @periskope/types ChatType.chat_type; `unknown` only on one generated 1:1 chat. */
export type ChatType = 'user' | 'group' | 'business' | 'unknown';

/** @periskope/types ChatType.pinned_messages item; times in epoch ms. */
export interface PinnedMessage {
  expires_at: number;
  message_id: string;
  pinned_at: number;
}

/** @periskope/types ChatType.snooze_metadata; `snooze_until` in epoch ms, `snooze_by` an email. */
export interface SnoozeMetadata {
  snooze_by?: string;
  snooze_message?: string;
  snooze_until: number;
}

/**
 * Chat fields shared by the list item and the by-id object (everything but the per-endpoint keys).
 * Optional keys come from @periskope/types ChatType / view_chats and are absent from the documented
 * examples; generated chats carry `latest_message_timestamp` always, the others on a few chats.
 */
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
  /** property id → any JSON value (@periskope/types view_chats.custom_properties: Json). */
  custom_properties: Record<string, JsonValue>;
  flag_count_map: Record<string, number> | null;
  group_description: string | null;
  hubspot_metadata: Record<string, JsonValue>;
  info_admins_only: boolean | null;
  invite_link: string | null;
  is_exited: boolean;
  is_muted: boolean;
  label_ids: Record<string, boolean>;
  /** epoch ms of the newest message (@periskope/types ChatType). */
  latest_message_timestamp?: number | null;
  member_count: number;
  /** agent email → unread messages. */
  member_unread_count?: Record<string, number>;
  message_unread_count: number | null;
  messages_admins_only: boolean | null;
  org_id: string;
  org_phone: string;
  pinned_messages?: PinnedMessage[];
  snooze_metadata?: SnoozeMetadata;
  /** org phone → unread messages. */
  unread_count?: Record<string, number>;
  updated_at: string;
}

/**
 * GET /chats item: no members/common_chats/add_members_admins_only; `member_add_mode` string
 * (docs/periskope-api.md#endpoints).
 */
export type ChatListItem = ChatCore & {
  latest_message: MessageRecord | null;
  member_add_mode: 'true' | 'false';
};

/** GET /chats/{chat_id}. */
export type ChatObject = ChatCore & {
  add_members_admins_only: boolean | null;
  common_chats: string[];
  latest_message: MessageObject | null;
  members: Record<string, MemberRecord> | null;
};

/** Phone object (docs/periskope-api.md#phone-contact-note, docs objects/the-phone-object). */
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
