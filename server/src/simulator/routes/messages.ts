/**
 * GET /v1/chats/messages (across chats, start_time/end_time) and GET /v1/chats/{chat_id}/messages
 * (one chat). Both newest first, key `messages`, never with `reactions`
 * (docs/periskope-api.md#endpoints).
 */
import { Hono } from 'hono';
import type { SimulatorData } from '../data/store.ts';
import { normalizeChatId } from '../http/chat-query.ts';
import { crossPage } from '../http/cross-page.ts';
import type { SimEnv } from '../http/env.ts';
import { CHAT_NOT_FOUND, isValidationError } from '../http/errors.ts';
import { envelope, parsePaging } from '../http/paging.ts';
import { parseTimeRange } from '../http/time-range.ts';

/**
 * Routes mounted at /v1/chats (registered before `/:chat_id`): `/messages`, `/:chat_id/messages`.
 */
export function messageRoutes(data: SimulatorData): Hono<SimEnv> {
  return new Hono<SimEnv>()
    .get('/messages', (c) => {
      const q = (name: string): string | undefined => c.req.query(name);
      const paging = parsePaging(q);
      if (isValidationError(paging)) return c.json(paging, 422);
      const range = parseTimeRange(q);
      if (isValidationError(range)) return c.json(range, 422);
      const index = data.crossMessages(c.get('phone')?.org_phone);
      const page = crossPage(data, index, range, paging, (entry, i) => data.messageAt(entry, i));
      return c.json(envelope('messages', paging.offset, page), 200);
    })
    .get('/:chat_id/messages', (c) => {
      const paging = parsePaging((name) => c.req.query(name));
      if (isValidationError(paging)) return c.json(paging, 422);
      const entry = data.findChats(
        normalizeChatId(c.req.param('chat_id')),
        c.get('phone')?.org_phone,
      )[0];
      if (!entry) return c.json(CHAT_NOT_FOUND, 404);
      // start_time/end_time are not documented here (docs/periskope-api.md#lists) and are ignored,
      // as Express ignores unknown params.
      const page = data.messages(entry).slice(paging.offset, paging.offset + paging.limit);
      return c.json(envelope('messages', paging.offset, page), 200);
    });
}
