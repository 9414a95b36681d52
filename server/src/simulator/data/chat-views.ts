/**
 * The two REST views of a chat (docs/periskope-api.md#endpoints, #chat): the GET /chats list item
 * (no members/common_chats/ add_members_admins_only, string `member_add_mode`, list-shaped
 * latest_message) and the GET /chats/{id} object (members map, common_chats, boolean
 * add_members_admins_only).
 */
import type { ChatEntry } from './entry.ts';
import { sortKeys } from '../sort-keys.ts';
import { memberRecords } from './generate-members.ts';
import type { MessageObject, MessageRecord } from './types.ts';
import type { ChatListItem, ChatObject } from './chat-types.ts';

/**
 * A list-shaped message without `interactive` (docs/periskope-api.md#quirk-5: present in lists
 * only).
 */
export function toObjectShape(message: MessageRecord): MessageObject {
  const { interactive: _omitted, ...rest } = message;
  return rest;
}

/** GET /chats item. */
export function listItemOf(entry: ChatEntry, latest: MessageRecord | null): ChatListItem {
  return sortKeys({ ...entry.core, latest_message: latest, member_add_mode: entry.memberAddMode });
}

/**
 * GET /chats/{chat_id} object.
 * @param commonChats - chat ids shared with the counterpart (1:1), from the store's reverse index
 */
export function chatObjectOf(
  entry: ChatEntry,
  latest: MessageRecord | null,
  commonChats: readonly string[],
): ChatObject {
  return sortKeys({
    ...entry.core,
    add_members_admins_only: entry.addMembersAdminsOnly,
    common_chats: [...(entry.fixtureCommonChats ?? commonChats)],
    latest_message: latest ? toObjectShape(latest) : null,
    members: memberRecords(entry),
  });
}
