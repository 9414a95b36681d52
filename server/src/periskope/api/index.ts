/**
 * periskope/api: the typed Periskope API (docs/periskope-api.md#endpoints). Endpoint functions
 * over periskope/http, and the zod schemas that parse every upstream answer at the boundary,
 * item by item (docs/periskope-api.md#what-the-inbox-accepts). Uncached.
 */
export {
  createPeriskopeApi,
  type CallOptions,
  type ChatListFilters,
  type InvalidItemHandler,
  type Page,
  type PeriskopeApi,
  type Slots,
  type TimeRange,
} from './endpoints.ts';
export { chatSchema, memberSchema, type Chat, type Member } from './schemas/chat.ts';
export { normaliseChatId } from './schemas/common.ts';
export {
  messageSchema,
  messageWithReactionsSchema,
  type Message,
  type MessageWithReactions,
} from './schemas/message.ts';
export type { CallInfo, InviteInfo, LinkPreview, MessageExtras } from './schemas/message-extras.ts';
export { notificationSchema, type Notification } from './schemas/notification.ts';
export { phoneSchema, type Phone } from './schemas/phone.ts';
export { reactionSchema, type Reaction } from './schemas/reaction.ts';
