/**
 * `/api/notifications`: group notifications across chats (who was added, removed, promoted…),
 * newest first, with Periskope's `start_time`/`end_time` and our `type` filter.
 *
 * Periskope has no type filter, so `type` is applied here over the cached upstream blocks
 * (filtered-slice.ts), not in the browser: a rare type (`demote`) would otherwise cost the
 * browser dozens of mostly-empty pages. With `type`, `offset`/`next_offset` are positions in
 * the unfiltered list and a page may hold fewer than `limit` items, even none (one request scans
 * at most `MAX_SCAN` raw items, filtered-slice.ts); follow `next_offset`.
 *
 * `scanned_to` (ISO 8601, null when nothing was examined) is the timestamp of the oldest
 * notification this request examined, matching or not: with `type`, how far back the page
 * searched, so the UI can say "Searched back to <date>" and let the reader ask for more instead
 * of following `next_offset` on its own through a list where the type is rare.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { validate } from '../middleware/validate.ts';
import { freshness } from './freshness.ts';
import { matchesTypeFilter, notificationListQuery } from './params.ts';

export const notificationRoutes = new Hono<AppEnv>().get(
  '/',
  validate('query', notificationListQuery),
  async (c) => {
    const { offset, limit, phone, type, ...range } = c.req.valid('query');
    const matches = type
      ? (n: { type: string | null }) => matchesTypeFilter(type, n.type ?? '')
      : undefined;
    const slice = await c.var.periskope.listNotifications(
      range,
      { offset, limit },
      c.var.scope(phone),
      matches,
    );
    return c.json(
      {
        notifications: slice.items,
        offset,
        limit,
        next_offset: slice.next_offset,
        scanned_to: slice.last?.timestamp ?? null,
        ...freshness(c, slice),
      },
      200,
    );
  },
);
