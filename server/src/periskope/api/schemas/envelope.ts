/**
 * List envelopes `{from, to, count, <array>}` (docs/periskope-api.md#lists; official `List*Type`,
 * where every key is optional). The error body is read by the HTTP client (http/error-body.ts).
 *
 * Envelopes hand their items on unparsed: endpoints.ts parses them one by one (tolerance.ts), so
 * one bad item never costs the page. A missing array reads as empty; a body that is not an object,
 * or an array key holding something other than an array, is not the documented envelope.
 */
import { z } from 'zod';
import { looseNumber } from './common.ts';

const envelopeMeta = { from: looseNumber, to: looseNumber, count: looseNumber };

/** An item array, still raw; absent or null reads as `[]`. */
const rawItems = z
  .array(z.unknown())
  .nullish()
  .transform((v) => v ?? []);

/** GET /chats: `{chats}`. */
export const chatListSchema = z.object({ ...envelopeMeta, chats: rawItems });

/** GET /chats/messages and /chats/{id}/messages: `{messages}`. */
export const messageListSchema = z.object({ ...envelopeMeta, messages: rawItems });

/**
 * GET /reactions: `{start_time, end_time, reactions}` besides the paging fields
 * (docs/periskope-api.md#endpoints).
 */
export const reactionListSchema = z.object({ ...envelopeMeta, reactions: rawItems });

/**
 * Notification lists: the array key is `messages` in every example, `notifications` in the field
 * table, `notifictions` in the official `ListNotificationsType` (Quirks). Read all three.
 */
export const notificationListSchema = z
  .object({
    ...envelopeMeta,
    messages: rawItems.optional(),
    notifications: rawItems.optional(),
    notifictions: rawItems.optional(),
  })
  .transform(({ messages, notifications, notifictions, ...meta }) => ({
    ...meta,
    notifications:
      [messages, notifications, notifictions].find((list) => list && list.length) ?? [],
  }));

/** GET /phones/all: a bare array of phone objects (docs/periskope-api.md#endpoints). */
export const phoneListSchema = z.array(z.unknown());
