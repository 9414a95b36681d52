/**
 * List envelopes `{from, to, count, <array>}` (periskope-api.md §2) and the error body.
 */
import { z } from 'zod';
import { chatSchema } from './chat.ts';
import { looseNumber, nstr } from './common.ts';
import { messageSchema, reactionSchema } from './message.ts';
import { notificationSchema } from './notification.ts';

const envelopeMeta = { from: looseNumber, to: looseNumber, count: looseNumber };

/** GET /chats: `{chats}`. */
export const chatListSchema = z.object({ ...envelopeMeta, chats: z.array(chatSchema) });

/** GET /chats/messages and /chats/{id}/messages: `{messages}`. */
export const messageListSchema = z.object({ ...envelopeMeta, messages: z.array(messageSchema) });

/** GET /reactions: `{start_time, end_time, reactions}` besides the paging fields (§3). */
export const reactionListSchema = z.object({ ...envelopeMeta, reactions: z.array(reactionSchema).nullish().transform((v) => v ?? []) });

/**
 * Notification lists: the array key is `messages` in every example, `notifications` in the field
 * table, `notifictions` in the SDK type (gotcha 1). Read all three.
 */
export const notificationListSchema = z
  .object({
    ...envelopeMeta,
    messages: z.array(notificationSchema).nullish(),
    notifications: z.array(notificationSchema).nullish(),
    notifictions: z.array(notificationSchema).nullish(),
  })
  .transform(({ messages, notifications, notifictions, ...meta }) => ({
    ...meta,
    notifications: messages ?? notifications ?? notifictions ?? [],
  }));

/**
 * Error body `{code, message, status[, name, fields]}` (§2). `message` is never shown to users:
 * the documented 422 carries a literal `${MAX_LIMIT}` (gotcha 11).
 */
export const errorBodySchema = z.object({
  code: nstr,
  message: nstr,
  status: looseNumber,
  name: nstr,
  fields: z
    .record(z.string(), z.object({ message: nstr, value: z.unknown() }))
    .nullish()
    .transform((v) => v ?? {}),
});
export type ErrorBody = z.output<typeof errorBodySchema>;
