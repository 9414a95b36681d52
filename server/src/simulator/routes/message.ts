/**
 * GET /v1/message/{message_id}: one message plus `reactions[]` (possibly empty), by serialized
 * message_id or by queue id (`sent_message_id`), docs/periskope-api.md#endpoints.
 */
import { Hono } from 'hono';
import { toObjectShape } from '../data/chat-views.ts';
import type { SimulatorData } from '../data/store.ts';
import type { MessageWithReactions } from '../data/types.ts';
import type { SimEnv } from '../http/env.ts';
import { MESSAGE_NOT_FOUND } from '../http/errors.ts';
import { sortKeys } from '../sort-keys.ts';

/**
 * Route mounted at /v1/message: `/:message_id` (404 `NOT_FOUND_ERROR` when unknown or outside
 * x-phone).
 */
export function singleMessageRoutes(data: SimulatorData): Hono<SimEnv> {
  return new Hono<SimEnv>().get('/:message_id', (c) => {
    const found = data.findMessage(c.req.param('message_id').trim(), c.get('phone')?.org_phone);
    if (!found) return c.json(MESSAGE_NOT_FOUND, 404);
    const body: MessageWithReactions = sortKeys({
      ...toObjectShape(found.message),
      reactions: data.reactions(found.entry, found.index),
    });
    return c.json(body, 200);
  });
}
