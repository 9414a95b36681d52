/**
 * Schemas of every BFF parameter. Names mirror Periskope's query parameters
 * (docs/periskope-api.md#endpoints) plus `phone`, which picks the `x-phone` header. Unknown
 * parameters are ignored (z.object strips).
 */
import { z } from 'zod';
import { phoneSchema } from '../env.ts';
import { MAX_QUERY } from '../periskope/index.ts';

/**
 * Largest page the BFF serves the browser; upstream blocks are larger (see
 * periskope/cache/block-cache.ts).
 */
export const MAX_SLICE = 500;

/**
 * A date `2025-04-25` or an ISO date-time `2025-04-25T00:00:00Z` (docs/periskope-api.md#lists "Time
 * filters").
 */
const time = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'expected a date (2025-04-25) or ISO date-time',
});

export const pageQuery = z.object({
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_SLICE).default(50),
  phone: phoneSchema.optional(),
});

export const scopeQuery = z.object({ phone: phoneSchema.optional() });

/**
 * GET /api/chats. Periskope's filters, plus the chat index's: `q` (search by name or
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
    q: z
      .string()
      .trim()
      .min(1, 'expected 1 to 100 characters')
      .max(MAX_QUERY, 'expected 1 to 100 characters')
      .optional(),
    unread: z
      .enum(['true', 'false'], { error: 'expected true or false' })
      .transform((v) => v === 'true')
      .optional(),
    assigned_to: z
      .union([z.literal('none'), z.email({ error: 'expected an email, or none' }).max(254)], {
        error: 'expected an email, or none',
      })
      .optional(),
  })
  .superRefine((query, ctx) => {
    if (usesChatIndex(query) && query.label !== undefined && !query.label.startsWith('label-')) {
      ctx.addIssue({
        code: 'custom',
        path: ['label'],
        message: 'expected a label id (label-…) with q, unread or assigned_to',
      });
    }
  });

/** True when GET /api/chats is answered from the chat index rather than upstream blocks. */
export function usesChatIndex(query: {
  q?: string | undefined;
  unread?: boolean | undefined;
  assigned_to?: string | undefined;
}): boolean {
  return query.q !== undefined || query.unread !== undefined || query.assigned_to !== undefined;
}

export const timeRangeQuery = pageQuery.extend({
  start_time: time.optional(),
  end_time: time.optional(),
});

/**
 * One notification type (an open set, docs/periskope-api.md#notification: `add`,
 * `memberaddmode_true`, …), `!` to exclude it.
 */
const TYPE_ENTRY = /^!?[a-z][a-z0-9_]{0,39}$/;
const TYPE_ERROR =
  'expected notification types separated by commas (add,remove), each optionally prefixed with ! to exclude it';

/**
 * A parsed `type` filter: keep an item when `include` is empty or holds its type, and `exclude`
 * does not.
 */
export interface TypeFilter {
  include: string[];
  exclude: string[];
}

/**
 * `type`: a comma-separated list of notification types, e.g. `add,remove` (only these) or
 * `!add,!remove` (all but these), at most 40 entries. Exclusions let the UI ask for "everything
 * else" (kinds it does not know) without listing Periskope's open set of types.
 */
const typeFilter = z
  .string()
  .max(1000, TYPE_ERROR)
  .transform((raw) =>
    raw
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  )
  .refine(
    (entries) =>
      entries.length > 0 && entries.length <= 40 && entries.every((t) => TYPE_ENTRY.test(t)),
    TYPE_ERROR,
  )
  .transform((entries): TypeFilter => ({
    include: entries.filter((t) => !t.startsWith('!')),
    exclude: entries.filter((t) => t.startsWith('!')).map((t) => t.slice(1)),
  }));

/** GET /api/notifications: a time range plus the optional `type` filter. */
export const notificationListQuery = timeRangeQuery.extend({ type: typeFilter.optional() });

/** @returns true when `type` passes `filter` (see {@link TypeFilter}) */
export function matchesTypeFilter(filter: TypeFilter, type: string): boolean {
  return (
    (filter.include.length === 0 || filter.include.includes(type)) && !filter.exclude.includes(type)
  );
}

/**
 * Chat ids: `<digits>@c.us`, `<digits>@g.us` (old groups: `<digits>-<digits>@g.us`), or bare
 * digits for 1:1 chats (docs/periskope-api.md#endpoints "@c.us optional").
 */
export const chatIdParam = z.object({
  chatId: z
    .string()
    .regex(
      /^\d{5,20}(-\d{5,20})?@g\.us$|^\d{5,20}(@c\.us)?$/,
      'expected 919876543210@c.us, …@g.us or digits',
    ),
});

/**
 * Message ids: serialized `true|false_<chat>_<id>[_<author>]` (docs/periskope-api.md#message), note
 * ids `true_<uuid>_api`, or a queue id (uuid). The charset excludes `/`, `.`-only segments and `%`.
 */
export const messageIdParam = z.object({
  messageId: z
    .string()
    .max(300)
    .regex(
      /^(true|false)_[A-Za-z0-9@._-]+$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      'expected a Periskope message id',
    ),
});
