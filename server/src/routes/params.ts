/**
 * Schemas of every BFF parameter. Names mirror Periskope's query parameters (periskope-api.md §3)
 * plus `phone`, which picks the `x-phone` header. Unknown parameters are ignored (z.object strips).
 */
import { z } from 'zod';
import { phoneSchema } from '../env.ts';

/** Largest page the BFF serves the browser; upstream blocks are larger (see block-cache.ts). */
export const MAX_SLICE = 500;

/** A date `2025-04-25` or an ISO date-time `2025-04-25T00:00:00Z` (§2 "Time filters"). */
const time = z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: 'expected a date (2025-04-25) or ISO date-time' });

export const pageQuery = z.object({
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_SLICE).default(50),
  phone: phoneSchema.optional(),
});

export const scopeQuery = z.object({ phone: phoneSchema.optional() });

export const chatListQuery = pageQuery.extend({
  sort_by: z.enum(['created_at', 'latest_message_timestamp']).optional(),
  sort_order: z.enum(['asc', 'desc']).optional(),
  chat_type: z.enum(['user', 'group', 'business']).optional(),
  label: z.string().trim().min(1).max(100).optional(),
  start_time: time.optional(),
  end_time: time.optional(),
});

export const timeRangeQuery = pageQuery.extend({
  start_time: time.optional(),
  end_time: time.optional(),
});

/**
 * Chat ids: `<digits>@c.us`, `<digits>@g.us` (old groups: `<digits>-<digits>@g.us`), or bare
 * digits for 1:1 chats (§3 "@c.us optional").
 */
export const chatIdParam = z.object({
  chatId: z.string().regex(/^\d{5,20}(-\d{5,20})?@g\.us$|^\d{5,20}(@c\.us)?$/, 'expected 919876543210@c.us, …@g.us or digits'),
});

/**
 * Message ids: serialized `true|false_<chat>_<id>[_<author>]` (§4.3), note ids `true_<uuid>_api`,
 * or a queue id (uuid). The charset excludes `/`, `.`-only segments and `%`.
 */
export const messageIdParam = z.object({
  messageId: z
    .string()
    .max(300)
    .regex(/^(true|false)_[A-Za-z0-9@._-]+$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'expected a Periskope message id'),
});
