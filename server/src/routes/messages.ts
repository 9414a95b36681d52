/**
 * `/api/messages`: messages across chats, and one message with its reactions.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { validate } from '../middleware/validate.ts';
import { freshness } from './freshness.ts';
import { messageIdParam, scopeQuery, timeRangeQuery } from './params.ts';

export const messageRoutes = new Hono<AppEnv>()
  .get('/', validate('query', timeRangeQuery), async (c) => {
    const { offset, limit, phone, ...range } = c.req.valid('query');
    const slice = await c.var.periskope.listMessages(range, { offset, limit }, c.var.scope(phone));
    return c.json(
      {
        messages: slice.items,
        offset,
        limit,
        next_offset: slice.next_offset,
        ...freshness(c, slice),
      },
      200,
    );
  })
  .get(
    '/:messageId',
    validate('param', messageIdParam),
    validate('query', scopeQuery),
    async (c) => {
      const message = await c.var.periskope.getMessage(
        c.req.valid('param').messageId,
        c.var.scope(c.req.valid('query').phone),
      );
      freshness(c, message);
      return c.json(message.value, 200);
    },
  );
