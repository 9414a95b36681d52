/**
 * Periskope's documented example payloads (kept in ../fixtures, so the project is
 * self-contained), typed. Every record is served verbatim (docs/periskope-api.md#sources).
 */
import chatJson from '../fixtures/chat.example.json' with { type: 'json' };
import chatsListJson from '../fixtures/chats-list.example.json' with { type: 'json' };
import notificationsJson from '../fixtures/chat-notifications.example.json' with { type: 'json' };
import messageJson from '../fixtures/message.example.json' with { type: 'json' };
import messagesListJson from '../fixtures/messages-list.example.json' with { type: 'json' };
import type {
  MessageObject,
  MessageRecord,
  MessageWithReactions,
  NotificationRecord,
} from './types.ts';
import type { ChatCore, ChatType, MemberRecord } from './chat-types.ts';
import { sortKeys } from '../sort-keys.ts';

function chatType(value: string): ChatType {
  if (value === 'user' || value === 'group' || value === 'business') return value;
  throw new Error(`fixture chat_type ${value}`);
}

function addMode(value: string): 'true' | 'false' {
  if (value === 'true' || value === 'false') return value;
  throw new Error(`fixture member_add_mode ${value}`);
}

/**
 * A by-id message (no `interactive`) in list shape: `interactive: null` added
 * (docs/periskope-api.md#quirk-5).
 */
export function toListShape(message: MessageObject): MessageRecord {
  return sortKeys({ ...message, interactive: null });
}

/** A chat list item of chats-list.example.json, split into core / latest / member_add_mode. */
export interface FixtureListChat {
  core: ChatCore;
  latest: MessageRecord | null;
  memberAddMode: 'true' | 'false';
}

/** The 23 list items of chats-list.example.json, in fixture order. */
export const FIXTURE_LIST_CHATS: readonly FixtureListChat[] = chatsListJson.chats.map((item) => {
  const { latest_message, member_add_mode, chat_type, ...rest } = item;
  return {
    core: sortKeys({ ...rest, chat_type: chatType(chat_type) }),
    latest: latest_message,
    memberAddMode: addMode(member_add_mode),
  };
});

const { members, common_chats, add_members_admins_only, latest_message, chat_type, ...chatRest } =
  chatJson;

/** chat.example.json (GET /chats/919537851844@c.us), split. */
export const FIXTURE_CHAT = {
  core: sortKeys<ChatCore>({ ...chatRest, chat_type: chatType(chat_type) }),
  members: members satisfies Record<string, MemberRecord>,
  commonChats: common_chats,
  addMembersAdminsOnly: add_members_admins_only satisfies boolean | null,
  latest: toListShape(latest_message),
} as const;

const { reactions, ...messageRest } = messageJson;

/** message.example.json (GET /message/{id}) with and without its reactions. */
export const FIXTURE_MESSAGE: { full: MessageWithReactions; listShape: MessageRecord } = {
  full: messageJson,
  listShape: toListShape(messageRest),
};

/** The 10 records of messages-list.example.json (all in chat 919537851844@c.us). */
export const FIXTURE_MESSAGES: readonly MessageRecord[] = messagesListJson.messages;

/** The 5 records of chat-notifications.example.json (group 120363371308389685@g.us). */
export const FIXTURE_NOTIFICATIONS: readonly NotificationRecord[] = notificationsJson.messages;

/** Reactions of message.example. */
export const FIXTURE_REACTIONS = reactions;
