/**
 * The boundary schemas accept every value Periskope's official types allow (`@periskope/types`,
 * pinned in package.json as the closest thing to a contract Periskope publishes).
 *
 * For each object, field by field: the official field type must be assignable to our schema's
 * *input* type for that field (nullable where the official type is nullable, optional where it is
 * optional). These are type-level checks: `npm test`'s typecheck stage fails on them (Vitest runs
 * the file but asserts nothing at run time). `Rejected<Official, Ours>` evaluates to the offending
 * field names, e.g. `"timestamp" | "chat_id"`: hover it in an editor to see which.
 *
 * Deliberate narrowings (a value the official type allows that we reject) must be listed in
 * `NARROWED` below with the reason; today there are none: where the official type requires a field
 * we require it too (`message_id`, `notification_id`, `reaction_id`, `phone_id`, `contact_id`, a
 * chat's `chat_id`), and an item without it is left out of its list (tolerance.ts). `Json`-typed
 * fields (`custom_properties`, `invite_v4`, `metadata`, …) are `any` in the official types, so this
 * test cannot check them: their readers take `unknown` (common.ts, message-extras.ts).
 */
import type {
  ChatMemberType,
  ChatType,
  ListChatMessagesType,
  ListChatsType,
  ListNotificationsType,
  MessageType,
  NotificationType,
  PhoneInfoType,
  ReactionType,
  SUPPORTED_TYPES,
} from '@periskope/types';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { chatSchema, memberSchema } from './chat.ts';
import type {
  chatListSchema,
  messageListSchema,
  notificationListSchema,
  phoneListSchema,
  reactionListSchema,
} from './envelope.ts';
import type { messageSchema, messageWithReactionsSchema } from './message.ts';
import type { reactionSchema } from './reaction.ts';
import type { notificationSchema } from './notification.ts';
import type { phoneSchema } from './phone.ts';

/** Keys of `Official` whose official type our `Ours` does not accept; `never` when all fit. */
type Rejected<Official, Ours> = {
  [K in keyof Official]-?: K extends keyof Ours
    ? [Official[K]] extends [Ours[K]]
      ? never
      : K
    : never;
}[keyof Official];

/**
 * Official fields that must be read (present in our schema), so a rename on either side fails here.
 */
type Unread<Official, Ours, Needed extends keyof Official> = Exclude<Needed, keyof Ours>;

type In<S extends z.ZodType> = z.input<S>;

/**
 * Where we reject what the official type allows, and why (none today; see the module docstring).
 */
type NARROWED = never;

describe('boundary schemas accept what @periskope/types allows', () => {
  it('chat (ChatType: GET /chats items and GET /chats/{id})', () => {
    expectTypeOf<
      Exclude<Rejected<ChatType, In<typeof chatSchema>>, NARROWED>
    >().toEqualTypeOf<never>();
    expectTypeOf<
      Unread<
        ChatType,
        In<typeof chatSchema>,
        | 'chat_type'
        | 'custom_properties'
        | 'member_unread_count'
        | 'unread_count'
        | 'flag_count_map'
        | 'snooze_metadata'
        | 'pinned_messages'
        | 'latest_message_timestamp'
        | 'invite_link'
        | 'members'
      >
    >().toEqualTypeOf<never>();
  });

  it('member (ChatMemberType: participant merged with its contact)', () => {
    expectTypeOf<Rejected<ChatMemberType, In<typeof memberSchema>>>().toEqualTypeOf<never>();
    expectTypeOf<
      Unread<
        ChatMemberType,
        In<typeof memberSchema>,
        | 'contact_name'
        | 'pushname'
        | 'verified_name'
        | 'short_name'
        | 'name'
        | 'periskope_name'
        | 'is_blocked'
        | 'is_business'
      >
    >().toEqualTypeOf<never>();
  });

  it('message (MessageType), with and without reactions', () => {
    expectTypeOf<Rejected<MessageType, In<typeof messageSchema>>>().toEqualTypeOf<never>();
    expectTypeOf<
      Rejected<MessageType, In<typeof messageWithReactionsSchema>>
    >().toEqualTypeOf<never>();
    expectTypeOf<
      Unread<
        MessageType,
        In<typeof messageSchema>,
        | 'timestamp'
        | 'duration'
        | 'poll_results'
        | 'links'
        | 'message_ticket_id'
        | 'flag_status'
        | 'flag_metadata'
        | 'invite_v4'
        | 'raw_data'
      >
    >().toEqualTypeOf<never>();
    // Every official message_type is a string our schema takes as is.
    expectTypeOf<(typeof SUPPORTED_TYPES)[number]>().toExtend<
      In<typeof messageSchema>['message_type']
    >();
  });

  it('reaction (ReactionType), notification (NotificationType), phone (PhoneInfoType)', () => {
    expectTypeOf<Rejected<ReactionType, In<typeof reactionSchema>>>().toEqualTypeOf<never>();
    expectTypeOf<
      Rejected<NotificationType, In<typeof notificationSchema>>
    >().toEqualTypeOf<never>();
    expectTypeOf<Rejected<PhoneInfoType, In<typeof phoneSchema>>>().toEqualTypeOf<never>();
  });

  it('list envelopes (List*Type: every key optional)', () => {
    expectTypeOf<Rejected<ListChatsType, In<typeof chatListSchema>>>().toEqualTypeOf<never>();
    expectTypeOf<
      Rejected<ListChatMessagesType, In<typeof messageListSchema>>
    >().toEqualTypeOf<never>();
    expectTypeOf<
      Rejected<ListNotificationsType, In<typeof notificationListSchema>>
    >().toEqualTypeOf<never>();
    expectTypeOf<{
      reactions?: ReactionType[];
      from?: number;
      to?: number;
      count?: number;
    }>().toExtend<In<typeof reactionListSchema>>();
    expectTypeOf<PhoneInfoType[]>().toExtend<In<typeof phoneListSchema>>();
  });
});
