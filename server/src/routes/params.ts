/**
 * Schemas of every BFF parameter. Names mirror Periskope's query parameters (periskope-api.md §3)
 * plus `phone`, which picks the `x-phone` header. Unknown parameters are ignored (z.object strips).
 */
import { z } from 'zod';
import { phoneSchema } from '../env.ts';
import { MAX_QUERY } from '../periskope/chat-search.ts';

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

/**
 * GET /api/chats. Periskope's filters, plus the chat index's (issue 4): `q` (search by name or
 * number, trimmed, 1–100 characters), `unread` (`true`/`false`) and `assigned_to` (an email, or
 * `none` for unassigned chats). With any of these three the index answers, and `label` must be a
 * label id (`label-…`): Periskope lists carry label ids only, so a name cannot be matched locally.
 */
export const chatListQuery = pageQuery
  .extend({
    sort_by: z.enum(['created_at', 'latest_message_timestamp']).optional(),
    sort_order: z.enum(['asc', 'desc']).optional(),
    chat_type: z.enum(['user', 'group', 'business']).optional(),
    label: z.string().trim().min(1).max(100).optional(),
    start_time: time.optional(),
    end_time: time.optional(),
    q: z.string().trim().min(1, 'expected 1 to 100 characters').max(MAX_QUERY, 'expected 1 to 100 characters').optional(),
    unread: z.enum(['true', 'false'], { error: 'expected true or false' }).transform((v) => v === 'true').optional(),
    assigned_to: z.union([z.literal('none'), z.email({ error: 'expected an email, or none' }).max(254)], { error: 'expected an email, or none' }).optional(),
  })
  .superRefine((query, ctx) => {
    if (usesChatIndex(query) && query.label !== undefined && !query.label.startsWith('label-')) {
      ctx.addIssue({ code: 'custom', path: ['label'], message: 'expected a label id (label-…) with q, unread or assigned_to' });
    }
  });

/** True when GET /api/chats is answered from the chat index rather than upstream blocks. */
export function usesChatIndex(query: { q?: string | undefined; unread?: boolean | undefined; assigned_to?: string | undefined }): boolean {
  return query.q !== undefined || query.unread !== undefined || query.assigned_to !== undefined;
}

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
