/**
 * `/api/chats`: chat list slices, one chat with members, and a chat's messages and notifications.
 */
import { Hono } from 'hono';
import { chatSummary } from '../periskope/chat-summary.ts';
import { normaliseChatId } from '../periskope/schemas/common.ts';
import type { AppEnv } from '../app-env.ts';
import { validate } from '../middleware/validate.ts';
import { freshness } from './freshness.ts';
import { chatIdParam, chatListQuery, pageQuery, scopeQuery } from './params.ts';

/** Chained sub-app (keeps route types for `hc<AppType>`). */
export const chatRoutes = new Hono<AppEnv>()
  .get('/', validate('query', chatListQuery), async (c) => {
    const { offset, limit, phone, ...filters } = c.req.valid('query');
    const slice = await c.var.periskope.listChats(filters, { offset, limit }, c.var.scope(phone));
    return c.json({ chats: slice.items.map(chatSummary), offset, limit, next_offset: slice.next_offset, ...freshness(c, slice) }, 200);
  })
  .get('/:chatId', validate('param', chatIdParam), validate('query', scopeQuery), async (c) => {
    const chat_id = normaliseChatId(c.req.valid('param').chatId);
    const chat = await c.var.periskope.getChat(chat_id, c.var.scope(c.req.valid('query').phone));
    freshness(c, chat);
    return c.json(chat.value, 200);
  })
  .get('/:chatId/messages', validate('param', chatIdParam), validate('query', pageQuery), async (c) => {
    const chat_id = normaliseChatId(c.req.valid('param').chatId);
    const { offset, limit, phone } = c.req.valid('query');
    const slice = await c.var.periskope.listChatMessages(chat_id, { offset, limit }, c.var.scope(phone));
    return c.json({ messages: slice.items, offset, limit, next_offset: slice.next_offset, ...freshness(c, slice) }, 200);
  })
  .get('/:chatId/notifications', validate('param', chatIdParam), validate('query', pageQuery), async (c) => {
    const chat_id = normaliseChatId(c.req.valid('param').chatId);
    const { offset, limit, phone } = c.req.valid('query');
    const slice = await c.var.periskope.listChatNotifications(chat_id, { offset, limit }, c.var.scope(phone));
    return c.json({ notifications: slice.items, offset, limit, next_offset: slice.next_offset, ...freshness(c, slice) }, 200);
  });
