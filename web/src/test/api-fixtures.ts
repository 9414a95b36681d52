/**
 * Test data as the BFF sends it (types inferred from the server, lib/api-types.ts): every field
 * the server may send as null is null, lists and maps are empty, and a test sets only the fields
 * it is about. Adding a field to a BFF schema means one line here, not one per test.
 */
import type { ChatDetail, ChatListItem, Member, Members, Notification } from '../lib/api-types.ts';

/** @returns a member whose every field but `contact_id` is null, with `patch` applied */
export function makeMember(contact_id: string, patch: Partial<Member> = {}): Member {
  return {
    contact_id,
    contact_name: null,
    contact_image: null,
    contact_color: null,
    is_admin: null,
    is_super_admin: null,
    is_internal: null,
    org_phone: null,
    pushname: null,
    verified_name: null,
    short_name: null,
    name: null,
    periskope_name: null,
    number: null,
    contact_type: null,
    is_blocked: null,
    is_business: null,
    is_enterprise: null,
    is_my_contact: null,
    verified_level: null,
    ...patch,
  };
}

/** @returns a `members` map keyed by contact id */
export function makeMembers(...members: Member[]): NonNullable<Members> {
  return Object.fromEntries(members.map((m) => [m.contact_id, m]));
}

/**
 * @returns a chat as GET /api/chats/:chatId sends it: `chat_type` from the id, everything else null
 * or empty
 */
export function makeChatDetail(chat_id: string, patch: Partial<ChatDetail> = {}): ChatDetail {
  return {
    chat_id,
    chat_name: null,
    chat_type: chat_id.endsWith('@g.us') ? 'group' : 'user',
    chat_image: null,
    org_id: null,
    org_phone: null,
    chat_org_phones: [],
    member_count: null,
    latest_message: null,
    latest_message_timestamp: null,
    label_ids: {},
    custom_properties: {},
    assigned_to: null,
    chat_access: {},
    is_muted: null,
    is_exited: null,
    is_archived: null,
    is_pinned: null,
    message_unread_count: null,
    member_unread_count: {},
    unread_count: {},
    flag_count_map: {},
    snooze_metadata: null,
    pinned_messages: [],
    closed_at: null,
    created_at: null,
    updated_at: null,
    invite_link: null,
    group_description: null,
    info_admins_only: null,
    messages_admins_only: null,
    member_add_mode: null,
    add_members_admins_only: null,
    members: null,
    ...patch,
  };
}

/**
 * @returns a chat as GET /api/chats lists it: `chat_type` from the id, everything else null or
 * empty
 */
export function makeChatListItem(chat_id: string, patch: Partial<ChatListItem> = {}): ChatListItem {
  return {
    chat_id,
    chat_name: null,
    chat_type: chat_id.endsWith('@g.us') ? 'group' : 'user',
    chat_image: null,
    org_phone: null,
    member_count: null,
    label_ids: [],
    assigned_to: null,
    message_unread_count: null,
    is_muted: null,
    is_exited: null,
    is_pinned: null,
    is_archived: null,
    created_at: null,
    snooze_until: null,
    flag_count: 0,
    latest_message: null,
    match: null,
    ...patch,
  };
}

/** @returns a group notification: no chat, type, time, author or targets unless patched */
export function makeNotification(
  notification_id: string,
  patch: Partial<Notification> = {},
): Notification {
  return {
    notification_id,
    unique_id: null,
    id: null,
    chat_id: null,
    org_id: null,
    org_phone: null,
    author: null,
    recipientids: [],
    type: null,
    body: null,
    timestamp: null,
    metadata: null,
    ...patch,
  };
}
