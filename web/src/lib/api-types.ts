/**
 * Names for the BFF's response types, inferred from the server's routes (never written by hand).
 */
import type { InferRequestType, InferResponseType } from 'hono/client';
import type { api } from './api-client.ts';

/** GET /api/chats, one page. */
export type ChatPage = InferResponseType<typeof api.chats.$get, 200>;
/** A chat as listed (no `members`). */
export type ChatListItem = ChatPage['chats'][number];
/** Query parameters of GET /api/chats. */
export type ChatListQuery = InferRequestType<typeof api.chats.$get>['query'];
/** GET /api/chats/:chatId: a chat with its `members` map. */
export type ChatDetail = InferResponseType<(typeof api.chats)[':chatId']['$get'], 200>;
/** `members` of a chat detail: contact_id → member; `null` when upstream sent none. */
export type Members = ChatDetail['members'];
/** One member of a chat. */
export type Member = NonNullable<Members>[string];
/** GET /api/chats/:chatId/messages, one page (newest first). */
export type MessagePage = InferResponseType<(typeof api.chats)[':chatId']['messages']['$get'], 200>;
/** A message as listed (no reactions). */
export type Message = MessagePage['messages'][number];
/** GET /api/messages/:messageId: a message with `reactions[]`. */
export type MessageWithReactions = InferResponseType<
  (typeof api.messages)[':messageId']['$get'],
  200
>;
/** One reaction; `reaction: ""` means it was removed. */
export type Reaction = MessageWithReactions['reactions'][number];
/** GET /api/chats/:chatId/reactions, one page (newest first). */
export type ReactionPage = InferResponseType<
  (typeof api.chats)[':chatId']['reactions']['$get'],
  200
>;
/** GET /api/chats/:chatId/notifications, one page (newest first). */
export type NotificationPage = InferResponseType<
  (typeof api.chats)[':chatId']['notifications']['$get'],
  200
>;
/** A group notification (added, removed, promoted, settings changed…). */
export type Notification = NotificationPage['notifications'][number];
/** GET /api/config. */
export type PublicConfig = InferResponseType<typeof api.config.$get, 200>;

/** An org phone as GET /api/phones lists it (docs/periskope-api.md#phone-contact-note). */
export type OrgPhone = InferResponseType<typeof api.phones.$get, 200>['phones'][number];
/** What a phone picker or a name needs of an {@link OrgPhone}. */
export type OrgPhoneName = Pick<OrgPhone, 'org_phone' | 'phone_name'>;
