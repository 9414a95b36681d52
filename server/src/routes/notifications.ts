/**
 * `/api/notifications`: group notifications across chats (who was added, removed, promoted…).
 */
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { validate } from '../middleware/validate.ts';
import { freshness } from './freshness.ts';
import { timeRangeQuery } from './params.ts';

export const notificationRoutes = new Hono<AppEnv>().get('/', validate('query', timeRangeQuery), async (c) => {
  const { offset, limit, phone, ...range } = c.req.valid('query');
  const slice = await c.var.periskope.listNotifications(range, { offset, limit }, c.var.scope(phone));
  return c.json({ notifications: slice.items, offset, limit, next_offset: slice.next_offset, ...freshness(c, slice) }, 200);
});
